import { type FormEvent, useId, useState } from 'react';
import { unlockSecrets } from '@/lib/settings/secrets';

/** Asks for the passphrase once; the key then stays in session storage until the browser closes. */
export function UnlockForm({ onUnlocked }: { onUnlocked(): void }) {
  const id = useId();
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  const [wrong, setWrong] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    const unlocked = await unlockSecrets(passphrase);
    setBusy(false);
    setWrong(!unlocked);
    if (unlocked) {
      setPassphrase('');
      onUnlocked();
    }
  }

  return (
    <form className="unlock" onSubmit={(event) => void submit(event)}>
      <label htmlFor={`${id}-passphrase`}>Passphrase</label>
      <div className="row">
        <input
          id={`${id}-passphrase`}
          type="password"
          autoComplete="current-password"
          value={passphrase}
          aria-describedby={`${id}-status`}
          aria-invalid={wrong || undefined}
          onChange={(event) => setPassphrase(event.target.value)}
        />
        <button type="submit" className="primary" disabled={busy || passphrase === ''}>
          Unlock
        </button>
      </div>
      <p id={`${id}-status`} role="status" className={wrong ? 'problem' : 'help'}>
        {busy ? 'Unlocking…' : wrong ? 'That passphrase does not open your keys. Check it and try again.' : ''}
      </p>
    </form>
  );
}
