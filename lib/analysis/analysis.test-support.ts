import type { Analysis, Entity, Sentiment } from './types';

/** Test-only: an analysis as the local analyser would return it, key phrases strongest first. */
export function testAnalysis(sentiment: Sentiment = 'POSITIVE', keyPhrases: string[] = [], entities: Entity[] = []): Analysis {
  return {
    languageCode: 'en',
    languageScore: 1,
    sentiment,
    sentimentScore: {
      Positive: sentiment === 'POSITIVE' ? 1 : 0,
      Negative: sentiment === 'NEGATIVE' ? 1 : 0,
      Neutral: sentiment === 'NEUTRAL' ? 1 : 0,
      Mixed: sentiment === 'MIXED' ? 1 : 0,
    },
    keyPhrases: keyPhrases.map((Text, index) => ({ Text, Score: 1 / (index + 1), BeginOffset: 0, EndOffset: 0 })),
    entities,
    analyser: 'local',
    note: '',
  };
}
