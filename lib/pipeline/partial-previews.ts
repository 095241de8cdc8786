import type { MessageSender } from '../messaging/guard';
import { sendMessage, type ImageForPage } from '../messaging/protocol';

/** Sends streamed previews back to the frame that asked for the image; a closed tab just misses them. */
export function partialPreviewsFor(sender: MessageSender, jobId: string): ((image: ImageForPage) => void) | undefined {
  const tabId = sender.tab?.id;
  if (tabId === undefined) return undefined;
  return (image) => {
    void sendMessage('partialImage', { jobId, image }, { tabId, frameId: sender.frameId ?? 0 }).catch(() => undefined);
  };
}
