import { browser } from 'wxt/browser';
import { listed } from './availability';
import { awsCredentials } from './resolve';
import type { Settings } from './schema';
import type { Secrets } from './secrets';

/**
 * The host permissions each service needs: extension pages and workers reach an API only with one.
 * Patterns leave the port out; Chrome and Firefox then match any port.
 */

export const AWS_ORIGINS = 'https://*.amazonaws.com/*';
export const OPENAI_ORIGINS = 'https://api.openai.com/*';

export type Service = 'openai' | 'comprehend' | 'bedrock' | 's3';

/** `subdomains`: S3's virtual-hosted style puts the bucket in front of the endpoint's host. */
function originsOf(endpoint: string, fallback: string, subdomains = false): string[] {
  if (!endpoint || !URL.canParse(endpoint)) return [fallback];
  const { protocol, hostname } = new URL(endpoint);
  const exact = `${protocol}//${hostname}/*`;
  return subdomains ? [exact, `${protocol}//*.${hostname}/*`] : [exact];
}

/** The origins one service's calls go to, Cognito's included when it supplies the AWS keys. */
export function serviceOrigins(service: Service, settings: Settings): string[] {
  if (service === 'openai') return originsOf(settings.openai.baseURL, OPENAI_ORIGINS);
  const cognito = settings.aws.credentialKind === 'cognito' ? [AWS_ORIGINS] : [];
  const endpoint =
    service === 's3'
      ? originsOf(settings.s3.endpoint, AWS_ORIGINS, !settings.s3.forcePathStyle)
      : originsOf(settings[service].endpoint, AWS_ORIGINS);
  return [...new Set([...cognito, ...endpoint])];
}

/** Services that are set up enough to be called, so a save asks only for what will be used. */
export function configuredServices(settings: Settings, secrets: Secrets): Service[] {
  const aws = awsCredentials(settings, secrets) !== undefined;
  const services: [Service, boolean][] = [
    ['openai', secrets.openaiApiKey !== ''],
    ['comprehend', aws && settings.analyser === 'auto' && settings.comprehend.enabled],
    ['bedrock', aws],
    ['s3', aws && settings.s3.bucket !== ''],
  ];
  return services.filter(([, configured]) => configured).map(([service]) => service);
}

export function originsFor(services: readonly Service[], settings: Settings): string[] {
  return [...new Set(services.flatMap((service) => serviceOrigins(service, settings)))];
}

/**
 * Asks the browser for the origins. Call it straight from a click handler, before any await:
 * browsers grant permission requests only during a user gesture. False when refused or impossible.
 */
export async function requestOrigins(origins: readonly string[]): Promise<boolean> {
  if (origins.length === 0) return true;
  try {
    return await browser.permissions.request({ origins: [...origins] });
  } catch {
    return false;
  }
}

/** "api.openai.com and *.amazonaws.com", for sentences. */
export function hostsOf(origins: readonly string[]): string {
  const hosts = origins.map((origin) => origin.replace(/^\w+:\/\//, '').replace(/\/\*$/, ''));
  return listed(hosts);
}
