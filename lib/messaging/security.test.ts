import 'fake-indexeddb/auto';
import * as v from 'valibot';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing';
import { http1Handler } from '../../emulator/bedrock/client.test-support';
import { createBuckets } from '../../emulator/s3';
import { type RunningEmulator, startEmulator } from '../../emulator/server';
import { type Configuration, readConfiguration } from '../settings/configuration';
import { generateImages } from '../pipeline/generate';
import { panelContext } from '../pipeline/panel-context';
import { preparePrompt } from '../pipeline/prepare';
import { saveKeptImage } from '../pipeline/save';
import { testContext } from '../pipeline/context.test-support';
import { createBedrockProvider, testBedrock } from '../providers/bedrock';
import { chooseProvider } from '../settings/provider-choice';
import { activeProvider } from '../providers/registry';
import { generateRequest } from '../providers/request.test-support';
import type { ImageProvider } from '../providers/types';
import { bedrockConfig, chooseProviderId } from '../settings/resolve';
import { type ProviderChoice, type Settings, settingsFrom } from '../settings/schema';
import { lockSecrets, saveSecrets, type Secrets, unlockSecrets } from '../settings/secrets';
import { runServiceTest } from '../settings/service-check';
import { writeSettings } from '../settings/store';
import type { MessageSender, SenderKind } from './guard';
import { answerer, failureOutcome } from './handle';
import { generateImageRequest, prepareRequest, saveRequest, unlockRequest } from './schemas';

/** Fake keys in real shapes; the emulator takes exactly these. */
const KEYS: Secrets = {
  openaiApiKey: 'sk-test-fake-0123456789abcdefghij',
  awsAccessKeyId: 'AKIAIOSFODNN7EXAMPLE',
  awsSecretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
  awsSessionToken: '',
};
const WRONG_KEYS: Secrets = { ...KEYS, openaiApiKey: 'sk-test-fake-wrong-9876543210zyxw', awsSecretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYWRONGEXAMPLE' };
const SESSION_TOKEN = 'FwoGZXIvYXdzEXAMPLEtokenTESTfake0123456789';
/** What must never cross to a page: the keys, whole or in the part a masked echo would keep. */
const SECRET_VALUES = [KEYS.openaiApiKey, KEYS.awsSecretAccessKey, WRONG_KEYS.openaiApiKey, WRONG_KEYS.awsSecretAccessKey, SESSION_TOKEN];
const secretParts = SECRET_VALUES.flatMap((secret) => [secret, secret.slice(8, 20)]);

function expectNoSecretIn(answer: unknown): void {
  const text = JSON.stringify(answer);
  for (const part of secretParts) expect(text).not.toContain(part);
}

const BUCKET = 'security-unit';
const DRAFT = 'We opened the new lighthouse museum today. Thanks to every volunteer!';
const EVERYONE: SenderKind[] = ['linkedin-tab', 'extension-page'];
const FROM_LINKEDIN: MessageSender = { id: browser.runtime.id, url: 'https://www.linkedin.com/feed/', tab: { id: 7 }, frameId: 0 };

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await startEmulator({ credentials: [{ accessKeyId: KEYS.awsAccessKeyId, secretAccessKey: KEYS.awsSecretAccessKey }], openaiKeys: [KEYS.openaiApiKey] });
  createBuckets(emulator, BUCKET);
});
afterAll(() => emulator.close());
beforeEach(() => {
  fakeBrowser.reset();
  emulator.reset();
});

/** Every service at the emulator, images made by `provider`, and the keys saved as the options page saves them. */
async function setUp(provider: ProviderChoice, secrets: Secrets, extra: Record<string, unknown> = {}): Promise<void> {
  const at = emulator.url;
  await writeSettings(
    settingsFrom({
      provider,
      openai: { baseURL: `${at}/v1`, timeoutSeconds: 10 },
      comprehend: { endpoint: at },
      bedrock: { endpoint: at },
      s3: { bucket: BUCKET, endpoint: at, region: 'us-east-1', forcePathStyle: true },
      ...extra,
    }),
  );
  await saveSecrets(secrets);
}

/** Node's default HTTP/2 handler cannot reach the emulator: Bedrock gets HTTP/1.1 here, as in its own tests. */
function bedrockInNode(settings: Settings, secrets: Secrets) {
  return { ...bedrockConfig(settings, secrets)!, requestHandler: http1Handler() };
}

function imageProvider({ settings, secrets }: Configuration): ImageProvider {
  if (secrets && chooseProviderId(settings, secrets) === 'bedrock') return createBedrockProvider(bedrockInNode(settings, secrets));
  return activeProvider(chooseProvider({ settings, secrets })).provider;
}

/** The worker's answerers for what a page may ask, wired to the real handlers as the background wires them. */
const answers = {
  panelContext: answerer<'panelContext', v.UndefinedSchema<undefined>>(v.undefined(), EVERYONE, async () => panelContext(await readConfiguration())),
  preparePrompt: answerer<'preparePrompt', typeof prepareRequest>(prepareRequest, EVERYONE, async (request) =>
    preparePrompt(request, await readConfiguration()),
  ),
  // Fitting needs a canvas, which Node lacks: images are kept as the provider made them.
  generateImage: answerer<'generateImage', typeof generateImageRequest>(generateImageRequest, EVERYONE, async (request) =>
    generateImages(request, testContext(imageProvider(await readConfiguration()))),
  ),
  saveImageToS3: answerer<'saveImageToS3', typeof saveRequest>(saveRequest, EVERYONE, async ({ imageId, postText }) =>
    saveKeptImage(imageId, postText, await readConfiguration()),
  ),
  unlockSecrets: answerer<'unlockSecrets', typeof unlockRequest>(unlockRequest, EVERYONE, ({ passphrase }) => unlockSecrets(passphrase)),
};

