import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type RunningEmulator, startEmulator } from '../../emulator/server';
import { EMULATOR_KEYS } from '../../emulator/emulator.test-support';
import { AbortingRequestHandler } from '../aws/request-handler';
import { analyseWithComprehend, COMPREHEND_LIMITS, type ComprehendConfig, prepareAnalysis, testComprehend } from './comprehend';

let emulator: RunningEmulator;

beforeAll(async () => {
  emulator = await startEmulator();
});
afterAll(() => emulator.close());
beforeEach(() => emulator.reset());

function configFor(overrides: Partial<ComprehendConfig> = {}): ComprehendConfig {
  return {
    region: 'eu-west-1',
    endpoint: emulator.url,
    credentials: { kind: 'static', ...EMULATOR_KEYS },
    includeEntities: false,
    ...overrides,
  };
}

const POSTS = {
  en: 'Thrilled to announce that our team at Acme Robotics won the Best Startup award in London! Huge thanks to Maria Lopez and everyone who believed in us.',
  es: 'Estoy muy orgulloso de nuestro equipo en Madrid. Hemos lanzado la nueva plataforma de pagos con Telefónica y el resultado ha sido un éxito increíble.',
  de: 'Leider müssen wir das Projekt in Berlin beenden. Die Zusammenarbeit mit Anna Schmidt war schön, aber die Finanzierung ist gescheitert und wir sind traurig.',
  ja: '東京で新しいプロジェクトを始めました。チームのみんなに感謝しています。本当に嬉しいです。',
};
const SWEDISH = 'Vi har lanserat en ny produkt i Stockholm och det är mycket roligt att vara med i detta fantastiska team.';

const operations = () => emulator.log.map((entry) => entry.operation).sort();

describe('analyseWithComprehend against the emulator', () => {
  it.each([
    ['en', 'POSITIVE', 'Maria Lopez'],
    ['es', 'POSITIVE', 'Telefónica'],
    ['de', 'NEGATIVE', 'Anna Schmidt'],
    ['ja', 'POSITIVE', '東京'],
  ] as const)('analyses a post in %s', async (language, sentiment, entity) => {
    const analysis = await analyseWithComprehend(POSTS[language], configFor());
    expect(analysis).toMatchObject({ analyser: 'comprehend', languageCode: language, sentiment, note: 'Analysed by Amazon Comprehend (eu-west-1).' });
    expect(analysis.entities.map((found) => found.Text)).toContain(entity);
    for (const phrase of analysis.keyPhrases) {
      expect(Array.from(POSTS[language]).slice(phrase.BeginOffset, phrase.EndOffset).join('')).toBe(phrase.Text);
    }
  });

  it('gives different posts different key phrases', async () => {
    const [english, german] = await Promise.all([analyseWithComprehend(POSTS.en, configFor()), analyseWithComprehend(POSTS.de, configFor())]);
    expect(english.keyPhrases.map((phrase) => phrase.Text)).toContain('Best Startup award');
    expect(german.keyPhrases.map((phrase) => phrase.Text)).toContain('Finanzierung');
  });

  it('asks Comprehend for the language only when the device is unsure', async () => {
    await analyseWithComprehend(POSTS.en, configFor());
    expect(operations()).toEqual(['DetectEntities', 'DetectKeyPhrases', 'DetectSentiment']);
    emulator.reset();
    const unsure = await analyseWithComprehend('Great news today!', configFor());
    expect(operations()).toEqual(['DetectDominantLanguage', 'DetectEntities', 'DetectKeyPhrases', 'DetectSentiment']);
    expect(unsure).toMatchObject({ languageCode: 'en', sentiment: 'POSITIVE' });
  });

  it('sends sentiment, key phrases and entities at the same time', async () => {
    emulator.knobs.latencyMs = 200;
    await analyseWithComprehend(POSTS.en, configFor());
    const [sentiment, phrases] = ['DetectSentiment', 'DetectKeyPhrases'].map((name) => emulator.log.find((entry) => entry.operation === name)!);
    expect(sentiment!.startedAt).toBeLessThan(phrases!.endedAt!);
    expect(phrases!.startedAt).toBeLessThan(sentiment!.endedAt!);
  });

  it('trims a post to the sentiment limit rather than failing', async () => {
    const long = `${POSTS.en} `.repeat(60); // about 9 KB
    await expect(analyseWithComprehend(long, configFor())).resolves.toMatchObject({ analyser: 'comprehend', sentiment: 'POSITIVE' });
  });
});

