import { useEffect, useState } from 'react';
import { deleteImage, recentImages } from '@/lib/storage/history';
import type { HistoryRecord } from '@/lib/storage/history-record';
import { useRecordUrls } from './useRecordUrls';

const SHOWN = 6;
const ALT_CHARS = 120;
const NONE: HistoryRecord[] = [];

function altOf(record: HistoryRecord): string {
  const prompt = record.prompt.length > ALT_CHARS ? `${record.prompt.slice(0, ALT_CHARS)}…` : record.prompt;
  return `Image made ${new Date(record.createdAt).toLocaleString()}: ${prompt}`;
}

export function RecentImages() {
  const [records, setRecords] = useState<HistoryRecord[]>();
  const [failed, setFailed] = useState(false);
  const urls = useRecordUrls(records ?? NONE);
  useEffect(() => {
    recentImages(SHOWN).then(setRecords, () => setFailed(true));
  }, []);

  return (
    <section aria-labelledby="recent-title">
      <h2 id="recent-title">Recent images</h2>
      {failed && <p className="problem">The history could not be read. Close and reopen this window to try again.</p>}
      {records?.length === 0 && <p className="help">No images yet. Start a post on LinkedIn and click Post to Image.</p>}
      <ul className="thumbnails">
        {records?.map((record) => {
          const url = urls.get(record.id);
          return (
            url && (
              <li key={record.id}>
                <img src={url} alt={altOf(record)} width={record.width} height={record.height} />
                <a href={url} download={`post-to-image-${record.id}.${record.mimeType.split('/')[1]}`} aria-label={`Download ${altOf(record)}`}>
                  Download
                </a>
                <button
                  type="button"
                  className="link"
                  aria-label={`Delete ${altOf(record)}`}
                  onClick={() => void deleteImage(record.id).then(() => setRecords((shown) => shown?.filter((r) => r.id !== record.id)))}
                >
                  Delete
                </button>
              </li>
            )
          );
        })}
      </ul>
    </section>
  );
}
