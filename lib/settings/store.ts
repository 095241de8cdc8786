import { storage } from 'wxt/utils/storage';
import { moveOffRetiredModels } from './model-moves';
import { addModelNotice, takeModelNotice } from './model-notice';
import { DEFAULT_SETTINGS, SETTINGS_VERSION, type Settings, settingsFrom } from './schema';

/** Version 1 kept a few flat keys, with one region for every AWS service. */
interface SettingsV1 {
  provider?: unknown;
  openaiModel?: unknown;
  awsRegion?: unknown;
  s3Bucket?: unknown;
}

/**
 * The one region becomes each service's own. Copied as is even where a service is not offered:
 * moving the user's data to another region without asking would be worse than a failing call,
 * and the options page points the problem out.
 */
export function migrateV1ToV2(old: unknown): Settings {
  const v1: SettingsV1 = typeof old === 'object' && old !== null ? old : {};
  const region = typeof v1.awsRegion === 'string' && v1.awsRegion ? v1.awsRegion : undefined;
  // settingsFrom replaces whatever version 1 held that version 2 does not accept.
  return settingsFrom({
    provider: v1.provider,
    openai: { model: v1.openaiModel },
    comprehend: { region },
    bedrock: { region },
    s3: { bucket: v1.s3Bucket, region },
  });
}

/**
 * Version 3 arrived with today's models: choices of shut-down models move to their successors, and
 * the user is told once (the notice is written beside the settings; a failed write loses only the notice).
 */
export async function migrateV2ToV3(old: unknown): Promise<Settings> {
  const { settings, sentences } = moveOffRetiredModels(settingsFrom(old));
  await addModelNotice(sentences).catch(() => undefined);
  return settings;
}

/** Migrations by the version they produce; imports of older exports run them too. */
export const SETTINGS_MIGRATIONS: Record<number, (old: unknown) => Settings | Promise<Settings>> = {
  2: migrateV1ToV2,
  3: migrateV2ToV3,
};

/** In storage.local, not sync: endpoints and bucket names are per machine, and sync has tight quotas. */
export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: SETTINGS_VERSION,
  migrations: SETTINGS_MIGRATIONS,
});

/** The stored settings, complete even when written by an older version or damaged. */
export async function readSettings(): Promise<Settings> {
  return settingsFrom(await settingsItem.getValue());
}

/** What the settings migration moved and has not been shown yet; once the migration is done, so none is missed. */
export async function movedModelsNotice(): Promise<string[]> {
  await settingsItem.getValue();
  return takeModelNotice();
}

export async function writeSettings(settings: Settings): Promise<void> {
  await settingsItem.setValue(settings);
}
