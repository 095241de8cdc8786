import type { InlineConfig } from 'vite';

/**
 * Drops the @wxt-dev/webextension-polyfill module's alias from one build, so `wxt/browser` is WXT's own
 * thin `browser` (the native promise-based API in Chrome MV3 and Firefox) instead of the polyfill, whose
 * start-up wraps the whole `chrome` object.
 */
export function withoutBrowserPolyfill(config: InlineConfig): void {
  const alias = config.resolve?.alias;
  if (Array.isArray(alias)) {
    config.resolve!.alias = alias.filter((entry: { find: string | RegExp }) => entry.find !== 'wxt/browser');
  } else if (alias) {
    delete (alias as Record<string, string>)['wxt/browser'];
  }
}
