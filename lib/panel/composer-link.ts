import type { AttachResult, AttachStage } from '../linkedin/attach';
import type { ImageForPage } from '../messaging/protocol';
import type { PanelState } from './state';

/**
 * The composer as the panel reaches it. The panel is an extension page framed into LinkedIn's
 * composer; its host, our content script beside that one composer, reads the draft and attaches.
 */
export interface ComposerLink {
  draft(): Promise<DraftSource>;
  /** Asks the host to attach; the outcome comes back as an AttachDone, to whichever panel is showing then. */
  attach(imageId: string, image: AttachRequest): void;
  /** Leaves what the panel shows with the host, for the panel LinkedIn's next render of the composer gets. */
  keep(snapshot: PanelSnapshot): void;
  /** Puts the image on the clipboard from LinkedIn's page, as the attach fallback does (lib/frame/composer-glue.ts says why). */
  copyImage(image: ImageBytes): Promise<boolean>;
  /** Puts the composer's markup skeleton and versions, with the stage attaching stopped at (never the draft), on the clipboard for a bug report. */
  copyDiagnostics(failedStage: AttachStage | undefined): Promise<boolean>;
}

export type DraftSource = { draft: string } | { sentence: string };

export type ImageBytes = Pick<ImageForPage, 'dataUrl' | 'mimeType'>;

export interface AttachRequest extends ImageBytes {
  fileName: string;
  /** What the person left in the panel's alt-text field, for LinkedIn's alt-text step. */
  altText?: string;
}

export interface AttachOutcome {
  result: AttachResult;
  /** LinkedIn would not take it, so it went to the clipboard instead. */
  copied: boolean;
}

export interface AttachDone {
  imageId: string;
  outcome: AttachOutcome;
}

/**
 * What outlives the frame when LinkedIn replaces the composer's nodes (after every media step), the
 * images too: a free one is in no history, and a failed attach leaves the person retrying with it.
 */
export type PanelSnapshot = Omit<PanelState, 'partial' | 'context' | 'comparison'>;

export function snapshotOf({ partial: _partial, context: _context, comparison: _comparison, ...kept }: PanelState): PanelSnapshot {
  return kept;
}
