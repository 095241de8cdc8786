import { createRoot, type Root } from 'react-dom/client';
import { Panel } from '@/components/Panel';
import { composerContaining } from '@/lib/linkedin/composer';
import { provideDiagnostics, providePanel } from '@/lib/linkedin/panel-contract';
import { onMessage } from '@/lib/messaging/protocol';
import { createPanelSession } from '@/lib/panel/session';
import panelCss from './panel.css?inline';

// Injected by the background only when a composer opens; the watcher calls show() on it.
export default defineContentScript({
  matches: ['https://www.linkedin.com/*'],
  registration: 'runtime',
  main() {
    // The slot shown last belongs to the composer on screen (LinkedIn shows one; a re-render brings a new slot).
    let shownIn: HTMLElement | undefined;
    const session = createPanelSession(() => composerContaining(document, shownIn));
    provideDiagnostics(session.diagnostics);
    onMessage('partialImage', ({ data, sender }) => {
      if (sender.id === browser.runtime.id) session.showPartial(data);
    });
    onMessage('panelContextChanged', ({ sender }) => {
      if (sender.id === browser.runtime.id) void session.refreshContext();
    });
    const roots = new WeakMap<HTMLElement, Root>();

    providePanel({
      show(slot, { generate }) {
        shownIn = slot;
        if (!roots.has(slot)) {
          const style = document.createElement('style');
          style.textContent = panelCss;
          slot.before(style);
          const root = createRoot(slot);
          root.render(<Panel session={session} />);
          roots.set(slot, root);
        }
        if (generate) void session.generate({ keepPrompt: false });
      },
    });
  },
});
