import type { AttachResult } from '../linkedin/attach';

type AttachFailure = Exclude<AttachResult, { ok: true }>;

export const EMPTY_DRAFT = 'Write your post first: the image is made from its text.';
export const NO_COMPOSER = 'The post editor is closed. Open “Start a post” again: your image is kept here.';

/** What to tell the user when the image did not reach the post; the image stays in the panel. */
export function attachFailureSentence(failure: AttachFailure, copied: boolean): string {
  if (failure.reason === 'rejected') {
    return `LinkedIn did not accept the image: “${failure.linkedinMessage}” Your image is kept here: press Add to post to try again, or download it and add it with LinkedIn’s photo button.`;
  }
  if (failure.reason === 'no-composer') return NO_COMPOSER;
  return copied
    ? 'LinkedIn did not take the image automatically, so it is on your clipboard: click in your post and press Ctrl+V (⌘V on a Mac), or press Download image and add it with LinkedIn’s photo button.'
    : 'LinkedIn did not take the image automatically. Press Download image, then add it with LinkedIn’s photo button.';
}
