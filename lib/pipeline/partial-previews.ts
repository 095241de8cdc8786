import { senderKind, type MessageSender } from '../messaging/guard';
import { sendMessage, type ImageForPage } from '../messaging/protocol';

/**
 * Sends streamed previews back to the panel that asked for the image; a closed tab just misses them.
 * A framed panel is an extension page, which runtime messages reach (the panel keeps only its own jobs').
 */
export function partialPreviewsFor(sender: MessageSender, jobId: string): ((image: ImageForPage) => void) | undefined {
  const tabId = sender.tab?.id;
  if (tabId === undefined) return undefined;
  const toPanel = senderKind(sender) === 'panel-frame';
  return (image) => {
    const sent = toPanel ? sendMessage('partialImage', { jobId, image }) : sendMessage('partialImage', { jobId, image }, { tabId, frameId: sender.frameId ?? 0 });
    void sent.catch(() => undefined);
  };
}
