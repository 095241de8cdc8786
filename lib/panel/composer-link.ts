import type { AttachResult, AttachStage } from '../linkedin/attach';
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
  /** The composer's markup skeleton and versions with the stage attaching stopped at (never the draft), for a bug report. */
  diagnostics(failedStage: AttachStage | undefined): Promise<string>;
}

export type DraftSource = { draft: string } | { sentence: string };

export interface AttachRequest {
  dataUrl: string;
  mimeType: string;
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

/** What outlives the frame when LinkedIn replaces the composer's nodes (after every media step): no image bytes. */
export type PanelSnapshot = Omit<PanelState, 'images' | 'partial' | 'context' | 'comparison'>;

export function snapshotOf({ images: _images, partial: _partial, context: _context, comparison: _comparison, ...kept }: PanelState): PanelSnapshot {
  return kept;
}
