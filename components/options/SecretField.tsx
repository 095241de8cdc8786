import { type ReactNode, useState } from 'react';
import { savedEnding } from '@/lib/settings/secret-edits';
import type { Secrets } from '@/lib/settings/secrets';
import { described, domIdOf, Notes } from './fields';
import type { OptionsForm } from './useOptionsForm';

interface SecretFieldProps {
  form: OptionsForm;
  name: keyof Secrets;
  label: string;
  help: ReactNode;
}

/** What is saved never comes back into the input: the page says it is there and offers to replace it. */
function savedSentence(form: OptionsForm, name: keyof Secrets): string {
  if (!form.saved) return 'Locked: unlock your keys with your passphrase to change this.';
  if (form.edits.forgotten.has(name) && !form.edits.typed[name]) return 'Will be removed when you save.';
  const saved = form.saved[name];
  if (!saved) return 'Nothing saved yet.';
  const ending = savedEnding(saved);
  return `${ending ? `Saved — ends in ${ending}` : 'Saved'}. Type a new one to replace it.`;
}

export function SecretField({ form, name, label, help }: SecretFieldProps) {
  const [shown, setShown] = useState(false);
  const id = domIdOf(name);
  const problem = form.problems[name];
  const canForget = Boolean(form.saved?.[name]) && !form.edits.forgotten.has(name);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <div className="secret">
        <input
          {...described(name, problem, [`${id}-saved`])}
          type={shown ? 'text' : 'password'}
          value={form.edits.typed[name]}
          disabled={!form.saved}
          autoComplete="off"
          spellCheck={false}
          autoCapitalize="off"
          onChange={(event) => form.typeSecret(name, event.target.value)}
        />
        <button type="button" aria-pressed={shown} aria-controls={id} disabled={!form.saved} onClick={() => setShown(!shown)}>
          Show
        </button>
      </div>
      <p id={`${id}-saved`} className="saved">
        {savedSentence(form, name)}{' '}
        {canForget && (
          <button type="button" className="link" aria-label={`Remove saved ${label}`} onClick={() => form.forgetSecret(name)}>
            Remove
          </button>
        )}
      </p>
      <Notes field={name} help={help} problem={problem} />
    </div>
  );
}
