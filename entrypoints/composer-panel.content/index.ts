import { composerActions } from '@/lib/frame/composer-glue';
import { framePanel, type FramedPanel, isOurToken, removePanels, shownFailedStage } from '@/lib/frame/host-frame';
import { composerContaining } from '@/lib/linkedin/composer';
import { PANEL_PAGE } from '@/lib/messaging/guard';
import { provideDiagnostics, providePanel } from '@/lib/linkedin/panel-contract';
import { onMessage } from '@/lib/messaging/protocol';

// Injected by the background only when a composer opens; the watcher calls show() on it. The panel
// itself is an extension page in a frame: this script only frames it and acts on its own composer.
export default defineContentScript({
  matches: ['https://www.linkedin.com/*'],
  registration: 'runtime',
  main(ctx) {
    // An update or a disable ends this script: its frames go with it rather than stay as error pages.
    ctx.onInvalidated(removePanels);
    onMessage('isPanelToken', ({ data, sender }) => sender.id === browser.runtime.id && isOurToken(data.token));
    const panels = new WeakMap<HTMLElement, FramedPanel>();
    const panelUrl = browser.runtime.getURL(PANEL_PAGE as '/panel.html');
    // Chrome loads the per-session address (use_dynamic_url) as a page of the extension's own origin.
    const panelOrigin = panelUrl.startsWith('chrome-extension:') ? `chrome-extension://${browser.runtime.id}` : new URL(panelUrl).origin;
    const extensionVersion = browser.runtime.getManifest().version;
    // The slot shown last belongs to the composer on screen (LinkedIn shows one; a re-render brings a new slot).
    let shownIn: HTMLElement | undefined;
    const actionsIn = (slot: HTMLElement) => composerActions(() => composerContaining(document, slot), extensionVersion);
    // Replaces the watcher's report (which knows no failed stage) for the popup's Copy diagnostics.
    provideDiagnostics(() => actionsIn(shownIn ?? document.body).diagnostics(shownFailedStage()));

    providePanel({
      show(slot, { generate }) {
        shownIn = slot;
        let panel = panels.get(slot);
        if (!panel) {
          panel = framePanel(slot, actionsIn(slot), { panelUrl, panelOrigin });
          panels.set(slot, panel);
        }
        if (generate) panel.open(true);
      },
    });
  },
});
