import type { PanelContext } from '../messaging/protocol';
import { activeProvider } from '../providers/registry';
import { s3Config } from '../settings/resolve';
import type { Configuration } from './configuration';

/** Readiness for the panel's buttons: which provider, whether S3 is set up, whether keys are locked. */
export function panelContext(configuration: Configuration): PanelContext {
  const { settings, secrets } = configuration;
  const locked = !secrets;
  let providerLabel = 'your image provider';
  try {
    providerLabel = activeProvider(configuration).provider.label;
  } catch {
    // Locked or missing keys: the panel says so when the user presses Generate image.
  }
  return { providerLabel, locked, s3Ready: Boolean(secrets && s3Config(settings, secrets)) };
}
