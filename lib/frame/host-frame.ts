import type { AttachDone, PanelSnapshot } from '../panel/composer-link';
import type { ComposerActions } from './composer-glue';
import { CONNECT, type ConnectMessage, type FrameMessage, type HostMessage } from './link';

/**
 * Our side in LinkedIn's page: an iframe of the extension's panel page, sized to what the panel
 * shows. The page's scripts and styles cannot reach into it; this side only frames it and does what
 * only the composer's own document can do (read the draft, attach the image) for this one composer.
 */

const tokens = new Set<string>();

/** Whether a panel's token was handed out here: the worker asks on the panel's behalf. */
export const isOurToken = (token: string) => tokens.has(token);

/**
 * LinkedIn replaces the composer's nodes (after every media step), and the frame goes with them: what
 * the last panel showed, and an attach that finished after its frame was gone, wait here for the next.
 */
const carried: { snapshot?: Omit<PanelSnapshot, 'images'>; images?: PanelSnapshot['images']; attached?: AttachDone } = {};
const live = new Map<MessagePort, { frame: HTMLIFrameElement; token: string }>();

/** A frame LinkedIn took out of the page is gone for good: its port closes and its token stops counting. */
function forget(port: MessagePort): void {
  tokens.delete(live.get(port)?.token ?? '');
  live.delete(port);
  port.close();
}

function tellLivePanels(message: HostMessage): void {
  for (const [port, { frame }] of live) {
    if (frame.isConnected) port.postMessage(message);
    else forget(port);
  }
}

/** The extension was updated or turned off: its frames would show an error page, so they leave with it. */
export function removePanels(): void {
  for (const [port, { frame }] of live) {
    frame.remove();
    forget(port);
  }
}

/** Where the last attach stopped, as the panel on screen shows it: the popup's Copy diagnostics reports it too. */
export const shownFailedStage = () => carried.snapshot?.failedStage;

export interface FramedPanel {
  open(generate: boolean): void;
}

/** `panelOrigin`: the origin the page loads as, which in Chrome is not its per-session address's. */
export function framePanel(slot: HTMLElement, actions: ComposerActions, { panelUrl, panelOrigin }: { panelUrl: string; panelOrigin: string }): FramedPanel {
  const frame = slot.ownerDocument.createElement('iframe');
  frame.src = panelUrl;
  frame.title = 'Post to Image';
  // Copying a link is the panel's hand-over after Save to S3.
  frame.allow = 'clipboard-write';
  frame.style.cssText = 'display:block;width:100%;height:0;border:0;color-scheme:normal;';
  const channel = new MessageChannel();
  const token = crypto.randomUUID();
  tokens.add(token);
  const port = channel.port1;
  const send = (message: HostMessage) => port.postMessage(message);

  port.onmessage = async ({ data }: MessageEvent<FrameMessage>) => {
    if (data.type === 'size') frame.style.height = `${Math.max(0, Math.ceil(data.height))}px`;
    else if (data.type === 'draft') send({ type: 'answer', id: data.id, value: actions.draft() });
    else if (data.type === 'copyDiagnostics') send({ type: 'answer', id: data.id, value: await actions.copyDiagnostics(data.failedStage) });
    else if (data.type === 'copyImage') send({ type: 'answer', id: data.id, value: await actions.copyImage(data.image) });
    else if (data.type === 'keep') carried.snapshot = data.snapshot;
    else if (data.type === 'keepImages') carried.images = data.images;
    else if (data.type === 'attach') {
      carried.attached = undefined;
      const done = { imageId: data.imageId, outcome: await actions.attach(data.image) };
      carried.attached = done;
      tellLivePanels({ type: 'attached', done });
    }
  };
  frame.addEventListener(
    'load',
    () => {
      const hello: ConnectMessage = { type: CONNECT, token };
      // Only the extension's origin receives it; the token is checked with the worker before the port is trusted.
      frame.contentWindow?.postMessage(hello, panelOrigin, [channel.port2]);
    },
    { once: true },
  );
  // Queued on the port until the frame takes it, ahead of any press of our button.
  send({ type: 'theme', theme: actions.theme() });
  const { snapshot, images, attached } = carried;
  send({ type: 'restore', snapshot: snapshot && { ...snapshot, images: images ?? [] }, attached });
  for (const [other, { frame }] of live) if (!frame.isConnected) forget(other);
  slot.replaceChildren(frame);
  live.set(port, { frame, token });
  return { open: (generate) => send({ type: 'open', generate }) };
}
