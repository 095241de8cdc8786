import type { PhraseCandidate } from './key-phrases';
import { stopwordsOf } from './stopwords';

/** A content word has no noun-phrase grammar to back it, so it starts lower than an English phrase. */
const WORD_WEIGHT = 0.4;
/** Shorter words in alphabetic scripts are mostly particles and pronouns. */
const MIN_ALPHABETIC_LENGTH = 4;
/** One Han character or syllable block is usually a particle; two make a word. */
const MIN_CJK_LENGTH = 2;

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
/** Japanese words written only in hiragana are grammar ("です", "こと"); content words use kanji or katakana. */
const HIRAGANA_ONLY = /^\p{Script=Hiragana}+$/u;
const HAS_LETTER = /\p{L}/u;

/**
 * Every occurrence of a content word, for languages compromise cannot parse. Intl.Segmenter finds
 * word boundaries in Japanese and Chinese too, which have no spaces between words.
 */
export function frequentWordCandidates(prose: string, languageCode: string): PhraseCandidate[] {
  const stopwords = stopwordsOf(languageCode);
  const segmenter = new Intl.Segmenter(languageCode === 'und' ? undefined : languageCode, { granularity: 'word' });
  const candidates: PhraseCandidate[] = [];
  for (const { segment, index, isWordLike } of segmenter.segment(prose)) {
    if (isWordLike && isContentWord(segment, stopwords)) {
      candidates.push({ start: index, end: index + segment.length, weight: WORD_WEIGHT });
    }
  }
  return candidates;
}

function isContentWord(word: string, stopwords: ReadonlySet<string>): boolean {
  if (!HAS_LETTER.test(word) || stopwords.has(word.toLowerCase())) return false;
  const length = [...word].length;
  if (!CJK.test(word)) return length >= MIN_ALPHABETIC_LENGTH;
  return length >= MIN_CJK_LENGTH && !HIRAGANA_ONLY.test(word);
}
