import {
  type ComprehendClient,
  DetectDominantLanguageCommand,
  DetectEntitiesCommand,
  DetectKeyPhrasesCommand,
  DetectSentimentCommand,
  type LanguageCode,
} from '@aws-sdk/client-comprehend';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type RunningEmulator, startEmulator } from './server';
import { comprehendClientFor, EMULATOR_KEYS } from './emulator.test-support';

let emulator: RunningEmulator;
let client: ComprehendClient;

beforeAll(async () => {
  emulator = await startEmulator();
  client = comprehendClientFor(emulator);
});
afterAll(() => emulator.close());
beforeEach(() => emulator.reset());

const HAPPY = 'Thrilled to announce that our team at Acme Robotics won the Best Startup award in London! Huge thanks to Maria Lopez.';
const SAD = 'Leider müssen wir das Projekt in Berlin beenden. Die Finanzierung ist gescheitert und wir sind traurig.';

/** The error the SDK throws for a command, so its name and message can be checked. */
async function failureOf(promise: Promise<unknown>): Promise<Error & { $metadata?: { httpStatusCode?: number } }> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('the call succeeded');
}

describe('emulated Comprehend answers, computed from the text', () => {
  it('reads sentiment from the words', async () => {
    const happy = await client.send(new DetectSentimentCommand({ Text: HAPPY, LanguageCode: 'en' }));
    const sad = await client.send(new DetectSentimentCommand({ Text: SAD, LanguageCode: 'de' }));
    const plain = await client.send(new DetectSentimentCommand({ Text: 'The meeting is on the third floor.', LanguageCode: 'en' }));
    expect(happy.Sentiment).toBe('POSITIVE');
    expect(sad.Sentiment).toBe('NEGATIVE');
    expect(plain.Sentiment).toBe('NEUTRAL');
    const total = Object.values(happy.SentimentScore ?? {}).reduce((sum, score) => sum + score, 0);
    expect(total).toBeCloseTo(1, 3);
  });

  it('finds key phrases whose offsets point at their text, counted in code points', async () => {
    const text = `🚀 ${HAPPY}`;
    const { KeyPhrases = [] } = await client.send(new DetectKeyPhrasesCommand({ Text: text, LanguageCode: 'en' }));
    expect(KeyPhrases.map((phrase) => phrase.Text)).toEqual(expect.arrayContaining(['Acme Robotics won', 'Maria Lopez']));
    for (const phrase of KeyPhrases) {
      expect(Array.from(text).slice(phrase.BeginOffset, phrase.EndOffset).join('')).toBe(phrase.Text);
    }
  });

  it('finds people, places and organisations', async () => {
    const { Entities = [] } = await client.send(new DetectEntitiesCommand({ Text: HAPPY, LanguageCode: 'en' }));
    expect(Entities).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ Text: 'Maria Lopez', Type: 'PERSON' }),
        expect.objectContaining({ Text: 'London', Type: 'LOCATION' }),
      ]),
    );
    const japanese = await client.send(new DetectEntitiesCommand({ Text: '東京で新しいプロジェクトを始めました。', LanguageCode: 'ja' }));
    expect(japanese.Entities).toEqual([expect.objectContaining({ Text: '東京', Type: 'LOCATION', BeginOffset: 0, EndOffset: 2 })]);
  });

  it.each([
    ['en', HAPPY],
    ['de', SAD],
    ['es', 'Estoy muy orgulloso de nuestro equipo en Madrid y del éxito de la nueva plataforma.'],
    ['ja', '東京で新しいプロジェクトを始めました。本当に嬉しいです。'],
    ['sv', 'Vi har en ny produkt och det är mycket roligt att vara med i detta team.'],
  ])('names the dominant language %s', async (code, text) => {
    const { Languages = [] } = await client.send(new DetectDominantLanguageCommand({ Text: text }));
    expect(Languages[0]?.LanguageCode).toBe(code);
  });
});

