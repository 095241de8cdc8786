import { BedrockClient, ListFoundationModelsCommand } from '@aws-sdk/client-bedrock';
import { ConverseCommand, InvokeModelCommand } from '@aws-sdk/client-bedrock-runtime';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { bedrockClientFor, http1Handler } from './bedrock/client.test-support';
import { apiFailureOf, openaiClientFor } from './openai/client.test-support';
import { awsFailureOf, EMULATOR_KEYS, useEmulatorOn } from './emulator.test-support';

/** Models the providers have shut down are refused in their own words; the listings say what is live and until when. */

const TODAY = '2026-12-04';
const emulated = useEmulatorOn(TODAY);

const stabilityBody = { prompt: 'A lighthouse at dawn', aspect_ratio: '16:9', output_format: 'png', mode: 'text-to-image' };
const titanBody = { taskType: 'TEXT_IMAGE', textToImageParams: { text: 'A lighthouse' }, imageGenerationConfig: { width: 512, height: 512 } };

function invoke(modelId: string, body: unknown, region = 'us-east-1') {
  return bedrockClientFor(emulated.emulator, { region }).send(new InvokeModelCommand({ modelId, body: JSON.stringify(body), contentType: 'application/json' }));
}

function converse(prompt: string, region = 'us-west-2', modelId = 'us.amazon.nova-2-omni-v1:0') {
  return bedrockClientFor(emulated.emulator, { region }).send(
    new ConverseCommand({
      modelId,
      system: [{ text: 'Generate an image with dimensions 1280x720 pixels based on the user’s request.' }],
      messages: [{ role: 'user', content: [{ text: prompt }] }],
      inferenceConfig: { maxTokens: 10_000, temperature: 0, topP: 1 },
    }),
  );
}

describe('the emulated OpenAI serves only the models OpenAI serves today', () => {
  it.each(['gpt-image-1-mini', 'gpt-image-1.5', 'chatgpt-image-latest', 'gpt-image-1', 'dall-e-3'])('refuses %s with 404 model_not_found', async (model) => {
    const client = openaiClientFor(emulated.emulator);
    const refused = await apiFailureOf(client.images.generate({ model, prompt: 'a lighthouse' }));
    expect([refused.status, refused.code, refused.type]).toEqual([404, 'model_not_found', 'invalid_request_error']);
    expect((await apiFailureOf(client.models.retrieve(model))).status).toBe(404);
  });

  it('makes images with gpt-image-2 until its reported shutdown on 2027-02-10, and with GPT Image 2.5 after it', async () => {
    const client = openaiClientFor(emulated.emulator);
    await expect(client.images.generate({ model: 'gpt-image-2', prompt: 'a boat', size: '1200x624', quality: 'medium' })).resolves.toBeDefined();
    emulated.emulator.knobs.today = '2027-02-10';
    expect((await apiFailureOf(client.images.generate({ model: 'gpt-image-2', prompt: 'a boat' }))).code).toBe('model_not_found');
    await expect(client.images.generate({ model: 'gpt-image-2.5-flare', prompt: 'a boat', size: '1200x624', quality: 'medium' })).resolves.toBeDefined();
  });

  it('lists the live models at GET /models with their shutdown_date', async () => {
    const listed = (await openaiClientFor(emulated.emulator).models.list()).data as unknown as { id: string; shutdown_date: string | null }[];
    expect(Object.fromEntries(listed.map((model) => [model.id, model.shutdown_date]))).toEqual({
      'gpt-image-2.6-flare': null,
      'gpt-image-2.6-sunburst': null,
      'gpt-image-2.5-flare': null,
      'gpt-image-2.5-flare-2026-09-08': null,
      'gpt-image-2.5-sunburst': null,
      'gpt-image-2.5-sunburst-2026-09-08': null,
      'gpt-image-2': '2027-02-10',
      'gpt-image-2-2026-04-21': '2027-02-10',
    });
  });
});

