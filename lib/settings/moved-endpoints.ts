import { listed } from './availability';
import { hostsOf, originsFor, type Service, serviceOrigins } from './permissions';
import type { Settings } from './schema';
import { EMPTY_SECRETS, readSecrets, saveSecrets, type Secrets } from './secrets';

/**
 * An imported file can point a service at a new address. The saved key must not follow it there
 * unasked: a colleague's file (or an attacker's) would otherwise collect it with the next image.
 */

const SERVICE_NAMES: Record<Service, string> = { openai: 'OpenAI Images', comprehend: 'Amazon Comprehend', bedrock: 'Amazon Bedrock', s3: 'Amazon S3' };
const KEY_NAMES: Record<Service, string> = { openai: 'OpenAI key', comprehend: 'AWS keys', bedrock: 'AWS keys', s3: 'AWS keys' };
const KEYS_OF: Record<Service, readonly (keyof Secrets)[]> = {
  openai: ['openaiApiKey'],
  comprehend: ['awsAccessKeyId', 'awsSecretAccessKey', 'awsSessionToken'],
  bedrock: ['awsAccessKeyId', 'awsSecretAccessKey', 'awsSessionToken'],
  s3: ['awsAccessKeyId', 'awsSecretAccessKey', 'awsSessionToken'],
};

const sameOrigins = (a: string[], b: string[]) => a.length === b.length && a.every((origin) => b.includes(origin));

/** The address itself, port included: permission patterns leave ports out, but another port is another server. */
function addressOf(service: Service, settings: Settings): string {
  const endpoint = service === 'openai' ? settings.openai.baseURL : settings[service].endpoint;
  return URL.canParse(endpoint) ? new URL(endpoint).origin : endpoint;
}

/** Services whose calls would go to other servers under `next`. */
export function movedServices(current: Settings, next: Settings): Service[] {
  return (Object.keys(SERVICE_NAMES) as Service[]).filter(
    (service) => addressOf(service, current) !== addressOf(service, next) || !sameOrigins(serviceOrigins(service, current), serviceOrigins(service, next)),
  );
}

export type KeyOutcome = { ok: true; sentence: string; origins: string[] } | { ok: false; sentence: string };

export const KEYS_UNCHANGED = 'Imported and saved. Your API keys are unchanged.';

/** Before the import is written: removes the keys of services it moves, or refuses while they are locked. */
export async function removeKeysOfMovedServices(current: Settings, next: Settings): Promise<KeyOutcome> {
  const moved = movedServices(current, next);
  if (moved.length === 0) return { ok: true, sentence: KEYS_UNCHANGED, origins: [] };
  const read = await readSecrets();
  if (read.state === 'locked') {
    return { ok: false, sentence: 'This file changes where your keys would be sent. Unlock your saved keys with your passphrase first, then import it again; nothing was imported.' };
  }
  const dropped = new Set(moved.flatMap((service) => KEYS_OF[service]).filter((name) => read.secrets[name] !== ''));
  const origins = originsFor(moved, next);
  const where = `${listed(moved.map((service) => SERVICE_NAMES[service]))} now ${moved.length > 1 ? 'go' : 'goes'} to ${hostsOf(origins)}`;
  if (dropped.size === 0) return { ok: true, sentence: `Imported and saved. ${where}. Your API keys are unchanged.`, origins };
  const kept: Secrets = { ...read.secrets };
  for (const name of dropped) kept[name] = EMPTY_SECRETS[name];
  await saveSecrets(kept);
  const keys = [...new Set(moved.filter((service) => KEYS_OF[service].some((name) => dropped.has(name))).map((service) => KEY_NAMES[service]))];
  const plural = keys.length > 1 || keys[0]!.endsWith('keys');
  const removed = `your saved ${listed(keys)} ${plural ? 'were' : 'was'} removed rather than sent there: paste ${plural ? 'them' : 'it'} again only if you trust that address`;
  return { ok: true, sentence: `Imported and saved. ${where}, so ${removed}.`, origins };
}
