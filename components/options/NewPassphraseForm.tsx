import { type FormEvent, useState } from 'react';
import { PasswordField } from './fields';

const MIN_LENGTH = 8;
const TOO_SHORT = `Use at least ${MIN_LENGTH} characters: a few words are easy to remember and hard to guess.`;

/** A new passphrase, typed twice: a typo here would lock the keys away for good. */
export function NewPassphraseForm({ submitLabel, onSubmit }: { submitLabel: string; onSubmit(passphrase: string): Promise<void> }) {
  const [passphrase, setPassphrase] = useState('');
  const [repeated, setRepeated] = useState('');
  const [tried, setTried] = useState(false);
  // Problems wait until the user tries, or starts the second field: on the first keystroke they would only nag.
  const tooShort = (tried || repeated !== '') && passphrase.length < MIN_LENGTH ? TOO_SHORT : undefined;
  const differs = (tried || repeated.length >= passphrase.length) && repeated !== passphrase ? 'The two passphrases differ.' : undefined;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setTried(true);
    if (passphrase.length < MIN_LENGTH || repeated !== passphrase) return;
    await onSubmit(passphrase);
    setPassphrase('');
    setRepeated('');
    setTried(false);
  }

  return (
    <form className="passphrase" onSubmit={(event) => void submit(event)}>
      <PasswordField
        field="new-passphrase"
        label="New passphrase"
        help="Nobody can recover it for you: without it, the keys must be pasted again."
        problem={tooShort}
        value={passphrase}
        onChange={setPassphrase}
        autoComplete="new-password"
      />
      <PasswordField
        field="repeat-passphrase"
        label="Type it again"
        help="The same passphrase, to catch typing mistakes."
        problem={differs}
        value={repeated}
        onChange={setRepeated}
        autoComplete="new-password"
      />
      <button type="submit">{submitLabel}</button>
    </form>
  );
}
