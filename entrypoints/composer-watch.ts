import { ensureHost } from '@/lib/linkedin/host';
import { composerDiagnostics } from '@/lib/linkedin/diagnostics';
import { findComposers } from '@/lib/linkedin/composer';
import { provideDiagnostics, provideShortcut, registeredPanel, type PanelApi } from '@/lib/linkedin/panel-contract';
import { focusGenerateButton } from '@/lib/linkedin/shortcut';
import { watchComposers } from '@/lib/linkedin/watch';
import { sendMessage } from '@/lib/messaging/protocol';

// Runs on every LinkedIn page (listed in wxt.config.ts's manifest), so it stays tiny: it only watches for
// the composer and adds the button. A plain script rather than a WXT content script: WXT's context
// object and an extension API touched at load cost more than the watching itself. The panel (React)
// is injected by the background the first time a composer opens.
type Runtime = { chrome?: { runtime?: { id?: string; getManifest?: () => { version: string } } } };
const extensionVersion = () => (globalThis as Runtime).chrome?.runtime?.getManifest?.().version ?? 'unknown';

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
  const showPanel = (slot: HTMLElement, generate: boolean) =>
    loadPanel()
      .then((api) => api.show(slot, { generate }))
      .catch(() => {
        slot.textContent = 'Post to Image could not open here. Reload the page and try again.';
        if (!(globalThis as Runtime).chrome?.runtime?.id) watching.abort();
      });

  provideShortcut(() => focusGenerateButton(document));
  // Until the panel loads (and replaces it with one that knows the failed stage), the popup gets the page's skeleton.
  provideDiagnostics(() => composerDiagnostics(document, findComposers(document).at(-1), { extensionVersion: extensionVersion() }));

  watchComposers(
    document,
    (composers) => {
      for (const composer of composers) {
        const { host, created } = ensureHost(composer, ({ slot }) => void showPanel(slot, true));
        if (created) void showPanel(host.slot, false);
      }
    },
    watching.signal,
  );
});
