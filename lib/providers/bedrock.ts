import { BedrockRuntimeClient, ConverseCommand, InvokeModelCommand } from '@aws-sdk/client-bedrock-runtime';
import { awsClientConfig } from '../aws/client-config';
import type { AwsCredentialSource } from '../aws/credentials';
import { ThrottlingOnlyRetries } from '../aws/paid-retries';
import { sentenceFor } from '../errors';
import { describeBedrock } from './descriptions';
import { FORMATS } from '../formats';
import { bedrockFailure, refusedByBedrock, unreadableAnswer } from './bedrock/errors';
import { imagesOf, requestBody } from './bedrock/family';
import { imageFromBase64, imageFromBytes } from './bedrock/image';
import { BEDROCK_MODELS, type BedrockModel, type BedrockModelId, type Size } from './bedrock/models';
import { keptNovaOmniAnswer, novaOmniImages, novaOmniInput, readKeptNovaOmniAnswer } from './bedrock/nova-omni';
import { type CallPlan, type PlanSettings, planCalls } from './bedrock/plan';
import { askDirectly, type ImageProvider } from './types';
import type { GeneratedImage } from '../image/types';

/** Image generation with Amazon Bedrock's image models through InvokeModel (Nova 2 Omni: Converse), one module per model family. */

export { BEDROCK_MODEL_IDS, BEDROCK_MODELS, BEDROCK_REGIONS, type BedrockModelId } from './bedrock/models';

export interface BedrockConfig {
  region: string;
  /** Another endpoint than AWS's, e.g. the project's emulator. */
  endpoint?: string;
  credentials: AwsCredentialSource;
  model: BedrockModelId;
  cfgScale?: number;
  /** Fixed for repeatable pictures; without it every generation differs. */
  seed?: number;
  negativePrompt?: string;
  /** A Nova Canvas style or an SDXL style preset; ignored by models that do not know it. */
  stylePreset?: string;
  /** Titan and Nova Canvas only. */
  quality?: 'standard' | 'premium';
  /** An SDK request handler or its options; tests in Node pass an HTTP/1.1 handler. */
  requestHandler?: unknown;
  /** Attempts per call, retries included (AWS's default is 3). */
  maxAttempts?: number;
}

/** Stable Image Ultra can take most of a minute; a dead connection should not hold the panel much longer. */
const REQUEST_TIMEOUT_MS = 120_000;

/** The smallest picture a model makes (Titan 512x512, Nova Canvas 320x320): what the settings test asks for. */
const SMALLEST: Size = { width: 1, height: 1 };
const TEST_PROMPT = 'A small blue circle on a plain white background.';

export function createBedrockProvider(config: BedrockConfig): ImageProvider {
  const model = BEDROCK_MODELS[config.model];
  return {
    id: 'bedrock',
    ...describeBedrock(config.model),
    generate: (request) =>
      generate(config, model, { prompt: request.prompt, target: FORMATS[request.format], count: request.count }, request.signal, request.paidCalls),
  };
}

/** One real generation, as small and cheap as the model allows, for the options page's "Test Bedrock" button. */
export async function testBedrock(config: BedrockConfig): Promise<{ ok: boolean; sentence: string }> {
  const model = BEDROCK_MODELS[config.model];
  try {
    await generate(config, model, { prompt: TEST_PROMPT, target: SMALLEST, count: 1, quality: 'standard' }, new AbortController().signal);
    return { ok: true, sentence: `${model.label} answered from ${config.region}: the Bedrock settings work.` };
  } catch (error) {
    return { ok: false, sentence: sentenceFor(error) };
  }
}

async function generate(config: BedrockConfig, model: BedrockModel, job: PlanSettings, signal: AbortSignal, paidCalls = askDirectly): Promise<GeneratedImage[]> {
  const client = createClient(config);
  const { negativePrompt, seed, cfgScale, stylePreset, quality } = config;
  try {
    const images: GeneratedImage[] = [];
    // One call at a time: Stability's quotas allow only a few calls a minute.
    for (const [index, plan] of planCalls(model, { negativePrompt, seed, cfgScale, stylePreset, quality, ...job }).entries()) {
      const answer = await paidCalls({ index, count: plan.images }, () => askOnce(client, model, plan, signal), refusedByBedrock);
      if (answer !== undefined) images.push(...imagesIn(model, answer));
    }
    return images;
  } catch (error) {
    throw bedrockFailure(error, { model, region: config.region, signal });
  } finally {
    client.destroy();
  }
}

/** One paid call; its answer as text to keep: InvokeModel's body as received, Converse's output as JSON. */
async function askOnce(client: BedrockRuntimeClient, model: BedrockModel, plan: CallPlan, signal: AbortSignal): Promise<string> {
  if (model.family === 'nova-omni') {
    return keptNovaOmniAnswer(await client.send(new ConverseCommand(novaOmniInput(model, plan)), { abortSignal: signal }));
  }
  const command = new InvokeModelCommand({
    modelId: model.id,
    contentType: 'application/json',
    accept: 'application/json',
    body: new TextEncoder().encode(JSON.stringify(requestBody(model, plan))),
  });
  const response = await client.send(command, { abortSignal: signal });
  // An empty answer comes without a body.
  return new TextDecoder().decode(response.body ?? new Uint8Array());
}

function imagesIn(model: BedrockModel, answer: string): GeneratedImage[] {
  if (model.family === 'nova-omni') return novaOmniImages(readKeptNovaOmniAnswer(answer), model).map(imageFromBytes);
  return imagesOf(model, parseAnswer(answer)).map(imageFromBase64);
}

function parseAnswer(body: string): unknown {
  try {
    return JSON.parse(body);
  } catch (error) {
    throw unreadableAnswer(error);
  }
}

function createClient(config: BedrockConfig): BedrockRuntimeClient {
  const settings = awsClientConfig(config, REQUEST_TIMEOUT_MS);
  return new BedrockRuntimeClient({ ...settings, retryStrategy: new ThrottlingOnlyRetries(settings.maxAttempts) });
}
