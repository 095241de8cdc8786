import RANKED_EMOJI from 'sentiment/build/emoji.json';
import { EMOJI_PATTERN } from './post-noise';

/**
 * The sentiment package's emoji scores (Emoji Sentiment Ranking), with the emoji it lacks that
 * LinkedIn posts use, and two fixes: that ranking calls 📉 and ❌ positive.
 */
const EMOJI_SCORES: Readonly<Record<string, number>> = {
  ...(RANKED_EMOJI as Record<string, number>),
  '🥳': 3, '🤩': 3, '🥰': 3, '🧡': 3, '🤗': 2, '🔥': 2, '💯': 2, '🤝': 2, '🤍': 2, '🙂': 1,
  '😢': -2, '😥': -2, '😟': -2, '🙁': -2, '🥺': -1, '🤬': -3, '📉': -2, '❌': -1,
};

/** Presentation selectors and skin tones do not change what an emoji says. */
const VARIANT_MARKS = /[\uFE0E\uFE0F\u{1F3FB}-\u{1F3FF}]/gu;

/** The score of every emoji in the text that has one, in order. */
export function emojiScores(text: string): number[] {
  const scores: number[] = [];
  for (const [emoji] of text.matchAll(EMOJI_PATTERN)) {
    const score = EMOJI_SCORES[emoji.replace(VARIANT_MARKS, '')];
    if (score !== undefined) scores.push(score);
  }
  return scores;
}
