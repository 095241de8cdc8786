import { readDraft, type Composer } from '../linkedin/composer';
import { MAX_DRAFT_CHARS } from '../messaging/schemas';
import { trimToChars } from '../text/trim';
import { EMPTY_DRAFT, NO_COMPOSER } from './sentences';

/** The draft in the panel's composer, or a sentence saying why there is nothing to make an image from. */
export function draftOrSentence(composer: Composer | undefined): { draft: string } | { sentence: string } {
  if (!composer) return { sentence: NO_COMPOSER };
  const draft = readDraft(composer);
  // Emoji alone still say something to draw; LinkedIn stops far below the worker's limit, so a longer paste is cut.
  const meaningful = /[\p{L}\p{N}\p{Extended_Pictographic}]/u.test(draft);
  return meaningful ? { draft: trimToChars(draft, MAX_DRAFT_CHARS) } : { sentence: EMPTY_DRAFT };
}