/** Asks for everything a panel asks for, in order, each with valid data; every answer, whatever it is. */
async function askForEverything(sender = FROM_LINKEDIN, imageId?: string) {
  const ask = <T>(answer: (message: { data: unknown; sender: MessageSender }) => Promise<T>, data: unknown) => answer({ data, sender });
  const context = await ask(answers.panelContext, undefined);
  const prepared = await ask(answers.preparePrompt, { draft: DRAFT, style: 'photo', format: 'landscape', extraWords: '' });
  const { prompt, headline, analysis } = prepared.ok ? prepared.value : generateRequest();
  const generated = await ask(answers.generateImage, { jobId: `job-${Date.now()}`, prompt, headline, analysis, style: 'photo', format: 'landscape', count: 1 });
  const kept = imageId ?? (generated.ok ? generated.value[0]?.id : undefined);
  const saved = await ask(answers.saveImageToS3, { imageId: kept ?? 'none', postText: DRAFT });
  const unlocked = await ask(answers.unlockSecrets, { passphrase: 'a guess' });
  return { context, prepared, generated, saved, unlocked, imageId: kept };
}

describe.each(['openai', 'bedrock'] as const)('no answer to a page holds a key (%s makes the images)', (provider) => {
  it('with keys every service accepts, then with keys they refuse', async () => {
    await setUp(provider, KEYS);
    const working = await askForEverything();
    expect(working.generated.ok && working.saved.ok && working.prepared.ok).toBe(true);
    expectNoSecretIn(working);

    await setUp(provider, WRONG_KEYS);
    const refused = await askForEverything(FROM_LINKEDIN, working.imageId);
    expect(refused.generated).toMatchObject({ ok: false });
    expect(refused.saved).toMatchObject({ ok: false });
    expectNoSecretIn(refused);
  });
});

describe('the options page’s tests', () => {
  it('say whether each service works without quoting a key, right or wrong', async () => {
    for (const secrets of [KEYS, WRONG_KEYS]) {
      await setUp('auto', secrets);
      const { settings } = await readConfiguration();
      const outcomes = await Promise.all([
        ...(['openai', 'comprehend', 's3'] as const).map((service) => runServiceTest(service, settings, secrets)),
        testBedrock(bedrockInNode(settings, secrets)),
      ]);
      expect(outcomes.map((outcome) => outcome.ok)).toEqual(secrets === KEYS ? [true, true, true, true] : [false, false, false, false]);
      expectNoSecretIn(outcomes);
    }
  });
});

describe('the panel context', () => {
  it('tells readiness, never a key, whatever the setup', async () => {
    const secretsWithToken = { ...KEYS, awsAccessKeyId: 'ASIAIOSFODNN7EXAMPLE', awsSessionToken: SESSION_TOKEN };
    for (const provider of ['auto', 'offline', 'openai', 'bedrock'] as const) {
      for (const credentialKind of ['static', 'cognito'] as const) {
        for (const secrets of [KEYS, secretsWithToken]) {
          await setUp(provider, secrets, { aws: { credentialKind, identityPoolId: 'us-east-1:00000000-0000-0000-0000-000000000000' } });
          expectNoSecretIn(await panelContext(await readConfiguration()));
        }
      }
    }
  });

  it('says the keys are locked, and nothing of them, behind a passphrase', async () => {
    await setUp('openai', KEYS);
    await saveSecrets(KEYS, 'a long passphrase');
    await lockSecrets();
    const answer = await answers.panelContext({ data: undefined, sender: FROM_LINKEDIN });
    expect(answer).toMatchObject({ ok: true, value: { locked: true } });
    expectNoSecretIn(answer);
  });
});

describe('failures', () => {
  it('cross as a sentence and a code: a message quoting a key is neither shown nor logged', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const leaky = new Error(`Incorrect API key provided: ${KEYS.openaiApiKey}`, { cause: KEYS.awsSecretAccessKey });
    const failing = answerer(v.unknown(), EVERYONE, async () => Promise.reject(leaky));
    const outcome = await failing({ data: null, sender: FROM_LINKEDIN });
    expect(outcome).toMatchObject({ ok: false, code: 'unexpected' });
    expectNoSecretIn(outcome);
    expectNoSecretIn(failureOutcome(leaky));
    expectNoSecretIn(logged.mock.calls);
  });
});

describe('senders', () => {
  const ourPage = `${browser.runtime.getURL('/')}options.html`;
  const strangers = [
    { ...FROM_LINKEDIN, id: 'another-extension' },
    { ...FROM_LINKEDIN, url: 'https://evil.example/feed/' },
    { ...FROM_LINKEDIN, url: 'https://www.linkedin.com.evil.example/feed/' },
    { ...FROM_LINKEDIN, url: 'https://evil.example/?next=https://www.linkedin.com/' },
    { ...FROM_LINKEDIN, url: 'http://www.linkedin.com/feed/' },
    { ...FROM_LINKEDIN, url: undefined },
    { id: 'another-extension', url: ourPage },
    { id: browser.runtime.id, url: 'https://www.linkedin.com/feed/' }, // no tab: not a LinkedIn tab's content script
  ];

  it('from another extension or another site are refused before any work, with no key in the refusal', async () => {
    await setUp('openai', KEYS);
    for (const sender of strangers) {
      const answered = await askForEverything(sender);
      for (const outcome of [answered.context, answered.prepared, answered.generated, answered.saved, answered.unlocked]) {
        expect(outcome).toMatchObject({ ok: false, code: 'refused' });
      }
      expectNoSecretIn(answered);
    }
    expect(emulator.log).toEqual([]);
  });
});
