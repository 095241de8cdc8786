import * as v from 'valibot';
import { storage } from 'wxt/utils/storage';
import { UserFacingError } from '../errors';
import { deriveKey, exportKey, fromBase64, importKey, randomSalt, type Sealed, seal, unseal } from './crypto';

/** API keys. Kept apart from the settings so they never travel with an export or a sync. */
export interface Secrets {
  openaiApiKey: string;
  awsAccessKeyId: string;
  awsSecretAccessKey: string;
  awsSessionToken: string;
}

export const SECRET_NAMES = ['openaiApiKey', 'awsAccessKeyId', 'awsSecretAccessKey', 'awsSessionToken'] as const satisfies readonly (keyof Secrets)[];

export const EMPTY_SECRETS: Secrets = { openaiApiKey: '', awsAccessKeyId: '', awsSecretAccessKey: '', awsSessionToken: '' };

export type SecretsRead = { state: 'open'; secrets: Secrets; encrypted: boolean } | { state: 'locked' };

const secret = v.optional(v.string(), '');
const SecretsSchema = v.object({ openaiApiKey: secret, awsAccessKeyId: secret, awsSecretAccessKey: secret, awsSessionToken: secret });
const StoredSchema = v.union([
  v.object({ encrypted: v.literal(false), secrets: SecretsSchema }),
  v.object({
    encrypted: v.literal(true),
    iterations: v.pipe(v.number(), v.integer(), v.minValue(310_000)),
    salt: v.string(),
    iv: v.string(),
    data: v.string(),
  }),
]);
type Stored = v.InferOutput<typeof StoredSchema>;

/** storage.local only: sync would copy keys to every browser signed in to the account. */
const secretsItem = storage.defineItem<Stored>('local:secrets');
/**
 * The derived key, raw, for this browser session only. storage.session is memory, cleared when the
 * browser closes, and by default readable only by the extension's own pages and worker.
 */
const sessionKeyItem = storage.defineItem<string>('session:secretsKey');

async function stored(): Promise<Stored | undefined> {
  const result = v.safeParse(StoredSchema, await secretsItem.getValue());
  return result.success ? result.output : undefined;
}

function secretsFrom(value: unknown): Secrets {
  const result = v.safeParse(SecretsSchema, value);
  return result.success ? result.output : EMPTY_SECRETS;
}

async function cachedKey(): Promise<CryptoKey | undefined> {
  const raw = await sessionKeyItem.getValue();
  return raw ? importKey(raw) : undefined;
}

/** The secrets and the key that opened them, or undefined when no key at hand opens them. */
async function openWith(sealed: Sealed, key: CryptoKey | undefined): Promise<Secrets | undefined> {
  const plain = key && (await unseal(sealed, key));
  return plain === undefined ? undefined : secretsFrom(plain);
}

export async function readSecrets(): Promise<SecretsRead> {
  const current = await stored();
  if (!current) return { state: 'open', secrets: EMPTY_SECRETS, encrypted: false };
  if (!current.encrypted) return { state: 'open', secrets: current.secrets, encrypted: false };
  const secrets = await openWith(current, await cachedKey());
  return secrets ? { state: 'open', secrets, encrypted: true } : { state: 'locked' };
}

/**
 * With a passphrase: encrypts under a key from it (a new salt each time, so this also changes a
 * passphrase). Without: keeps the current protection, which needs the secrets unlocked.
 */
export async function saveSecrets(secrets: Secrets, passphrase?: string): Promise<void> {
  if (passphrase) {
    const salt = randomSalt();
    const key = await deriveKey(passphrase, salt);
    await secretsItem.setValue(await seal(secrets, key, salt));
    await sessionKeyItem.setValue(await exportKey(key));
    return;
  }
  const current = await stored();
  if (!current?.encrypted) return secretsItem.setValue({ encrypted: false, secrets: secretsFrom(secrets) });
  const key = await cachedKey();
  if (!(await openWith(current, key)) || !key) {
    throw new UserFacingError('Unlock your saved keys with your passphrase before changing them.', 'secrets-locked');
  }
  await secretsItem.setValue(await seal(secrets, key, fromBase64(current.salt), current.iterations));
}

/** False for a wrong passphrase: AES-GCM refuses to decrypt with the wrong key. */
export async function unlockSecrets(passphrase: string): Promise<boolean> {
  const current = await stored();
  if (!current?.encrypted) return true;
  const key = await deriveKey(passphrase, fromBase64(current.salt), current.iterations);
  if (!(await openWith(current, key))) return false;
  await sessionKeyItem.setValue(await exportKey(key));
  return true;
}

/** Asks for the passphrase again before the next use of the secrets. */
export async function lockSecrets(): Promise<void> {
  await sessionKeyItem.removeValue();
}

/** Stores the secrets unencrypted again; false (and nothing changed) for a wrong passphrase. */
export async function removePassphrase(passphrase: string): Promise<boolean> {
  if (!(await unlockSecrets(passphrase))) return false;
  const read = await readSecrets();
  if (read.state === 'locked') return false;
  await secretsItem.setValue({ encrypted: false, secrets: read.secrets });
  await lockSecrets();
  return true;
}

/** Whether any key is saved, without needing the passphrase. */
export async function hasSecrets(): Promise<boolean> {
  const current = await stored();
  if (!current) return false;
  return current.encrypted || SECRET_NAMES.some((name) => current.secrets[name] !== '');
}

/** The way out of a forgotten passphrase: the keys go, and must be pasted again. */
export async function forgetSecrets(): Promise<void> {
  await Promise.all([secretsItem.removeValue(), lockSecrets()]);
}
