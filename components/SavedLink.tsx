import { useId } from 'react';
import type { SavedLink as Link } from '@/lib/messaging/protocol';

/** The private link S3 answered with; already copied to the clipboard where the browser allowed it. */
export function SavedLink({ link }: { link: Link }) {
  const id = useId();
  return (
    <div className="saved">
      <label htmlFor={id}>Saved to S3. Private link (copied), valid until {new Date(link.expiresAt).toLocaleString()}:</label>
      <input id={id} type="text" readOnly value={link.url} onFocus={(e) => e.target.select()} />
    </div>
  );
}
