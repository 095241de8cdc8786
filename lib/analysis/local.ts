import type { Analysis, Entity } from './types';
import { englishEntities } from './english-entities';
import { englishKeyPhrases } from './english-key-phrases';
import { parseEnglish } from './english-terms';
import { frequentWordCandidates } from './frequent-words';
import { hashtagCandidates, rankKeyPhrases, type PhraseCandidate } from './key-phrases';
import { guessLanguage } from './language';
import { scoreLocalSentiment } from './local-sentiment';
import { blankOutNoise } from './post-noise';

/**
 * Analyses a post in the browser, with no service: the same shape as Comprehend's answer, so the
 * rest of the extension cannot tell the two apart (except by `analyser` and `note`).
 * Key-phrase offsets count code points, as Comprehend's do.
 */
export function analyseLocally(text: string, note: string): Analysis {
  // Links and handles become spaces of the same length, so offsets into `prose` are offsets into `text`.
  const prose = blankOutNoise(text);
  const language = guessLanguage(text);
  const { sentiment, sentimentScore } = scoreLocalSentiment(prose, language);
  const { candidates, entities } = language.code === 'en' ? readEnglish(prose, text) : readByFrequency(prose, language.code);
  return {
    languageCode: language.code,
    languageScore: language.score,
    sentiment,
    sentimentScore,
    keyPhrases: rankKeyPhrases(text, [...hashtagCandidates(text), ...candidates]),
    entities,
    analyser: 'local',
    note,
  };
}

interface Reading {
  candidates: PhraseCandidate[];
  entities: Entity[];
}

function readEnglish(prose: string, original: string): Reading {
  const doc = parseEnglish(prose);
  return { candidates: englishKeyPhrases(doc, original), entities: englishEntities(doc, original) };
}

/** compromise only knows English; other languages get their most frequent content words, and no entities. */
function readByFrequency(prose: string, languageCode: string): Reading {
  return { candidates: frequentWordCandidates(prose, languageCode), entities: [] };
}
