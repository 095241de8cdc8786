import { composerActions } from '@/lib/frame/composer-glue';
import { framePanel, type FramedPanel, isOurToken } from '@/lib/frame/host-frame';
import { PANEL_PAGE } from '@/lib/messaging/guard';
import { providePanel } from '@/lib/linkedin/panel-contract';
import { onMessage } from '@/lib/messaging/protocol';

// Injected by the background only when a composer opens; the watcher calls show() on it. The panel
// itself is an extension page in a frame: this script only frames it and acts on its own composer.
export default defineContentScript({
  matches: ['https://www.linkedin.com/*'],
  registration: 'runtime',
  main() {
    onMessage('isPanelToken', ({ data, sender }) => sender.id === browser.runtime.id && isOurToken(data.token));
    const panels = new WeakMap<HTMLElement, FramedPanel>();
    const panelUrl = browser.runtime.getURL(PANEL_PAGE as '/panel.html');
    // Chrome loads the per-session address (use_dynamic_url) as a page of the extension's own origin.
    const panelOrigin = panelUrl.startsWith('chrome-extension:') ? `chrome-extension://${browser.runtime.id}` : new URL(panelUrl).origin;

    providePanel({
      show(slot, { generate, composer }) {
        let panel = panels.get(slot);
        if (!panel) {
          panel = framePanel(slot, composerActions(composer), { panelUrl, panelOrigin });
          panels.set(slot, panel);
        }
        if (generate) panel.open(true);
      },
    });
  },
});
