import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { lockSecrets, saveSecrets } from './secrets';
import { FREE_ATTEMPTS, unlockWithLimit } from './unlock-attempts';

const SECRETS = { openaiApiKey: 'sk-test-fake-0123456789abcdefghij', awsAccessKeyId: '', awsSecretAccessKey: '', awsSessionToken: '' };
const PASSPHRASE = 'correct horse battery staple';

describe('passphrase attempts through the worker', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await saveSecrets(SECRETS, PASSPHRASE);
    await lockSecrets();
  });

  it('pause after a few wrong guesses, even for the right passphrase, then let it through', { timeout: 60_000 }, async () => {
    const start = 1_000_000;
    for (let guess = 0; guess < FREE_ATTEMPTS; guess++) await expect(unlockWithLimit(`guess ${guess}`, start + guess)).resolves.toBe(false);
    await expect(unlockWithLimit(PASSPHRASE, start + FREE_ATTEMPTS)).rejects.toThrow(/Too many wrong passphrases\. Wait 30 seconds/);
    await expect(unlockWithLimit(PASSPHRASE, start + 31_000)).resolves.toBe(true);
  });

  it('doubles the pause with each further wrong guess', { timeout: 60_000 }, async () => {
    let now = 1_000_000;
    for (let guess = 0; guess < FREE_ATTEMPTS; guess++) await unlockWithLimit(`guess ${guess}`, now++);
    now += 30_000;
    await expect(unlockWithLimit('another guess', now)).resolves.toBe(false);
    await expect(unlockWithLimit(PASSPHRASE, now + 59_000)).rejects.toThrow(/Wait 1 second, then try again/);
    await expect(unlockWithLimit(PASSPHRASE, now + 60_001)).resolves.toBe(true);
  });
});
