/** The analysis shape is Comprehend's, so the local analyser and Comprehend are interchangeable. */
export type Sentiment = 'POSITIVE' | 'NEGATIVE' | 'NEUTRAL' | 'MIXED';

export interface SentimentScore {
  Positive: number;
  Negative: number;
  Neutral: number;
  Mixed: number;
}

export interface KeyPhrase {
  Text: string;
  Score: number;
  BeginOffset: number;
  EndOffset: number;
}

export type EntityType =
  | 'PERSON'
  | 'LOCATION'
  | 'ORGANIZATION'
  | 'COMMERCIAL_ITEM'
  | 'EVENT'
  | 'DATE'
  | 'QUANTITY'
  | 'TITLE'
  | 'OTHER';

export interface Entity {
  Text: string;
  Type: EntityType;
  Score: number;
}

export type AnalyserId = 'local' | 'comprehend';

export interface Analysis {
  /** ISO 639-1 code ("en", "sv", "zh-TW"), or "und" when the text gives no clue. */
  languageCode: string;
  /** 0..1: how sure the language guess is. */
  languageScore: number;
  sentiment: Sentiment;
  sentimentScore: SentimentScore;
  keyPhrases: KeyPhrase[];
  entities: Entity[];
  analyser: AnalyserId;
  /** One sentence for the panel: which analyser ran and why. */
  note: string;
}

export type Mood = 'happy' | 'sad' | 'neutral';

/** The original system's mapping: positive → happy, negative → sad, neutral or mixed → neutral. */
export function moodOf(sentiment: Sentiment): Mood {
  if (sentiment === 'POSITIVE') return 'happy';
  if (sentiment === 'NEGATIVE') return 'sad';
  return 'neutral';
}