describe('prepareAnalysis falls back to the device, saying why in one sentence', () => {
  const fallbackNote = async (config: ComprehendConfig | undefined, text = POSTS.en) => {
    const analysis = await prepareAnalysis(text, config);
    expect(analysis.analyser).toBe('local');
    expect(analysis.note).not.toContain(EMULATOR_KEYS.secretAccessKey);
    expect(analysis.note).not.toContain('Acme');
    return analysis.note;
  };

  it('uses Comprehend when it answers', async () => {
    expect((await prepareAnalysis(POSTS.en, configFor())).analyser).toBe('comprehend');
  });

  it('without settings', async () => {
    expect(await fallbackNote(undefined)).toBe('Analysed on this device: no AWS credentials are set.');
  });

  it('for a language Comprehend does not analyse, without calling it when the device is sure', async () => {
    expect(await fallbackNote(configFor(), SWEDISH)).toBe('Analysed on this device: Amazon Comprehend does not analyse Swedish posts.');
    expect(emulator.log).toEqual([]);
    expect(await fallbackNote(configFor(), 'Det är en bra dag för oss')).toBe(
      'Analysed on this device: Amazon Comprehend does not analyse Swedish posts.',
    );
    expect(operations()).toEqual(['DetectDominantLanguage']);
  });

  it('when Comprehend itself refuses the language', async () => {
    emulator.knobs.faults.push({ service: 'comprehend', operation: 'DetectSentiment', error: 'UnsupportedLanguageException' });
    expect(await fallbackNote(configFor())).toBe("Analysed on this device: Amazon Comprehend does not analyse this post's language.");
  });

  it('when throttling outlasts the retries (three attempts by default)', async () => {
    emulator.knobs.faults.push({ service: 'comprehend', operation: 'DetectSentiment', error: 'ThrottlingException', times: 3 });
    expect(await fallbackNote(configFor())).toBe(
      'Analysed on this device: Amazon Comprehend is busy (too many requests, even after retrying) — try again in a minute.',
    );
    expect(emulator.log.filter((entry) => entry.errorCode === 'ThrottlingException')).toHaveLength(3);
  });

  it('when access is denied', async () => {
    emulator.knobs.faults.push({ service: 'comprehend', error: 'AccessDeniedException' });
    expect(await fallbackNote(configFor())).toBe(
      'Analysed on this device: Amazon Comprehend refused the AWS keys (access denied) — check the IAM policy in the options.',
    );
  });

  it('for a wrong secret and for an unknown key', async () => {
    const wrongSecret = configFor({ credentials: { kind: 'static', ...EMULATOR_KEYS, secretAccessKey: 'not-it' } });
    expect(await fallbackNote(wrongSecret)).toBe(
      'Analysed on this device: Amazon Comprehend rejected the request signature — check the secret access key in the options.',
    );
    const unknownKey = configFor({ credentials: { kind: 'static', accessKeyId: 'AKIDUNKNOWN', secretAccessKey: 'x' } });
    expect(await fallbackNote(unknownKey)).toBe(
      'Analysed on this device: Amazon Comprehend does not recognise the AWS access key — check the access key ID in the options.',
    );
  });

  it('when the network is down', async () => {
    const gone = await startEmulator();
    await gone.close();
    expect(await fallbackNote(configFor({ endpoint: gone.url, maxAttempts: 1 }))).toBe(
      'Analysed on this device: Amazon Comprehend could not be reached (network error) — check the connection and the region.',
    );
  });

  it('when Comprehend does not answer in time (the call is closed), or answers gibberish', async () => {
    emulator.knobs.faults.push({ service: 'comprehend', operation: 'DetectSentiment', error: 'timeout' });
    const impatient = configFor({ maxAttempts: 1, requestHandler: new AbortingRequestHandler(200) });
    expect(await fallbackNote(impatient)).toBe('Analysed on this device: Amazon Comprehend did not answer in time — try again.');
    await expect.poll(() => emulator.openCalls()).toEqual([]);
    emulator.knobs.faults.push({ service: 'comprehend', operation: 'DetectKeyPhrases', error: 'malformed' });
    expect(await fallbackNote(configFor({ maxAttempts: 1 }))).toBe(
      'Analysed on this device: Amazon Comprehend sent an answer that could not be read — try again.',
    );
  });
});

describe('the wire’s faults: each its true sentence, never the keys', () => {
  const proxyFailed =
    'Analysed on this device: Something between Post to Image and Amazon Comprehend (a proxy or gateway) failed — check the connection and the endpoint in the options, then try again.';
  it.each([
    ['gateway_throttled', 'Analysed on this device: Amazon Comprehend is busy (too many requests, even after retrying) — try again in a minute.'],
    ['gateway_html', proxyFailed],
    ['cut_body', 'Analysed on this device: The answer from Amazon Comprehend was cut off on the way (the connection or a proxy dropped it) — check the connection and try again.'],
  ])('%s', async (fault, note) => {
    emulator.knobs.faults.push({ service: 'comprehend', operation: 'DetectSentiment', error: fault, times: 3 });
    const analysis = await prepareAnalysis(POSTS.en, configFor());
    expect([analysis.analyser, analysis.note]).toEqual(['local', note]);
  });

  it('a call that fails closes the analysis’s other calls: nothing waits behind them', async () => {
    emulator.knobs.faults.push(
      { service: 'comprehend', operation: 'DetectEntities', error: 'timeout' },
      { service: 'comprehend', operation: 'DetectSentiment', error: 'AccessDeniedException' },
    );
    expect((await prepareAnalysis(POSTS.en, configFor())).analyser).toBe('local');
    await expect.poll(() => emulator.openCalls()).toEqual([]);
  });
});

describe('testComprehend', () => {
  it('makes one cheap call and says whether the settings work', async () => {
    expect(await testComprehend(configFor())).toEqual({ ok: true, sentence: 'Amazon Comprehend answered from eu-west-1: the AWS settings work.' });
    expect(operations()).toEqual(['DetectDominantLanguage']);
    emulator.knobs.faults.push({ service: 'comprehend', error: 'AccessDeniedException' });
    expect(await testComprehend(configFor())).toEqual({
      ok: false,
      sentence: 'Amazon Comprehend refused the AWS keys (access denied) — check the IAM policy in the options.',
    });
  });
});

describe('COMPREHEND_LIMITS', () => {
  it('has the Comprehend request limits', () => {
    expect(COMPREHEND_LIMITS).toEqual({ sentimentBytes: 5000, otherBytes: 100_000 });
  });
});
