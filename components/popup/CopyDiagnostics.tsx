import { useState } from 'react';
import { sendMessage } from '@/lib/messaging/protocol';

/** For a bug report when attaching fails: the LinkedIn tab's markup skeleton and versions, never the draft. */
export function CopyDiagnostics() {
  const [sentence, setSentence] = useState('');
  const copy = async () => {
    const outcome = await sendMessage('composerDiagnostics', undefined);
    if (!outcome.ok) return setSentence(outcome.sentence);
    const copied = await navigator.clipboard.writeText(outcome.value).then(() => true, () => false);
    setSentence(copied ? 'Diagnostics are on your clipboard: paste them into your bug report.' : 'Your browser did not let the popup use the clipboard.');
  };
  return (
    <p className="diagnostics">
      <button type="button" onClick={() => void copy()}>
        Copy diagnostics
      </button>
      {sentence && <span role="status"> {sentence}</span>}
    </p>
  );
}
