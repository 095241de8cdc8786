import {
  CONTROL_PATTERN,
  EMOJI_PATTERN,
  HASHTAG_PATTERN,
  INVISIBLE_PATTERN,
  MENTION_PATTERN,
  STRAY_JOINER_PATTERN,
  URL_PATTERN,
} from '../analysis/post-noise';
import { trimToChars } from '../text/trim';

export const HEADLINE_MAX_CHARS = 140;

/** A sentence with fewer letters or digits than this ("Big news!", "🚀 Update:") is a lead-in, not the message. */
const MIN_MEANINGFUL_CHARACTERS = 8;

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/gu;

/**
 * The post as plain prose for a prompt or a caption: no links, no @handles, hashtags as words
 * ("#FutureOfWork" → "Future Of Work"), no emoji or invisible characters, single spaces.
 */
export function cleanPostText(text: string): string {
  return text
    .toWellFormed()
    .normalize('NFC')
    .replace(URL_PATTERN, ' ')
    .replace(MENTION_PATTERN, ' ')
    .replace(HASHTAG_PATTERN, (_tag, word: string) => wordsOfHashtag(word))
    .replace(EMOJI_PATTERN, ' ')
    .replace(INVISIBLE_PATTERN, '')
    .replace(STRAY_JOINER_PATTERN, '')
    .replace(CONTROL_PATTERN, ' ')
    .replace(/\s+/gu, ' ')
    // What was removed may leave "Thanks !" or "Read more:." behind.
    .replace(/ ([,.!?;:)\]}…])/gu, '$1')
    .replace(/[,;:]+(?=[.!?…])/gu, '')
    .trim();
}

/** "FutureOfWork" → "Future Of Work", "GenAI" → "Gen AI", "web3_summit" → "web3 summit". */
function wordsOfHashtag(word: string): string {
  return word
    .replace(/_+/gu, ' ')
    .replace(/([\p{Ll}\p{N}])(\p{Lu})/gu, '$1 $2')
    .replace(/(\p{Lu})(\p{Lu}\p{Ll})/gu, '$1 $2')
    .trim();
}

const sentences = new Intl.Segmenter(undefined, { granularity: 'sentence' });

/**
 * The post's key message for a caption: its first meaningful sentence or line, cleaned, at most
 * HEADLINE_MAX_CHARS long (cut with an ellipsis). Never empty when the post has a letter or digit.
 */
export function headlineOf(text: string): string {
  const candidates = text
    .split(/\r\n|[\n\r\u2028\u2029]/u)
    .flatMap((line) => [...sentences.segment(line)].map(({ segment }) => cleanPostText(segment)))
    .filter((sentence) => letterOrDigitCount(sentence) > 0);
  const headline =
    candidates.find((sentence) => letterOrDigitCount(sentence) >= MIN_MEANINGFUL_CHARACTERS) ??
    candidates[0] ??
    // Only links, handles or emoji: their letters are all there is.
    (text.toWellFormed().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');
  return headline.length <= HEADLINE_MAX_CHARS ? headline : withEllipsis(headline);
}

function withEllipsis(headline: string): string {
  const cut = trimToChars(headline, HEADLINE_MAX_CHARS - 1).replace(/[\s\p{P}]+$/u, '');
  return `${cut || trimToChars(headline, HEADLINE_MAX_CHARS - 1)}…`;
}

const letterOrDigitCount = (text: string) => text.match(LETTER_OR_DIGIT)?.length ?? 0;
