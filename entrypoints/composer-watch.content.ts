import { ensureHost } from '@/lib/linkedin/host';
import { registeredPanel, type PanelApi } from '@/lib/linkedin/panel-contract';
import { watchComposers } from '@/lib/linkedin/watch';
import { focusGenerateButton } from '@/lib/linkedin/shortcut';
import { onMessage, sendMessage } from '@/lib/messaging/protocol';

// Runs on every LinkedIn page, so it stays tiny: it only watches for the composer and adds the button.
// The panel (React) is injected by the background the first time a composer opens.
export default defineContentScript({
  matches: ['https://www.linkedin.com/*'],
  runAt: 'document_idle',
  main(ctx) {
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

    const showPanel = (slot: HTMLElement, generate: boolean) =>
      loadPanel()
        .then((api) => api.show(slot, { generate }))
        .catch(() => {
          slot.textContent = 'Post to Image could not open here. Reload the page and try again.';
        });

    onMessage('openFromShortcut', ({ sender }) => {
      if (sender.id === browser.runtime.id) void focusGenerateButton(document);
    });

    watchComposers(
      document,
      (composers) => {
        for (const composer of composers) {
          const { host, created } = ensureHost(composer, ({ slot }) => void showPanel(slot, true));
          if (created) void showPanel(host.slot, false);
        }
      },
      ctx.signal,
    );
  },
});
