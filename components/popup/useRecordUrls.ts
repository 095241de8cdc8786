import { useEffect, useMemo } from 'react';
import type { HistoryRecord } from '@/lib/storage/history-record';

/**
 * A blob: URL for each record's bytes, by record id. Like useObjectUrl, they are made while rendering and
 * revoked after the next set is in the DOM (or when the popup closes), so no <img> loads a revoked URL.
 */
export function useRecordUrls(records: readonly HistoryRecord[]): ReadonlyMap<string, string> {
  const urls = useMemo(
    () => new Map(records.map((record) => [record.id, URL.createObjectURL(new Blob([record.bytes as BlobPart], { type: record.mimeType }))])),
    [records],
  );
  useEffect(() => () => urls.forEach((url) => URL.revokeObjectURL(url)), [urls]);
  return urls;
}
