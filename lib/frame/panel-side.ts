import type { AttachStage } from '../linkedin/attach';
import { sendMessage } from '../messaging/protocol';
import type { AttachDone, ComposerLink, DraftSource, ImageBytes, PanelSnapshot } from '../panel/composer-link';
import { CONNECT, type FrameMessage, type HostMessage } from './link';

export interface HostEvents {
  onOpen(generate: boolean): void;
  onTheme(theme: 'light' | 'dark'): void;
  onRestore(snapshot: PanelSnapshot | undefined, attached: AttachDone | undefined): void;
  onAttached(done: AttachDone): void;
}

const LINKEDIN_ORIGIN = 'https://www.linkedin.com';

/**
 * Waits for the host's port. A page can post to this frame too (it can reach any frame's window),
 * so a port is used only once the worker confirms its token with our content script in this tab.
 */
export function connectToHost(events: HostEvents, win: Window = window): ComposerLink {
  let resolvePort: (port: MessagePort) => void;
  const connected = new Promise<MessagePort>((resolve) => (resolvePort = resolve));
  const pending = new Map<number, (value: DraftSource | boolean) => void>();
  let nextId = 0;
  let keptImages: PanelSnapshot['images'] | undefined;

  win.addEventListener('message', async (event: MessageEvent) => {
    const port = event.ports[0];
    const token: unknown = event.data?.token;
    if (event.origin !== LINKEDIN_ORIGIN || event.data?.type !== CONNECT || typeof token !== 'string' || !port) return;
    const vouched = await sendMessage('verifyPanelToken', { token }).catch(() => undefined);
    if (!vouched?.ok || !vouched.value) return port.close();
    port.onmessage = ({ data }: MessageEvent<HostMessage>) => {
      if (data.type === 'open') events.onOpen(data.generate);
      else if (data.type === 'theme') events.onTheme(data.theme);
      else if (data.type === 'restore') events.onRestore(data.snapshot, data.attached);
      else if (data.type === 'attached') events.onAttached(data.done);
      else if (data.type === 'answer') pending.get(data.id)?.(data.value);
    };
    resolvePort(port);
  });

  const post = (message: FrameMessage) => void connected.then((port) => port.postMessage(message));

  // The host sizes the frame to the panel: the page around it then flows as it would around our own element.
  const body = win.document.body;
  new ResizeObserver(() => post({ type: 'size', height: body.getBoundingClientRect().height })).observe(body);

  /** A question the host answers over the port, matched to its answer by id. */
  type Question = { type: 'draft' } | { type: 'copyDiagnostics'; failedStage?: AttachStage } | { type: 'copyImage'; image: ImageBytes };
  async function ask(question: Question): Promise<DraftSource | boolean> {
    const port = await connected;
    const id = nextId++;
    return new Promise((resolve) => {
      pending.set(id, (value) => {
        pending.delete(id);
        resolve(value);
      });
      port.postMessage({ ...question, id } satisfies FrameMessage);
    });
  }

  return {
    draft: async () => (await ask({ type: 'draft' })) as DraftSource,
    copyDiagnostics: async (failedStage) => (await ask({ type: 'copyDiagnostics', failedStage })) === true,
    attach: (imageId, image) => post({ type: 'attach', imageId, image }),
    copyImage: async (image) => (await ask({ type: 'copyImage', image })) === true,
    keep({ images, ...snapshot }) {
      if (images !== keptImages) post({ type: 'keepImages', images });
      keptImages = images;
      post({ type: 'keep', snapshot });
    },
  };
}
