import type { AttachStage } from '../linkedin/attach';
import type { AttachDone, AttachRequest, DraftSource, ImageBytes, PanelSnapshot } from '../panel/composer-link';

/**
 * What the panel's frame and its host (our content script beside the composer) say over their
 * MessagePort. The port is handed to the frame with a one-time token the worker confirms with the
 * host (lib/frame/panel-side.ts), so a page cannot pose as either end.
 */

export const CONNECT = 'post-to-image:connect';

/** Posted once, host → frame, with the port transferred. */
export interface ConnectMessage {
  type: typeof CONNECT;
  token: string;
}

/** Host → frame. */
export type HostMessage =
  | { type: 'open'; generate: boolean }
  | { type: 'theme'; theme: 'light' | 'dark' }
  | { type: 'restore'; snapshot?: PanelSnapshot; attached?: AttachDone }
  | { type: 'attached'; done: AttachDone }
  | { type: 'answer'; id: number; value: DraftSource | boolean };

/** Frame → host. */
export type FrameMessage =
  | { type: 'size'; height: number }
  | { type: 'draft'; id: number }
  | { type: 'copyDiagnostics'; id: number; failedStage?: AttachStage }
  | { type: 'copyImage'; id: number; image: ImageBytes }
  | { type: 'attach'; imageId: string; image: AttachRequest }
  // The images only when they change: the rest changes with every keystroke in the prompt.
  | { type: 'keep'; snapshot: Omit<PanelSnapshot, 'images'> }
  | { type: 'keepImages'; images: PanelSnapshot['images'] };
