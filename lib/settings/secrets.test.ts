import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { deriveKey, PBKDF2_ITERATIONS, randomSalt, seal, unseal } from './crypto';
import { EMPTY_SECRETS, hasSecrets, lockSecrets, readSecrets, removePassphrase, saveSecrets, unlockSecrets } from './secrets';

const SECRETS = {
  openaiApiKey: 'sk-test-0123456789abcdef',
  awsAccessKeyId: 'AKIAIOSFODNN7EXAMPLE',
  awsSecretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
  awsSessionToken: '',
};

beforeEach(() => {
  fakeBrowser.reset();
});

async function storedText(area: 'local' | 'sync' | 'session'): Promise<string> {
  return JSON.stringify(await fakeBrowser.storage[area].get(null));
}

describe('crypto', () => {
  it('opens what it sealed, and nothing with another passphrase', async () => {
    const salt = randomSalt();
    const sealed = await seal({ hello: 'world' }, await deriveKey('correct horse', salt), salt);
    expect(sealed).toMatchObject({ encrypted: true, iterations: PBKDF2_ITERATIONS });
    expect(atob(sealed.salt)).toHaveLength(16);
    expect(atob(sealed.iv)).toHaveLength(12);
    expect(await unseal(sealed, await deriveKey('correct horse', salt))).toEqual({ hello: 'world' });
    expect(await unseal(sealed, await deriveKey('wrong horse', salt))).toBeUndefined();
  });

  it('uses a new IV for every seal of the same value', async () => {
    const salt = randomSalt();
    const key = await deriveKey('pass', salt);
    const [a, b] = await Promise.all([seal('same', key, salt), seal('same', key, salt)]);
    expect(a.iv).not.toBe(b.iv);
    expect(a.data).not.toBe(b.data);
  });
});

describe('secrets', () => {
  it('reads empty secrets before any are saved', async () => {
    expect(await readSecrets()).toEqual({ state: 'open', secrets: EMPTY_SECRETS, encrypted: false });
    expect(await hasSecrets()).toBe(false);
  });

  it('keeps secrets in storage.local only, never in sync', async () => {
    await saveSecrets(SECRETS);
    expect(await readSecrets()).toEqual({ state: 'open', secrets: SECRETS, encrypted: false });
    expect(await storedText('local')).toContain(SECRETS.awsSecretAccessKey);
    expect(await storedText('sync')).toBe('{}');
    expect(await hasSecrets()).toBe(true);
  });

  it('stores nothing readable under a passphrase, and stays open for the rest of the session', async () => {
    await saveSecrets(SECRETS, 'a long passphrase');
    const local = await storedText('local');
    expect(local).not.toContain(SECRETS.openaiApiKey);
    expect(local).not.toContain(SECRETS.awsSecretAccessKey);
    expect(await readSecrets()).toEqual({ state: 'open', secrets: SECRETS, encrypted: true });
    expect(await storedText('session')).toContain('secretsKey');
  });

  it('is locked in a new session until the right passphrase is given', async () => {
    await saveSecrets(SECRETS, 'a long passphrase');
    await fakeBrowser.storage.session.clear();
    expect(await readSecrets()).toEqual({ state: 'locked' });
    expect(await hasSecrets()).toBe(true);
    expect(await unlockSecrets('not it')).toBe(false);
    expect(await readSecrets()).toEqual({ state: 'locked' });
    expect(await unlockSecrets('a long passphrase')).toBe(true);
    expect(await readSecrets()).toEqual({ state: 'open', secrets: SECRETS, encrypted: true });
  });

  it('keeps the passphrase when secrets change while unlocked, and refuses changes while locked', async () => {
    await saveSecrets(SECRETS, 'a long passphrase');
    const changed = { ...SECRETS, openaiApiKey: 'sk-changed-0123456789' };
    await saveSecrets(changed);
    expect(await storedText('local')).not.toContain('sk-changed');
    await lockSecrets();
    await expect(saveSecrets(SECRETS)).rejects.toThrow(/Unlock your saved keys/);
    expect(await unlockSecrets('a long passphrase')).toBe(true);
    expect(await readSecrets()).toMatchObject({ state: 'open', secrets: changed });
  });

  it('treats a cached key from an older passphrase as locked', async () => {
    await saveSecrets(SECRETS, 'first passphrase');
    const oldKey = await fakeBrowser.storage.session.get(null);
    await saveSecrets(SECRETS, 'second passphrase');
    await fakeBrowser.storage.session.set(oldKey);
    expect(await readSecrets()).toEqual({ state: 'locked' });
    expect(await unlockSecrets('first passphrase')).toBe(false);
    expect(await unlockSecrets('second passphrase')).toBe(true);
  });

  it('removes the passphrase only when given the right one', async () => {
    await saveSecrets(SECRETS, 'a long passphrase');
    await lockSecrets();
    expect(await removePassphrase('wrong')).toBe(false);
    expect(await readSecrets()).toEqual({ state: 'locked' });
    expect(await removePassphrase('a long passphrase')).toBe(true);
    expect(await readSecrets()).toEqual({ state: 'open', secrets: SECRETS, encrypted: false });
    expect(await storedText('session')).toBe('{}');
  });
});
