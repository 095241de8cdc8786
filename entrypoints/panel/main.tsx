import { Panel } from '@/components/Panel';
import { mount } from '@/components/shared/mount';
import { connectToHost } from '@/lib/frame/panel-side';
import { onMessage } from '@/lib/messaging/protocol';
import { snapshotOf } from '@/lib/panel/composer-link';
import { createPanelSession, type PanelSession } from '@/lib/panel/session';
import './panel.css';

// The panel, framed into LinkedIn's composer by our content script (lib/frame/host-frame.ts): an
// extension page, so LinkedIn's scripts and styles cannot read or press anything in it.
let session: PanelSession | undefined;
const composer = connectToHost({
  onOpen: (generate) => void session?.open(generate),
  onTheme: (theme) => (document.documentElement.dataset.theme = theme),
  onRestore: (snapshot, attached) => session?.restore(snapshot, attached),
  onAttached: (done) => void session?.attached(done),
});
session = createPanelSession(composer);
session.store.subscribe(() => composer.keep(snapshotOf(session.store.get())));
onMessage('partialImage', ({ data, sender }) => {
  if (sender.id === browser.runtime.id) session.showPartial(data);
});
onMessage('panelContextChanged', ({ sender }) => {
  if (sender.id === browser.runtime.id) void session.refreshContext();
});
mount(<Panel session={session} />);
