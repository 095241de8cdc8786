import type { AttachResult } from '../linkedin/attach';

type AttachFailure = Exclude<AttachResult, { ok: true }>;

export const EMPTY_DRAFT = 'Write your post first: the image is made from its text.';
export const NO_COMPOSER = 'The post editor is closed. Open “Start a post” again: your image is kept here.';

export const COPIED = 'The image is on your clipboard: click in your post and press Ctrl+V (⌘V on a Mac).';
export const COPY_REFUSED = 'Your browser did not let Post to Image use the clipboard: press Download image and add it with LinkedIn’s photo button.';

export const DIAGNOSTICS_COPIED = 'Diagnostics are on your clipboard (the page’s markup and versions, none of your text): paste them into your bug report.';

/** What went wrong, named by the stage where LinkedIn stopped taking the image. */
function stageSentence(failure: AttachFailure): string {
  switch (failure.stage) {
    case 'composer-not-found':
      return 'The post editor this panel belongs to is closed: open “Start a post” again and press Add to post.';
    case 'media-control-missing':
      return failure.linkPreview
        ? 'LinkedIn shows no Media button while your post has a link preview: remove the preview (its ✕) and press Add to post again.'
        : 'Post to Image could not find LinkedIn’s Media button in this post editor.';
    case 'media-step-not-ready':
      return 'LinkedIn’s media step did not become ready; close its media editor if it is still open.';
    case 'file-rejected':
      return `LinkedIn did not accept the image: “${failure.linkedinMessage}”`;
    case 'image-did-not-appear':
      return 'LinkedIn’s media step finished, but the image did not appear in your post; check LinkedIn’s media editor.';
  }
}

/** The manual path, offered after every failure: the image stays in the panel and its history. */
function manualPath(copied: boolean): string {
  return copied
    ? 'The image is on your clipboard: click in your post and press Ctrl+V (⌘V on a Mac), or press Download image and add it with LinkedIn’s photo button.'
    : 'Press Copy image, then click in your post and press Ctrl+V (⌘V on a Mac), or press Download image and add it with LinkedIn’s photo button.';
}

/** What to tell the user when the image did not reach the post. */
export function attachFailureSentence(failure: AttachFailure, copied: boolean): string {
  return `${stageSentence(failure)} ${manualPath(copied)}`;
}

/** After a success, what the user should know: images a restored draft already held, alt text not filled. */
export function attachedNote(result: Extract<AttachResult, { ok: true }>, altTextAsked: boolean): string | undefined {
  const notes = [
    result.earlier > 0 && `Your draft already had ${result.earlier === 1 ? 'an image' : `${result.earlier} images`}; one more was added. Remove any you do not want in LinkedIn’s composer.`,
    altTextAsked && !result.altText && 'LinkedIn offered no alt-text step here: add the alt text in LinkedIn’s media editor if you want it.',
  ].filter(Boolean);
  return notes.length > 0 ? notes.join(' ') : undefined;
}
