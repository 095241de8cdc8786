import { until } from './poll';
import type { TestPage } from './types';

/**
 * On an extension page: the stored settings as an older version left them, so the next extension page
 * that loads runs the settings migration, as after an update (or, at the current version, a stored
 * choice the options no longer offer).
 */

type Deep = { __deep(selector: string, text?: string): Element[] };
type StorageArea = { get(key: string): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> };

/** Rewrites the stored settings with `changes` (section by section) and marks them as written by `version`. */
export function storeOlderSettings(extensionPage: TestPage, changes: Record<string, Record<string, unknown>>, version: number): Promise<void> {
  return extensionPage.evaluate(
    async ({ changes, version }) => {
      const area = ((globalThis as unknown as { browser?: { storage: { local: StorageArea } } }).browser ??
        (globalThis as unknown as { chrome: { storage: { local: StorageArea } } }).chrome).storage.local;
      const stored = ((await area.get('settings')).settings ?? {}) as Record<string, Record<string, unknown>>;
      const settings = { ...stored };
      for (const [section, fields] of Object.entries(changes)) settings[section] = { ...stored[section], ...fields };
      await area.set({ settings, settings$: { v: version } });
    },
    { changes, version },
  );
}

/** The sentences of the once-only notice about moved models on the popup or options page ('' when none shows). */
export function modelNotice(extensionPage: TestPage): Promise<string> {
  return until(
    () => extensionPage.evaluate(() => (window as unknown as Deep).__deep('.model-notice')[0]?.textContent ?? ''),
    (text) => text !== '',
    'the notice about moved models',
  );
}

/** The lines a Test button lists under its outcome: the models the account can use, with their dates. */
export function liveModels(optionsPage: TestPage, buttonLabel: string): Promise<string[]> {
  return optionsPage.evaluate(
    (label) => (window as unknown as Deep).__deep(`ul[aria-label="${label}: models this account can use"] li`).map((item) => item.textContent ?? ''),
    buttonLabel,
  );
}
