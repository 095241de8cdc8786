import { type FormEvent, useState } from 'react';
import { forgetSecrets, lockSecrets, removePassphrase, type Secrets, saveSecrets } from '@/lib/settings/secrets';
import { UnlockForm } from '../shared/UnlockForm';
import { PasswordField } from './fields';
import { NewPassphraseForm } from './NewPassphraseForm';
import { Section } from './Section';
import type { OptionsForm } from './useOptionsForm';

export function PassphraseSection({ form }: { form: OptionsForm }) {
  const [status, setStatus] = useState('');
  const { saved, encrypted } = form;
  const done = async (sentence: string) => {
    await form.reloadSecrets();
    setStatus(sentence);
  };
  const announce = (sentence: string) => void done(sentence);

  return (
    <Section
      id="passphrase"
      title="Passphrase lock"
      intro="Encrypts the saved keys (AES-256, with a key stretched from your passphrase), so nobody who copies this browser’s files can use them. You type it once each time the browser starts."
    >
      {!encrypted && saved && (
        <NewPassphraseForm
          submitLabel="Lock keys with this passphrase"
          onSubmit={(passphrase) => saveSecrets(saved, passphrase).then(() => done('Your saved keys are now encrypted with your passphrase.'))}
        />
      )}
      {encrypted && !saved && <LockedActions onChange={announce} />}
      {encrypted && saved && <UnlockedActions saved={saved} onChange={announce} />}
      <p role="status" className="help">
        {status}
      </p>
    </Section>
  );
}

function LockedActions({ onChange }: { onChange(sentence: string): void }) {
  const [confirming, setConfirming] = useState(false);
  return (
    <>
      <p>Your keys are locked. Unlock them to see or change them.</p>
      <UnlockForm onUnlocked={() => onChange('Unlocked until the browser closes.')} />
      {confirming ? (
        <p className="row">
          Remove the saved keys for good?{' '}
          <button type="button" className="danger" onClick={() => void forgetSecrets().then(() => onChange('The saved keys and the passphrase are gone. Paste the keys again above.'))}>
            Yes, remove them
          </button>{' '}
          <button type="button" onClick={() => setConfirming(false)}>
            No, keep them
          </button>
        </p>
      ) : (
        <button type="button" className="link" onClick={() => setConfirming(true)}>
          Forgot the passphrase?
        </button>
      )}
    </>
  );
}

function UnlockedActions({ saved, onChange }: { saved: Secrets; onChange(sentence: string): void }) {
  const [current, setCurrent] = useState('');
  const [wrong, setWrong] = useState(false);

  async function remove(event: FormEvent) {
    event.preventDefault();
    const removed = await removePassphrase(current);
    setWrong(!removed);
    if (removed) onChange('The passphrase is removed: your keys are stored unencrypted again.');
  }

  return (
    <>
      <p>Your keys are encrypted, and unlocked until the browser closes.</p>
      <button type="button" onClick={() => void lockSecrets().then(() => onChange('Locked. The passphrase will be asked before the keys are used again.'))}>
        Lock now
      </button>
      <h3>Change the passphrase</h3>
      <NewPassphraseForm
        submitLabel="Change passphrase"
        onSubmit={(passphrase) => saveSecrets(saved, passphrase).then(() => onChange('Your keys are now encrypted with the new passphrase.'))}
      />
      <h3>Remove the passphrase</h3>
      <form className="passphrase" onSubmit={(event) => void remove(event)}>
        <PasswordField
          field="current-passphrase"
          label="Current passphrase"
          help="Asked again, so nobody passing by an unlocked browser can take the lock off."
          problem={wrong ? 'That is not the passphrase.' : undefined}
          value={current}
          onChange={setCurrent}
          autoComplete="current-password"
        />
        <button type="submit" disabled={current === ''}>
          Remove passphrase
        </button>
      </form>
    </>
  );
}
