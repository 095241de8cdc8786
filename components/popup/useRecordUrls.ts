import { useEffect, useState } from 'react';
import type { HistoryRecord } from '@/lib/storage/history';

/** A blob: URL for each record's bytes, by record id; revoked when the records change or the popup closes. */
export function useRecordUrls(records: readonly HistoryRecord[]): ReadonlyMap<string, string> {
  const [urls, setUrls] = useState<ReadonlyMap<string, string>>(new Map());
  useEffect(() => {
    const created = new Map(records.map((record) => [record.id, URL.createObjectURL(new Blob([record.bytes as BlobPart], { type: record.mimeType }))]));
    setUrls(created);
    return () => created.forEach((url) => URL.revokeObjectURL(url));
  }, [records]);
  return urls;
}
