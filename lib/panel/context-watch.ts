import { browser } from 'wxt/browser';

/**
 * The storage.local keys the panel's context is made from: the settings (provider, model, quality, cap)
 * and the keys (which provider "Automatic" picks). Only their names are looked at, never their values.
 */
const CONTEXT_KEYS = ['settings', 'secrets'];

/**
 * Calls `refresh` whenever the options change what the panel shows (the provider, the price of a click,
 * the cap), e.g. from the options tab while this composer stays open. Returns the unsubscribe.
 */
export function onPanelContextChange(refresh: () => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && CONTEXT_KEYS.some((key) => key in changes)) refresh();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
