import type { Composer } from '@/lib/linkedin/composer';
import { ensureHost } from '@/lib/linkedin/host';
import { provideShortcut, registeredPanel, type PanelApi } from '@/lib/linkedin/panel-contract';
import { focusGenerateButton } from '@/lib/linkedin/shortcut';
import { watchComposers } from '@/lib/linkedin/watch';
import { sendMessage } from '@/lib/messaging/protocol';

// Runs on every LinkedIn page (listed in wxt.config.ts's manifest), so it stays tiny: it only watches for
// the composer and adds the button. A plain script rather than a WXT content script: WXT's context
// object and an extension API touched at load cost more than the watching itself. The panel (React)
// is injected by the background the first time a composer opens.
export default defineUnlistedScript(() => {
  let panel: Promise<PanelApi> | undefined;
  const loadPanel = () =>
    (panel ??= sendMessage('injectPanel', undefined).then((outcome) => {
      const api = registeredPanel();
      if (!outcome.ok || !api) {
        panel = undefined;
        throw new Error(outcome.ok ? 'The panel did not start.' : outcome.sentence);
      }
      return api;
    }));

  const watching = new AbortController();
  // An extension reloaded under an open page leaves this script orphaned: its clicks land here, and it
  // stops adding buttons that cannot work (the extension's id is gone once its context is).
  const showPanel = (slot: HTMLElement, composer: Composer, generate: boolean) =>
    loadPanel()
      .then((api) => api.show(slot, { generate, composer }))
      .catch(() => {
        slot.textContent = 'Post to Image could not open here. Reload the page and try again.';
        if (!(globalThis as { chrome?: { runtime?: { id?: string } } }).chrome?.runtime?.id) watching.abort();
      });

  provideShortcut(() => void focusGenerateButton(document));

  watchComposers(
    document,
    (composers) => {
      for (const composer of composers) {
        const { host, created } = ensureHost(composer, ({ slot }) => void showPanel(slot, composer, true));
        if (created) void showPanel(host.slot, composer, false);
      }
    },
    watching.signal,
  );
});
