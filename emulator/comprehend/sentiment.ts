import type { SentimentScore as ComprehendScore, SentimentType as Sentiment } from '@aws-sdk/client-comprehend';
import { NEGATIVE_WORDS, NEGATORS, POSITIVE_WORDS } from './lexicon';
import { roundScore, tokenise } from './tokens';

/** Comprehend always sends all four scores. */
type SentimentScore = Required<ComprehendScore>;

/** Languages written without spaces between words: their sentiment words are found as substrings. */
const UNSPACED = new Set(['ja', 'zh', 'zh-TW', 'ko']);

/** DetectSentiment's answer, from counting the language's positive and negative words. */
export function detectSentiment(text: string, languageCode: string): { Sentiment: Sentiment; SentimentScore: SentimentScore } {
  const language = languageCode === 'zh-TW' ? 'zh' : languageCode;
  const { positive, negative } = UNSPACED.has(language) ? countSubstrings(text, language) : countWords(text, language);
  // Raw weights: a constant pull towards neutral, and "mixed" grows with the weaker of the two sides.
  const weights = {
    Positive: positive,
    Negative: negative,
    Neutral: 0.5,
    Mixed: positive > 0 && negative > 0 ? Math.min(positive, negative) * 1.5 : 0,
  };
  const total = weights.Positive + weights.Negative + weights.Neutral + weights.Mixed;
  const score: SentimentScore = {
    Positive: roundScore(weights.Positive / total),
    Negative: roundScore(weights.Negative / total),
    Neutral: roundScore(weights.Neutral / total),
    Mixed: roundScore(weights.Mixed / total),
  };
  return { Sentiment: strongest(score), SentimentScore: score };
}

function countWords(text: string, language: string): { positive: number; negative: number } {
  const positive = matcher(POSITIVE_WORDS[language] ?? []);
  const negative = matcher(NEGATIVE_WORDS[language] ?? []);
  const counts = { positive: 0, negative: 0 };
  const tokens = tokenise(text);
  tokens.forEach((token, index) => {
    const polarity = positive(token.lower) ? 1 : negative(token.lower) ? -1 : 0;
    if (polarity === 0) return;
    const negated = tokens.slice(Math.max(0, index - 2), index).some((before) => NEGATORS.has(before.lower));
    if (polarity * (negated ? -1 : 1) > 0) counts.positive += 1;
    else counts.negative += 1;
  });
  return counts;
}

function countSubstrings(text: string, language: string): { positive: number; negative: number } {
  const occurrences = (words: readonly string[]) => words.reduce((sum, word) => sum + text.split(word).length - 1, 0);
  return { positive: occurrences(POSITIVE_WORDS[language] ?? []), negative: occurrences(NEGATIVE_WORDS[language] ?? []) };
}

/** A test for one word against a list where "stem*" matches by prefix. */
function matcher(list: readonly string[]): (word: string) => boolean {
  const exact = new Set(list.filter((entry) => !entry.endsWith('*')));
  const stems = list.filter((entry) => entry.endsWith('*')).map((entry) => entry.slice(0, -1));
  return (word) => exact.has(word) || stems.some((stem) => word.startsWith(stem));
}

function strongest(score: SentimentScore): Sentiment {
  const ranked = (Object.entries(score) as Array<[keyof SentimentScore, number]>).sort((a, b) => b[1] - a[1]);
  return ranked[0]![0].toUpperCase() as Sentiment;
}
