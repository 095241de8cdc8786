import { UserFacingError } from '../errors';
import { readSecrets, type Secrets } from './secrets';
import { readSettings } from './store';
import type { Settings } from './schema';

export interface Configuration {
  settings: Settings;
  /** Undefined while the user's passphrase lock is closed. */
  secrets: Secrets | undefined;
}

/** Settings and (unlocked) secrets: read in the worker only, never sent to a page. */
export async function readConfiguration(): Promise<Configuration> {
  const [settings, read] = await Promise.all([readSettings(), readSecrets()]);
  return { settings, secrets: read.state === 'open' ? read.secrets : undefined };
}

export const LOCKED = new UserFacingError(
  'Your keys are locked with a passphrase. Enter it in the panel or on the options page, then try again.',
  'locked',
);

export function unlockedSecrets({ secrets }: Configuration): Secrets {
  if (!secrets) throw LOCKED;
  return secrets;
}
