import { browser } from 'wxt/browser';
import { sendMessage } from '../messaging/protocol';

/**
 * Tells open LinkedIn tabs when the options or the keys' lock change what their panel shows (the price of
 * a click, the cap, the provider). Only the worker watches storage: a listener in the content script would
 * be handed the keys' new values with every change.
 */

/** The stored items a panel's context is made from (lib/settings/store.ts and secrets.ts), by area. */
const CONTEXT_ITEMS: Record<string, readonly string[]> = { local: ['settings', 'secrets'], session: ['secretsKey'] };

export function changesPanelContext(changes: Record<string, unknown>, area: string): boolean {
  return (CONTEXT_ITEMS[area] ?? []).some((key) => key in changes);
}

/** The panels are extension pages framed into LinkedIn's tabs: one runtime message reaches them all. */
export async function tellLinkedInTabs(): Promise<void> {
  await sendMessage('panelContextChanged', undefined).catch(() => undefined); // no panel open
}

export function broadcastPanelContextChanges(): void {
  browser.storage.onChanged.addListener((changes, area) => {
    if (changesPanelContext(changes, area)) void tellLinkedInTabs();
  });
}
