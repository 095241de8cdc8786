import * as v from 'valibot';
import { preferencesItem } from '../storage/preferences';
import { type KeyOutcome, removeKeysOfMovedServices } from './moved-endpoints';
import { PreferencesSchema, SETTINGS_VERSION, SettingsSchema } from './schema';
import { readSettings, SETTINGS_MIGRATIONS, writeSettings } from './store';

/** Settings files carry no secret: they may be mailed to a colleague or kept in a repository. */

export const EXPORT_FORMAT = 'post-to-image-settings';

/** `origins`: addresses the imported settings send calls to that may need the browser's permission. */
export type ImportResult = KeyOutcome;

export async function exportSettings(): Promise<string> {
  const [settings, preferences] = await Promise.all([readSettings(), preferencesItem.getValue()]);
  return JSON.stringify({ format: EXPORT_FORMAT, version: SETTINGS_VERSION, exportedAt: new Date().toISOString(), settings, preferences }, null, 2);
}

const Envelope = v.object({
  format: v.literal(EXPORT_FORMAT),
  version: v.pipe(v.number(), v.integer(), v.minValue(1)),
  settings: v.unknown(),
  preferences: v.optional(v.unknown()),
});

function parseJson(json: string): unknown {
  try {
    return JSON.parse(json);
  } catch {
    return undefined;
  }
}

/** Names the first wrong field, so the user knows what to fix in the file. */
function refusal(issues: [v.BaseIssue<unknown>, ...v.BaseIssue<unknown>[]], what: string): ImportResult {
  const path = v.getDotPath(issues[0]);
  const subject = path ? `The ${what} “${path}” in this file is` : `The ${what}s in this file are`;
  return { ok: false, sentence: `${subject} not valid, so nothing was imported.` };
}

/** All or nothing: an import either replaces the settings and defaults, or changes nothing. */
export async function importSettings(json: string): Promise<ImportResult> {
  const envelope = v.safeParse(Envelope, parseJson(json));
  if (!envelope.success) return { ok: false, sentence: 'This file is not a Post to Image settings export.' };
  const { version, preferences } = envelope.output;
  if (version > SETTINGS_VERSION) {
    return { ok: false, sentence: 'This file comes from a newer version of Post to Image. Update the extension, then import it again.' };
  }
  let settings = envelope.output.settings;
  for (let next = version + 1; next <= SETTINGS_VERSION; next++) settings = SETTINGS_MIGRATIONS[next]?.(settings) ?? settings;

  const parsedSettings = v.safeParse(SettingsSchema, settings);
  const parsedPreferences = v.safeParse(v.optional(PreferencesSchema), preferences);
  if (!parsedSettings.success) return refusal(parsedSettings.issues, 'setting');
  if (!parsedPreferences.success) return refusal(parsedPreferences.issues, 'default for new images');

  const keys = await removeKeysOfMovedServices(await readSettings(), parsedSettings.output);
  if (!keys.ok) return keys;
  await writeSettings(parsedSettings.output);
  if (parsedPreferences.output) await preferencesItem.setValue(parsedPreferences.output);
  return keys;
}
