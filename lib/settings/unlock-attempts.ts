import { storage } from 'wxt/utils/storage';
import { UserFacingError } from '../errors';
import { unlockSecrets } from './secrets';

/**
 * Passphrase guesses through the worker, limited: a few wrong ones, then a pause that doubles with
 * each further wrong one. Kept in session storage, so a stopped worker does not forget them.
 */

export const FREE_ATTEMPTS = 5;
const FIRST_PAUSE_MS = 30_000;

interface Failures {
  count: number;
  last: number;
}

const failuresItem = storage.defineItem<Failures>('session:unlockFailures', { fallback: { count: 0, last: 0 } });

/** How long the next attempt must wait after `count` wrong ones in a row. */
export function pauseAfter(count: number): number {
  return count < FREE_ATTEMPTS ? 0 : FIRST_PAUSE_MS * 2 ** (count - FREE_ATTEMPTS);
}

export async function unlockWithLimit(passphrase: string, now = Date.now()): Promise<boolean> {
  const failures = await failuresItem.getValue();
  const waitMs = failures.last + pauseAfter(failures.count) - now;
  if (waitMs > 0) {
    const seconds = Math.ceil(waitMs / 1000);
    throw new UserFacingError(`Too many wrong passphrases. Wait ${seconds} second${seconds === 1 ? '' : 's'}, then try again.`, 'unlock-paused');
  }
  const unlocked = await unlockSecrets(passphrase);
  await failuresItem.setValue(unlocked ? { count: 0, last: 0 } : { count: failures.count + 1, last: now });
  return unlocked;
}
