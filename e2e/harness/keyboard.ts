import type { BrowserContext, Page } from 'playwright-core';
import type { TestPage } from './types';
import { until } from './poll';

type CommandEvent = { dispatch(command: string, tab: unknown): void };
type WorkerChrome = {
  tabs: { query(filter: object): Promise<{ url?: string }[]> };
  commands: { onCommand: CommandEvent; getAll(): Promise<{ name?: string; shortcut?: string }[]> };
};

async function extensionWorker(context: BrowserContext) {
  return context.serviceWorkers().find((candidate) => candidate.url().startsWith('chrome-extension://')) ?? (await context.waitForEvent('serviceworker'));
}

/** The keys the browser has bound to one of the extension's commands ('' when none). */
export async function commandShortcut(context: BrowserContext, command: string): Promise<string> {
  return (await extensionWorker(context)).evaluate(async (name) => {
    const { chrome } = globalThis as unknown as { chrome: WorkerChrome };
    return (await chrome.commands.getAll()).find((candidate) => candidate.name === name)?.shortcut ?? '';
  }, command);
}

/**
 * What Chromium does when a browser command's shortcut is pressed in `tab`: the extension's service
 * worker gets chrome.commands.onCommand with that tab. Headless Chromium takes no OS-level shortcuts,
 * and a key press sent over CDP goes to the page, never to the browser's accelerators (tried: Alt+Shift+I
 * that way leaves focus where it was). So the event is dispatched in the worker itself: only the
 * key-to-command step is skipped; the background's own listener, its message to the tab and the
 * content script's handling all run for real.
 */
export async function runBrowserCommand(context: BrowserContext, tab: Page, command: string): Promise<void> {
  await (await extensionWorker(context)).evaluate(
    async ([name, url]) => {
      const { chrome } = globalThis as unknown as { chrome: WorkerChrome };
      const target = (await chrome.tabs.query({})).find((candidate) => candidate.url === url);
      if (!target) throw new Error(`No tab at ${url}`);
      chrome.commands.onCommand.dispatch(name, target);
    },
    [command, tab.url()] as const,
  );
}

/** The element that has focus, looking into shadow roots: its tag and accessible label or text ('nothing' on the body). */
export async function focused(page: TestPage): Promise<string> {
  const inPage = await page.evaluate(focusedHere);
  // Focus inside our panel's frame: the page sees only the frame.
  return inPage === 'iframe Post to Image' ? page.evaluateInPanel(focusedHere) : inPage;
}

/** Page function: the focused element here, looking into shadow roots. */
function focusedHere(): string {
  let element = document.activeElement;
  while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
  if (!element || element === document.body) return 'nothing';
  const name = element.getAttribute('aria-label') ?? element.getAttribute('title') ?? (element.textContent ?? '').trim().slice(0, 40);
  return `${element.tagName.toLowerCase()} ${name}`.trim();
}

/** Presses `key` (Tab, Shift+Tab) until `target` has focus, as `focused` names it; fails past `most` presses. */
export async function pressUntilFocused(tab: Page, page: TestPage, key: string, target: string, most: number): Promise<void> {
  const seen: string[] = [];
  for (let presses = 1; presses <= most; presses++) {
    await tab.keyboard.press(key);
    // Focus entering our frame crosses to the frame's own process: the page names the frame at once, the frame its element a moment later.
    seen.push(await until(() => focused(page), (now) => now !== 'nothing', `focus after ${key}`, 2_000).catch(() => 'nothing'));
    if (seen.at(-1) === target) return;
  }
  throw new Error(`${key} did not reach ${target} in ${most} presses: ${seen.join(' → ')}`);
}
