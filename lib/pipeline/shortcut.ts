import { browser } from 'wxt/browser';
import { SHORTCUT_KEY } from '../linkedin/panel-contract';

/**
 * The keyboard shortcut (the browser command) in a tab: runs what the composer watcher registered, in
 * its own isolated world, in every frame that has it. A tab that is not LinkedIn refuses the script.
 */
export async function openFromShortcut(tabId: number): Promise<void> {
  await browser.scripting
    .executeScript({
      target: { tabId, allFrames: true },
      func: (key: string) => (globalThis as unknown as Record<symbol, (() => void) | undefined>)[Symbol.for(key)]?.(),
      args: [SHORTCUT_KEY],
    })
    .catch(() => undefined);
}
