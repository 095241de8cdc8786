import { findComposersIn, type Composer } from './composer';
import { addThroughMediaStep, type MediaStepOptions } from './media-step';
import { ATTACHED_IMAGE } from './selectors';
import { waitFor } from './wait';

const ATTACHED_TIMEOUT_MS = 10_000;
const PASTE_TIMEOUT_MS = 2_000;

/** Where attaching stopped, named for the sentence the user reads and for Copy diagnostics. */
export type AttachStage = 'composer-not-found' | 'media-control-missing' | 'media-step-not-ready' | 'file-rejected' | 'image-did-not-appear';

export type AttachResult =
  /** `earlier`: images the draft already held (LinkedIn restores a saved draft with its media). */
  | { ok: true; via: 'media-step' | 'paste'; altText: boolean; earlier: number }
  | { ok: false; stage: 'file-rejected'; linkedinMessage: string }
  | { ok: false; stage: 'media-control-missing'; linkPreview: boolean }
  | { ok: false; stage: 'composer-not-found' | 'media-step-not-ready' | 'image-did-not-appear' };

export type AttachOptions = MediaStepOptions;

/**
 * The composer as it is now: LinkedIn replaces the classic dialog node after the media step, so a composer that
 * left the page is followed to the one that took its place in the same root.
 */
function currentComposer(composer: Composer, root: Node): Composer | undefined {
  if (composer.dialog.isConnected) return composer;
  return root instanceof Document || root instanceof ShadowRoot ? findComposersIn(root).at(-1) : undefined;
}

function waitForMoreThan(composer: Composer, root: Node, count: number, timeoutMs: number): Promise<true | undefined> {
  const attached = () => currentComposer(composer, root)?.dialog.querySelectorAll(ATTACHED_IMAGE).length ?? 0;
  return waitFor(composer.dialog.ownerDocument, () => (attached() > count ? true : undefined), timeoutMs);
}

type PageWindow = typeof globalThis;
type FirefoxXray<T> = T & { wrappedJSObject?: T };

/**
 * A paste event carrying the file. Firefox copies only text into a synthetic event's clipboardData,
 * so there the page's own view of the event is given a DataTransfer made in the page's realm.
 */
function pasteEventWith(file: File): ClipboardEvent {
  const transfer = new DataTransfer();
  transfer.items.add(file);
  const event = new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true });
  const pageEvent = (event as FirefoxXray<ClipboardEvent>).wrappedJSObject;
  const pageWindow = (window as FirefoxXray<PageWindow>).wrappedJSObject;
  if (pageEvent && pageWindow) {
    const pageTransfer = new pageWindow.DataTransfer();
    pageTransfer.items.add(file);
    Object.defineProperty(pageEvent, 'clipboardData', { value: pageTransfer });
  }
  return event;
}

/** Some composers take a pasted image; LinkedIn's editor ignores synthetic pastes, hence only a fallback. */
async function addByPaste(composer: Composer, root: Node, count: number, file: File): Promise<boolean> {
  const now = currentComposer(composer, root);
  if (!now) return false;
  now.editor.dispatchEvent(pasteEventWith(file));
  return (await waitForMoreThan(now, root, count, PASTE_TIMEOUT_MS)) === true;
}

/**
 * Attaches the image to `composer` (the one the panel was opened for) the way LinkedIn accepts one from a person:
 * through its media step, or a paste where the composer takes one. Adds exactly one image to what the draft
 * already holds, never writes to the draft, never presses Discard.
 */
export async function attachImage(composer: Composer | undefined, file: File, options: AttachOptions = {}): Promise<AttachResult> {
  if (!composer?.dialog.isConnected) return { ok: false, stage: 'composer-not-found' };
  const root = composer.dialog.getRootNode();
  const before = composer.dialog.querySelectorAll(ATTACHED_IMAGE).length;

  const media = await addThroughMediaStep(composer, file, options);
  if (media.kind === 'rejected') return { ok: false, stage: 'file-rejected', linkedinMessage: media.linkedinMessage };
  if (media.kind === 'accepted') {
    const attached = await waitForMoreThan(composer, root, before, ATTACHED_TIMEOUT_MS);
    return attached ? { ok: true, via: 'media-step', altText: media.altText, earlier: before } : { ok: false, stage: 'image-did-not-appear' };
  }
  if (media.kind === 'no-media-control' && media.linkPreview) return { ok: false, stage: 'media-control-missing', linkPreview: true };
  if (await addByPaste(composer, root, before, file)) return { ok: true, via: 'paste', altText: false, earlier: before };
  return media.kind === 'no-media-control' ? { ok: false, stage: 'media-control-missing', linkPreview: false } : { ok: false, stage: 'media-step-not-ready' };
}
