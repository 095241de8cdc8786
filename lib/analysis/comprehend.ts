import {
  ComprehendClient,
  DetectDominantLanguageCommand,
  DetectEntitiesCommand,
  DetectKeyPhrasesCommand,
  DetectSentimentCommand,
  type LanguageCode,
} from '@aws-sdk/client-comprehend';
import { awsClientConfig } from '../aws/client-config';
import type { AwsCredentialSource } from '../aws/credentials';
import { trimToUtf8Bytes } from '../text/trim';
import { comprehendFailureSentence, UnsupportedComprehendLanguageError } from './comprehend-failure';
import { guessLanguage, isComprehendLanguage } from './language';
import { analyseLocally } from './local';
import type { Analysis, Entity, KeyPhrase } from './types';

export { comprehendFailureSentence } from './comprehend-failure';

/** Amazon Comprehend's request limits, in UTF-8 bytes. */
export const COMPREHEND_LIMITS = { sentimentBytes: 5000, otherBytes: 100_000 } as const;

export interface ComprehendConfig {
  region: string;
  /** Another endpoint than AWS's, e.g. the project's emulator. */
  endpoint?: string;
  credentials: AwsCredentialSource;
  /**
   * The user's "keep names" preference. The analyser fetches entities either way: the prompt builder
   * needs them to take names out when this is false.
   */
  includeEntities: boolean;
  /** Attempts per call, retries included (AWS's default is 3). */
  maxAttempts?: number;
  /** An SDK request handler or its options; tests in Node may pass their own. */
  requestHandler?: unknown;
}

/** Long enough for a slow network, short enough that the panel does not hang on a dead one. */
const REQUEST_TIMEOUT_MS = 10_000;
/** The panel's message schema takes at most this many of each. */
const MAX_KEY_PHRASES = 50;
const MAX_ENTITIES = 100;

/** Sentiment, key phrases and entities from Amazon Comprehend; throws on any failure (see prepareAnalysis). */
export async function analyseWithComprehend(text: string, config: ComprehendConfig): Promise<Analysis> {
  const client = createClient(config);
  // Once one call fails, the analysis gives up: the others are closed too, so nothing waits behind them.
  const calls = new AbortController();
  const options = { abortSignal: calls.signal };
  try {
    const language = await languageOf(text, client, options);
    if (!isComprehendLanguage(language.code)) throw new UnsupportedComprehendLanguageError(language.code);
    const LanguageCode = language.code as LanguageCode;
    const longText = trimToUtf8Bytes(text, COMPREHEND_LIMITS.otherBytes);
    // Three independent calls at once: preparation costs one round trip, not three.
    const [sentiment, phrases, entities] = await Promise.all([
      client.send(new DetectSentimentCommand({ Text: trimToUtf8Bytes(text, COMPREHEND_LIMITS.sentimentBytes), LanguageCode }), options),
      client.send(new DetectKeyPhrasesCommand({ Text: longText, LanguageCode }), options),
      client.send(new DetectEntitiesCommand({ Text: longText, LanguageCode }), options),
    ]);
    const score = sentiment.SentimentScore;
    return {
      languageCode: language.code,
      languageScore: language.score,
      sentiment: sentiment.Sentiment ?? 'NEUTRAL',
      sentimentScore: { Positive: score?.Positive ?? 0, Negative: score?.Negative ?? 0, Neutral: score?.Neutral ?? 1, Mixed: score?.Mixed ?? 0 },
      keyPhrases: keyPhrasesOf(phrases.KeyPhrases ?? []),
      entities: entitiesOf(entities.Entities ?? []),
      analyser: 'comprehend',
      note: `Analysed by Amazon Comprehend (${config.region}).`,
    };
  } finally {
    calls.abort();
    client.destroy();
  }
}

/** Comprehend when it can, else the on-device analyser, with one sentence saying which ran and why. */
export async function prepareAnalysis(text: string, config: ComprehendConfig | undefined): Promise<Analysis> {
  if (!config) return analyseLocally(text, 'Analysed on this device: no AWS credentials are set.');
  if (!/\p{L}/u.test(text)) return analyseLocally(text, 'Analysed on this device: the post has no words to send to Amazon Comprehend.');
  try {
    return await analyseWithComprehend(text, config);
  } catch (error) {
    return analyseLocally(text, `Analysed on this device: ${comprehendFailureSentence(error)}`);
  }
}

/** One cheap real call, for the options page's "Test Comprehend" button. */
export async function testComprehend(config: ComprehendConfig): Promise<{ ok: boolean; sentence: string }> {
  const client = createClient(config);
  try {
    await client.send(new DetectDominantLanguageCommand({ Text: 'Checking that Post to Image can reach Amazon Comprehend.' }));
    return { ok: true, sentence: `Amazon Comprehend answered from ${config.region}: the AWS settings work.` };
  } catch (error) {
    return { ok: false, sentence: comprehendFailureSentence(error) };
  } finally {
    client.destroy();
  }
}

function createClient(config: ComprehendConfig): ComprehendClient {
  return new ComprehendClient(awsClientConfig(config, REQUEST_TIMEOUT_MS));
}

/** The on-device guess when it is sure (no call); otherwise Comprehend's DetectDominantLanguage. */
async function languageOf(text: string, client: ComprehendClient, options: { abortSignal: AbortSignal }): Promise<{ code: string; score: number }> {
  const guess = guessLanguage(text);
  if (guess.confident) return guess;
  const { Languages = [] } = await client.send(
    new DetectDominantLanguageCommand({ Text: trimToUtf8Bytes(text, COMPREHEND_LIMITS.otherBytes) }),
    options,
  );
  const [best] = [...Languages].sort((a, b) => (b.Score ?? 0) - (a.Score ?? 0));
  return best?.LanguageCode ? { code: best.LanguageCode, score: best.Score ?? 0 } : guess;
}

function keyPhrasesOf(phrases: Array<{ Text?: string; Score?: number; BeginOffset?: number; EndOffset?: number }>): KeyPhrase[] {
  const complete = phrases.flatMap(({ Text, Score = 0, BeginOffset = 0, EndOffset = 0 }) => (Text ? [{ Text, Score, BeginOffset, EndOffset }] : []));
  return firstOfEach(complete, (phrase) => phrase.Text.toLowerCase(), MAX_KEY_PHRASES);
}

function entitiesOf(entities: Array<{ Text?: string; Type?: Entity['Type']; Score?: number }>): Entity[] {
  const complete = entities.flatMap(({ Text, Type = 'OTHER', Score = 0 }) => (Text ? [{ Text, Type, Score }] : []));
  return firstOfEach(complete, (entity) => `${entity.Type}:${entity.Text}`, MAX_ENTITIES);
}

/** Comprehend reports every occurrence; the panel wants each thing once, in text order. */
function firstOfEach<T>(items: readonly T[], keyOf: (item: T) => string, max: number): T[] {
  const seen = new Set<string>();
  return items.filter((item) => !seen.has(keyOf(item)) && seen.add(keyOf(item))).slice(0, max);
}
