import type { KeyPhrase } from './types';
import { codePointIndexer } from './code-points';
import { blankOutNoise, HASHTAG_PATTERN } from './post-noise';
import { wholeWords } from './whole-words';

/** A stretch of the post (UTF-16 indexes) that could be a key phrase, and how good its kind is (0..1). */
export interface PhraseCandidate {
  start: number;
  end: number;
  weight: number;
}

export const MAX_KEY_PHRASES = 10;

/** Hashtags are the author's own choice of topic: the best key phrases a post has. */
const HASHTAG_WEIGHT = 0.9;
/** Each repetition closes this share of the gap to a perfect score. */
const REPETITION_GAIN = 0.3;

/**
 * Every hashtag, '#' included as Comprehend keeps it: the prompt cleaner then turns "#FutureOfWork"
 * into "Future Of Work", which it cannot do for a bare "FutureOfWork".
 */
export function hashtagCandidates(original: string): PhraseCandidate[] {
  return [...original.matchAll(HASHTAG_PATTERN)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    weight: HASHTAG_WEIGHT,
  }));
}

interface PhraseGroup {
  /** The earliest occurrence: its text and offsets stand for the group. */
  first: PhraseCandidate;
  weight: number;
  count: number;
}

/**
 * Merges repeated candidates (case-insensitively), scores them by kind and repetition, drops any
 * phrase already contained in a better one, and returns the best first, offsets in code points.
 */
export function rankKeyPhrases(original: string, candidates: readonly PhraseCandidate[]): KeyPhrase[] {
  const prose = normalised(blankOutNoise(original));
  const ranked = [...groupedByPhrase(original, candidates)]
    .map(([key, { first, weight, count }]) => {
      // "cloud security" also counts where it is part of "cloud security review".
      const repetitions = Math.max(count, prose.match(wholeWords(key))?.length ?? 0);
      return { key, first, score: 1 - (1 - weight) * (1 - REPETITION_GAIN) ** (repetitions - 1) };
    })
    .sort((a, b) => b.score - a.score || a.first.start - b.first.start);

  const kept: typeof ranked = [];
  for (const phrase of ranked) {
    if (kept.length === MAX_KEY_PHRASES) break;
    if (!kept.some((better) => ` ${better.key} `.includes(` ${phrase.key} `))) kept.push(phrase);
  }
  const toCodePoints = codePointIndexer(original);
  return kept.map(({ first, score }) => ({
    Text: original.slice(first.start, first.end),
    Score: Math.round(score * 1000) / 1000,
    BeginOffset: toCodePoints(first.start),
    EndOffset: toCodePoints(first.end),
  }));
}

function groupedByPhrase(original: string, candidates: readonly PhraseCandidate[]): Map<string, PhraseGroup> {
  const groups = new Map<string, PhraseGroup>();
  for (const candidate of candidates) {
    const key = normalised(original.slice(candidate.start, candidate.end));
    if (!key) continue;
    const group = groups.get(key);
    if (!group) groups.set(key, { first: candidate, weight: candidate.weight, count: 1 });
    else {
      group.count += 1;
      group.weight = Math.max(group.weight, candidate.weight);
      if (candidate.start < group.first.start) group.first = candidate;
    }
  }
  return groups;
}

/** The grouping key: "#AI" and "AI" are one phrase. */
const normalised = (phrase: string) =>
  phrase.normalize('NFC').toLowerCase().replace(/^#/u, '').replace(/\s+/gu, ' ').trim();
