import { browser } from 'wxt/browser';
import { UserFacingError } from '../errors';
import { DIAGNOSTICS_KEY } from '../linkedin/panel-contract';

const OPEN_LINKEDIN = 'Copy diagnostics reads the LinkedIn tab you are on: open LinkedIn (with the post editor, if that is where it fails), then press it again.';

/** What the watcher or panel in the active tab reports (lib/linkedin/diagnostics.ts); never the draft. */
export async function activeTabDiagnostics(): Promise<string> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) throw new UserFacingError(OPEN_LINKEDIN, 'no-tab');
  const results = await browser.scripting
    .executeScript({
      target: { tabId: tab.id },
      func: (key: string) => (globalThis as unknown as Record<symbol, (() => string) | undefined>)[Symbol.for(key)]?.(),
      args: [DIAGNOSTICS_KEY],
    })
    .catch(() => []);
  const report = results[0]?.result;
  if (typeof report !== 'string') throw new UserFacingError(OPEN_LINKEDIN, 'not-linkedin');
  return report;
}
