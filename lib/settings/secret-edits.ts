import { EMPTY_SECRETS, SECRET_NAMES, type Secrets } from './secrets';

/**
 * What the options page holds for secrets: saved keys never go back into an input, so each field
 * starts empty and a typed value replaces the saved one; "forgotten" ones are removed on save.
 */
export interface SecretEdits {
  typed: Secrets;
  forgotten: ReadonlySet<keyof Secrets>;
}

export const NO_EDITS: SecretEdits = { typed: EMPTY_SECRETS, forgotten: new Set() };

/** The secrets a save would store. */
export function applySecretEdits(saved: Secrets, { typed, forgotten }: SecretEdits): Secrets {
  const entries = SECRET_NAMES.map((name) => [name, typed[name].trim() || (forgotten.has(name) ? '' : saved[name])]);
  return Object.fromEntries(entries) as Secrets;
}

export function hasSecretEdits({ typed, forgotten }: SecretEdits): boolean {
  return forgotten.size > 0 || SECRET_NAMES.some((name) => typed[name].trim() !== '');
}

/** Enough to recognise a saved key, too little to use it; short values show nothing. */
export function savedEnding(secret: string): string | undefined {
  return secret.length >= 16 ? `…${secret.slice(-4)}` : undefined;
}
