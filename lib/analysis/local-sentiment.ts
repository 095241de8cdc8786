import Sentiment from 'sentiment';
import type { Sentiment as SentimentLabel, SentimentScore } from './types';
import { emojiScores } from './emoji-sentiment';
import type { LanguageGuess } from './language';
import { EMOJI_PATTERN } from './post-noise';
import { hasLexicon, languageModule, LEXICON_LANGUAGES, type LexiconLanguage } from './sentiment-lexicons';

const afinn = new Sentiment();
for (const code of LEXICON_LANGUAGES) afinn.registerLanguage(code, languageModule(code));

/**
 * How much a text without sentiment words is trusted to be neutral: fully with English's 3,400-word
 * AFINN list, partly with a small list or an unsure language, hardly when only emoji can be read.
 */
type Coverage = 'full' | 'partial' | 'emoji-only';

const NEUTRAL_PRIOR: Record<Coverage, number> = { full: 1, partial: 0.7, 'emoji-only': 0.4 };

/** A word (or emoji) scoring at least this much either way is a strong one (AFINN runs -5..5). */
const STRONG_SCORE = 2;

export interface SentimentResult {
  sentiment: SentimentLabel;
  sentimentScore: SentimentScore;
}

/** Sentiment of a post whose links and handles are already blanked out. */
export function scoreLocalSentiment(prose: string, language: LanguageGuess): SentimentResult {
  const lexicon = lexiconFor(language);
  const coverage: Coverage = !lexicon ? 'emoji-only' : lexicon === 'en' && language.confident ? 'full' : 'partial';
  const words = wordsOnly(prose, lexicon);
  const scores = [...(lexicon ? wordScores(words, lexicon) : []), ...emojiScores(prose)];
  const wordCount = words.split(' ').filter(Boolean).length;
  return labelled(blend(scores, wordCount, NEUTRAL_PRIOR[coverage]));
}

type SentimentLanguage = LexiconLanguage | 'en';

/** English when unsure: on LinkedIn it is the likeliest, and AFINN's words rarely occur in other languages. */
function lexiconFor(language: LanguageGuess): SentimentLanguage | undefined {
  if (hasLexicon(language.code)) return language.code;
  return language.code === 'en' || !language.confident ? 'en' : undefined;
}

const NON_WORD = /[^\p{L}\p{M}\p{N}]+/gu;
/** English keeps its apostrophes: the negators "don't" and "isn't" are spelled with them. */
const NON_WORD_BUT_APOSTROPHE = /[^\p{L}\p{M}\p{N}']+/gu;

/** Lower-case words split the way the lists spell them (French "j'adore" → "j adore"). */
function wordsOnly(prose: string, lexicon: string | undefined): string {
  return prose
    .normalize('NFC')
    .replace(EMOJI_PATTERN, ' ')
    .replace(/[’`]/g, "'")
    .replace(lexicon === 'en' ? NON_WORD_BUT_APOSTROPHE : NON_WORD, ' ')
    .trim()
    .toLowerCase();
}

function wordScores(words: string, lexicon: SentimentLanguage): number[] {
  return afinn.analyze(words, { language: lexicon }).calculation.flatMap((entry) => Object.values(entry));
}

/**
 * Evidence (sentiment words and emoji) moves the scores away from the neutral prior; a longer post
 * needs more of it. Strong words on both sides make it MIXED in proportion to how balanced they are.
 */
function blend(scores: number[], wordCount: number, neutralPrior: number): SentimentScore {
  const otherPrior = (1 - neutralPrior) / 3;
  const prior = { Positive: otherPrior, Negative: otherPrior, Mixed: otherPrior, Neutral: neutralPrior };
  const positive = sum(scores.filter((score) => score > 0));
  const negative = -sum(scores.filter((score) => score < 0));
  const evidence = positive + negative;
  if (evidence === 0) return prior;
  const strength = evidence / (evidence + 1.5 + wordCount / 25);
  const bothStrong = scores.some((s) => s >= STRONG_SCORE) && scores.some((s) => s <= -STRONG_SCORE);
  const mixed = bothStrong ? (2 * Math.min(positive, negative)) / evidence : 0;
  const weigh = (priorShare: number, evidenceShare: number) => (1 - strength) * priorShare + strength * evidenceShare;
  return {
    Positive: weigh(prior.Positive, (positive / evidence) * (1 - mixed)),
    Negative: weigh(prior.Negative, (negative / evidence) * (1 - mixed)),
    Mixed: weigh(prior.Mixed, mixed),
    Neutral: weigh(prior.Neutral, 0),
  };
}

const LABELS: Record<keyof SentimentScore, SentimentLabel> = {
  Positive: 'POSITIVE',
  Negative: 'NEGATIVE',
  Mixed: 'MIXED',
  Neutral: 'NEUTRAL',
};

/** The label is the highest score; ties go to NEUTRAL, the claim that needs no evidence. */
function labelled(sentimentScore: SentimentScore): SentimentResult {
  const order = ['Neutral', 'Positive', 'Negative', 'Mixed'] as const;
  const top = order.reduce((best, key) => (sentimentScore[key] > sentimentScore[best] ? key : best));
  return { sentiment: LABELS[top], sentimentScore };
}

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
