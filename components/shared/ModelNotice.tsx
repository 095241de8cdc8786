import { useEffect, useState } from 'react';
import { movedModelsNotice } from '@/lib/settings/store';

/** Says once, in the popup or the options page (whichever opens first), which stored models were moved and to what. */
export function ModelNotice() {
  const [sentences, setSentences] = useState<string[]>([]);
  useEffect(() => void movedModelsNotice().then(setSentences), []);
  if (sentences.length === 0) return null;
  return (
    <section className="banner model-notice" aria-label="Models moved">
      {sentences.map((sentence) => (
        <p key={sentence}>{sentence}</p>
      ))}
    </section>
  );
}