describe('the emulated Bedrock serves only the models AWS serves today, where it serves them', () => {
  it.each([
    ['amazon.titan-image-generator-v2:0', titanBody],
    ['amazon.titan-image-generator-v1', titanBody],
    ['amazon.nova-canvas-v1:0', titanBody],
  ])('refuses %s with ResourceNotFoundException: end of life', async (modelId, body) => {
    const error = await awsFailureOf(invoke(modelId, body));
    expect([error.name, error.$metadata.httpStatusCode]).toEqual(['ResourceNotFoundException', 404]);
    expect(error.message).toMatch(/^This model version has reached the end of its life\./);
  });

  it('served Nova Canvas until 2026-09-30', async () => {
    emulated.emulator.knobs.today = '2026-09-29';
    await expect(invoke('amazon.nova-canvas-v1:0', { ...titanBody, imageGenerationConfig: { width: 1024, height: 1024 } })).resolves.toBeDefined();
  });

  it('serves the Stability models in us-west-2 only', async () => {
    await expect(invoke('stability.stable-image-core-v1:1', stabilityBody, 'us-west-2')).resolves.toBeDefined();
    const elsewhere = await awsFailureOf(invoke('stability.stable-image-core-v1:1', stabilityBody, 'us-east-1'));
    expect([elsewhere.name, elsewhere.message]).toEqual(['ValidationException', 'The provided model identifier is invalid.']);
  });

  it('answers Nova 2 Omni through Converse with an image block of the size the prompt asks for', async () => {
    const answer = await converse('A lighthouse at dawn');
    expect(answer.stopReason).toBe('end_turn');
    const image = answer.output?.message?.content?.find((block) => block.image)?.image;
    expect(image?.format).toBe('png');
    const png = PNG.sync.read(Buffer.from(image?.source?.bytes ?? new Uint8Array()));
    expect([png.width, png.height]).toEqual([1280, 720]);
  });

  it('stops Nova 2 Omni with content_filtered on a forbidden prompt, answers in words on the text-only fault', async () => {
    const filtered = await converse('A forbidden scene');
    expect(filtered.stopReason).toBe('content_filtered');
    expect(filtered.output?.message?.content).toEqual([{ text: 'The generated text has been blocked by our content filters.' }]);
    emulated.emulator.knobs.faults.push({ service: 'bedrock', error: 'text-only' });
    const words = await converse('A lighthouse');
    expect(words.output?.message?.content?.every((block) => block.text !== undefined)).toBe(true);
  });

  it('refuses Nova 2 Omni without its US profile, and Converse for InvokeModel-only models', async () => {
    expect((await awsFailureOf(converse('A lighthouse', 'us-west-2', 'amazon.nova-2-omni-v1:0'))).message).toMatch(/inference profile/);
    expect((await awsFailureOf(converse('A lighthouse', 'eu-west-1'))).message).toBe('The provided model identifier is invalid.');
    expect((await awsFailureOf(converse('A lighthouse', 'us-west-2', 'stability.stable-image-core-v1:1'))).message).toMatch(/doesn't support the model/);
  });

  it('lists the image models a Region serves today with ListFoundationModels, lifecycle dates included', async () => {
    const list = async (region: string) => {
      const client = new BedrockClient({ region, endpoint: emulated.emulator.url, credentials: EMULATOR_KEYS, requestHandler: http1Handler(), maxAttempts: 1 });
      return (await client.send(new ListFoundationModelsCommand({ byOutputModality: 'IMAGE' }))).modelSummaries ?? [];
    };
    const west = await list('us-west-2');
    expect(west.map((model) => model.modelId).sort()).toEqual([
      'amazon.nova-2-omni-v1:0',
      'stability.sd3-5-large-v1:0',
      'stability.stable-image-core-v1:1',
      'stability.stable-image-ultra-v1:1',
    ]);
    expect(west.find((model) => model.modelId === 'amazon.nova-2-omni-v1:0')?.modelLifecycle).toEqual({
      status: 'ACTIVE',
      startOfLifeTime: new Date('2025-12-02T00:00:00Z'),
    });
    emulated.emulator.knobs.today = '2026-06-01';
    const canvas = (await list('eu-west-1')).find((model) => model.modelId === 'amazon.nova-canvas-v1:0');
    expect(canvas?.modelLifecycle).toMatchObject({ status: 'LEGACY', legacyTime: new Date('2026-03-30T00:00:00Z'), endOfLifeTime: new Date('2026-09-30T00:00:00Z') });
  });
});