describe('emulated Comprehend errors, as the real service sends them', () => {
  it('limits DetectSentiment to 5000 UTF-8 bytes, with the real message', async () => {
    const text = 'é'.repeat(2600); // 2600 characters, 5200 bytes
    const error = await failureOf(client.send(new DetectSentimentCommand({ Text: text, LanguageCode: 'fr' })));
    expect(error.name).toBe('TextSizeLimitExceededException');
    expect(error.message).toBe(
      'Input text size exceeds limit. Max length of request text allowed is 5000 bytes while in this request the text size is 5200 bytes',
    );
    await expect(client.send(new DetectKeyPhrasesCommand({ Text: text, LanguageCode: 'fr' }))).resolves.toBeDefined();
    const tooLong = await failureOf(client.send(new DetectKeyPhrasesCommand({ Text: 'a'.repeat(100_001), LanguageCode: 'en' })));
    expect(tooLong.message).toContain('allowed is 100000 bytes while in this request the text size is 100001 bytes');
  });

  it('refuses languages outside its list, and a missing language code', async () => {
    const unsupported = await failureOf(client.send(new DetectSentimentCommand({ Text: 'Hej', LanguageCode: 'sv' as LanguageCode })));
    expect(unsupported.name).toBe('UnsupportedLanguageException');
    const missing = await failureOf(client.send(new DetectSentimentCommand({ Text: 'Hello', LanguageCode: undefined })));
    expect(missing.name).toBe('ValidationException');
    expect(missing.message).toContain("at 'languageCode'");
  });

  it('refuses an unknown access key and a wrong secret with 403', async () => {
    const stranger = comprehendClientFor(emulator, { credentials: { accessKeyId: 'AKIDNOBODYKNOWS', secretAccessKey: 'x' } });
    const unknown = await failureOf(stranger.send(new DetectSentimentCommand({ Text: HAPPY, LanguageCode: 'en' })));
    expect([unknown.name, unknown.$metadata?.httpStatusCode]).toEqual(['UnrecognizedClientException', 403]);
    const forger = comprehendClientFor(emulator, { credentials: { ...EMULATOR_KEYS, secretAccessKey: 'guessed' } });
    const forged = await failureOf(forger.send(new DetectSentimentCommand({ Text: HAPPY, LanguageCode: 'en' })));
    expect([forged.name, forged.$metadata?.httpStatusCode]).toEqual(['InvalidSignatureException', 403]);
  });

  it('answers injected faults in the service wire format', async () => {
    emulator.knobs.faults.push(
      { service: 'comprehend', operation: 'DetectSentiment', error: 'AccessDeniedException' },
      { service: 'comprehend', error: 'InternalServerException' },
      { service: 'comprehend', error: 'malformed' },
    );
    const denied = await failureOf(client.send(new DetectSentimentCommand({ Text: HAPPY, LanguageCode: 'en' })));
    expect(denied.name).toBe('AccessDeniedException');
    expect(denied.message).toContain('comprehend:DetectSentiment');
    const internal = await failureOf(client.send(new DetectKeyPhrasesCommand({ Text: HAPPY, LanguageCode: 'en' })));
    expect([internal.name, internal.$metadata?.httpStatusCode]).toEqual(['InternalServerException', 500]);
    const malformed = await failureOf(client.send(new DetectKeyPhrasesCommand({ Text: HAPPY, LanguageCode: 'en' })));
    expect(malformed.message).toContain('Deserialization error');
  });

  it('throttles as many calls as asked, which the SDK retries', async () => {
    emulator.knobs.faults.push({ service: 'comprehend', error: 'ThrottlingException', times: 1 });
    const patient = comprehendClientFor(emulator, { maxAttempts: 2 });
    await expect(patient.send(new DetectSentimentCommand({ Text: HAPPY, LanguageCode: 'en' }))).resolves.toMatchObject({ Sentiment: 'POSITIVE' });
    expect(emulator.log.map((entry) => entry.errorCode ?? entry.status)).toEqual(['ThrottlingException', 200]);
  });
});
