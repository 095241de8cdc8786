import { useId, useState, type FormEvent } from 'react';

/** Asked once per browser session when the user locked their keys with a passphrase. */
export function PassphrasePrompt({ onUnlock }: { onUnlock: (passphrase: string) => void }) {
  const id = useId();
  const [passphrase, setPassphrase] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (passphrase) onUnlock(passphrase);
    setPassphrase('');
  };
  return (
    <form className="passphrase" onSubmit={submit}>
      <label htmlFor={id}>Passphrase for your keys</label>
      <input id={id} type="password" autoComplete="current-password" value={passphrase} onChange={(e) => setPassphrase(e.target.value)} />
      <button type="submit" className="primary">
        Unlock
      </button>
    </form>
  );
}
