import { browser } from 'wxt/browser';
import { SHORTCUT_KEY } from '../linkedin/panel-contract';

const LOAD_TIMEOUT_MS = 10_000;
/** The new page's watcher may register a moment after the load completes. */
const WATCHER_TRIES = 10;
const WATCHER_RETRY_MS = 200;

function runShortcut(tabId: number): Promise<unknown[]> {
  return browser.scripting
    .executeScript({
      target: { tabId, allFrames: true },
      func: (key: string) => (globalThis as unknown as Record<symbol, (() => unknown) | undefined>)[Symbol.for(key)]?.(),
      args: [SHORTCUT_KEY],
    })
    .then((results) => results.map((frame) => frame.result), () => []);
}

/** Resolves once the tab has loaded a page (or after a while); `cancel` when no load is coming. */
function tabLoaded(tabId: number): { loaded: Promise<void>; cancel: () => void } {
  let cancel = () => {};
  const loaded = new Promise<void>((resolve) => {
    const listener = (id: number, change: { status?: string }) => id === tabId && change.status === 'complete' && cancel();
    const timer = setTimeout(() => cancel(), LOAD_TIMEOUT_MS);
    cancel = () => {
      browser.tabs.onUpdated.removeListener(listener);
      clearTimeout(timer);
      resolve();
    };
    browser.tabs.onUpdated.addListener(listener);
  });
  return { loaded, cancel };
}

/**
 * The keyboard shortcut (the browser command) in a tab: runs what the composer watcher registered, in
 * its own isolated world, in every frame that has it. A tab that is not LinkedIn refuses the script. Where
 * opening the composer meant a page load (LinkedIn's launcher is a link), it runs again once the new page's
 * watcher is there.
 */
export async function openFromShortcut(tabId: number): Promise<void> {
  const load = tabLoaded(tabId);
  if (!(await runShortcut(tabId)).includes('navigating')) return load.cancel();
  await load.loaded;
  for (let tries = 0; tries < WATCHER_TRIES; tries++) {
    if ((await runShortcut(tabId)).some((result) => result !== undefined && result !== null)) return;
    await new Promise((resolve) => setTimeout(resolve, WATCHER_RETRY_MS));
  }
}
