import { findComposers } from './composer';
import { addThroughMediaStep } from './media-step';
import { ATTACHED_IMAGE } from './selectors';
import { waitFor } from './wait';

const ATTACHED_TIMEOUT_MS = 10_000;
const PASTE_TIMEOUT_MS = 2_000;

export type AttachResult =
  | { ok: true; via: 'media-step' | 'paste' }
  | { ok: false; reason: 'rejected'; linkedinMessage: string }
  | { ok: false; reason: 'no-composer' | 'not-attached' };

function attachedCount(doc: Document): number {
  return findComposers(doc)[0]?.dialog.querySelectorAll(ATTACHED_IMAGE).length ?? 0;
}

function waitForMoreThan(doc: Document, count: number, timeoutMs: number): Promise<true | undefined> {
  return waitFor(doc, () => (attachedCount(doc) > count ? true : undefined), timeoutMs);
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
async function addByPaste(doc: Document, count: number, file: File): Promise<boolean> {
  const composer = findComposers(doc)[0];
  if (!composer) return false;
  composer.editor.dispatchEvent(pasteEventWith(file));
  return (await waitForMoreThan(doc, count, PASTE_TIMEOUT_MS)) === true;
}

/**
 * Attaches the image the way LinkedIn accepts one from a person: through its "Add media" step, or a
 * paste where the composer takes one. Never writes to the draft.
 */
export async function attachImage(doc: Document, file: File): Promise<AttachResult> {
  const composer = findComposers(doc)[0];
  if (!composer) return { ok: false, reason: 'no-composer' };
  const before = attachedCount(doc);

  const media = await addThroughMediaStep(doc, composer, file);
  if (media.kind === 'rejected') return { ok: false, reason: 'rejected', linkedinMessage: media.linkedinMessage };
  if (media.kind === 'accepted') {
    const attached = await waitForMoreThan(doc, before, ATTACHED_TIMEOUT_MS);
    return attached ? { ok: true, via: 'media-step' } : { ok: false, reason: 'not-attached' };
  }
  return (await addByPaste(doc, before, file)) ? { ok: true, via: 'paste' } : { ok: false, reason: 'not-attached' };
}
