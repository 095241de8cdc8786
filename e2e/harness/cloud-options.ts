import { SETTINGS_VERSION } from '../../lib/settings/schema';
import { AWS_KEYS, OPENAI_KEY } from './cloud-emulator';
import { until } from './poll';
import { setField } from './steps';
import type { TestPage } from './types';

type Deep = { __deep(selector: string, text?: string): Element[] };

/** A field by its visible label, its value, and which of the fields with that label (0: the first). */
export type OptionsEntry = readonly [label: string, value: string | boolean, nth?: number];

/** The options that send image requests to the emulator's OpenAI with this key. */
export function openaiThrough(emulatorUrl: string, key = OPENAI_KEY): OptionsEntry[] {
  return [
    ['OpenAI API key', key],
    ['OpenAI API address', `${emulatorUrl}/v1`],
  ];
}

/** The OpenAI fields (key, the emulator as the API address, the model) as a user fills them. */
export function openAIOptions(emulatorUrl: string, model: string): OptionsEntry[] {
  return [...openaiThrough(emulatorUrl), ['Model', model, 0]];
}

/** The emulator's fake AWS access key pair. */
export const AWS_KEY_OPTIONS: readonly OptionsEntry[] = [
  ['Access key ID', AWS_KEYS.accessKeyId],
  ['Secret access key', AWS_KEYS.secretAccessKey],
];

/** Fills the options page's fields in order, as a user would. */
export async function fillOptions(page: TestPage, entries: readonly OptionsEntry[]): Promise<void> {
  await until(() => page.evaluate(() => (window as unknown as Deep).__deep('form').length), (n) => n > 0, 'the options form');
  for (const [label, value, nth] of entries) await setField(page, label, value, nth);
}

/** Picks a radio choice by its exact label, with a real click. */
export function chooseOption(page: TestPage, choiceLabel: string): Promise<void> {
  return page.click('label', choiceLabel);
}

/** Presses Save and answers the save bar's final sentence ("Saved." when all went well). */
export async function saveOptions(page: TestPage): Promise<string> {
  await page.click('button[type="submit"]', 'Save');
  return until(
    () => page.evaluate(() => (window as unknown as Deep).__deep('.save-bar [role="status"]')[0]?.textContent ?? ''),
    (status) => status !== '' && status !== 'Saving…',
    'the save to finish',
  );
}

/** Presses one of the Test buttons and answers the sentence it reads out, and whether it passed. */
export async function runServiceTest(page: TestPage, buttonLabel: string): Promise<{ ok: boolean; sentence: string }> {
  await page.click('button', buttonLabel);
  return until(
    () =>
      page.evaluate((label) => {
        const status = (window as unknown as Deep).__deep('.test button', label)[0]?.nextElementSibling;
        return { ok: status?.classList.contains('ok') ?? false, sentence: status?.textContent ?? '' };
      }, buttonLabel),
    (outcome) => outcome.sentence !== '' && outcome.sentence !== 'Testing…',
    `the outcome of ${buttonLabel}`,
    30_000,
  );
}

/**
 * Imports a settings file through the options page's file field, as choosing the file does, and
 * returns the sentence the page says then.
 */
export async function importSettingsFile(page: TestPage, contents: string): Promise<string> {
  const before = await transferStatus(page);
  await page.evaluate((json) => {
    const input = document.querySelector<HTMLInputElement>('#import-file')!;
    const files = new DataTransfer();
    files.items.add(new File([json], 'settings.json', { type: 'application/json' }));
    input.files = files.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
  }, contents);
  return until(() => transferStatus(page), (now) => now !== '' && now !== before, 'the import’s sentence');
}

function transferStatus(page: TestPage): Promise<string> {
  return page.evaluate(() => document.querySelector('section[aria-labelledby="transfer-title"] [role=status]')?.textContent?.trim() ?? '');
}

/** The saved settings as an export file would hold them, with OpenAI's address moved to `baseURL`. */
export async function settingsFileMovingOpenAI(options: TestPage, baseURL: string): Promise<string> {
  const settings = await options.evaluate(async () => {
    type Storage = { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } };
    const world = globalThis as unknown as { browser?: Storage; chrome?: Storage };
    return (await (world.browser ?? world.chrome)!.storage.local.get('settings')).settings as { openai: Record<string, unknown> };
  });
  // lib/settings/transfer.ts's envelope.
  return JSON.stringify({ format: 'post-to-image-settings', version: SETTINGS_VERSION, settings: { ...settings, openai: { ...settings.openai, baseURL } } });
}
