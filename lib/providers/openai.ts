import type OpenAI from 'openai';
import type { ImageGenerateParamsBase, ImageGenerateParamsNonStreaming } from 'openai/resources/images';
import { sentenceFor } from '../errors';
import { describeOpenAI } from './descriptions';
import { createOpenAIClient, retriesOf, type OpenAIConfig } from './openai/client';
import { askThroughRateLimits } from './openai/rate-limits';
import { readAnswerBody } from '../answer-body';
import { imagesOfJson, imagesOfStream, refusedByOpenAI, sseSplitter } from './openai/answer';
import { openAIFailure } from './openai/errors';
import { badResponse, decodeImage } from './openai/images';
import { generationBodies } from './openai/request';
import { askDirectly, type GenerateRequest, type ImageProvider } from './types';
import type { GeneratedImage } from '../image/types';

/** Images from OpenAI's Images API (GPT Image models and DALL·E 3), through the official SDK. */

export type { OpenAIConfig } from './openai/client';
export { OPENAI_IMAGE_MODEL_IDS, OPENAI_IMAGE_MODELS, type OpenAIImageModel, type OpenAIQuality } from './openai/models';

export function createOpenAIProvider(config: OpenAIConfig): ImageProvider {
  return {
    id: 'openai',
    ...describeOpenAI(config.model),
    async generate(request) {
      try {
        const client = createOpenAIClient(config);
        const images: GeneratedImage[] = [];
        // dall-e-3 takes one call per image: one after the other, so a rate limit stops the rest.
        for (const [index, body] of generationBodies(config.model, request, config.quality ?? 'auto').entries()) {
          images.push(...(await generateOnce(client, body, { index, retries: retriesOf(config) }, request)));
        }
        return images;
      } catch (error) {
        throw openAIFailure(error, config.model, request.signal);
      }
    },
  };
}

/** One paid call: the `index`-th of the request's plan, asked again only after rate limits (`retries` times at most). */
async function generateOnce(client: OpenAI, body: ImageGenerateParamsBase, { index, retries }: { index: number; retries: number }, request: GenerateRequest): Promise<GeneratedImage[]> {
  const { signal, onPartialImage, paidCalls = askDirectly } = request;
  // Bodies stream only when previews are wanted (generationBodies).
  const streaming = body.stream === true && onPartialImage !== undefined;
  const call = { index, count: body.n ?? 1 };
  const askOnce = () => client.images.generate(body as ImageGenerateParamsNonStreaming, { signal, maxRetries: 0 }).asResponse();
  const ask = async () => {
    const response = await askThroughRateLimits(askOnce, retries, signal);
    if (!streaming) return readAnswerBody(response, signal);
    // Previews are shown as they arrive; the whole answer is kept, then read, as a one-piece answer is.
    const split = sseSplitter();
    return readAnswerBody(response, signal, (text) => {
      for (const event of split(text)) if (event.type === 'image_generation.partial_image') onPartialImage(decodeImage(event.b64_json));
    });
  };
  const answer = await paidCalls(call, ask, refusedByOpenAI);
  if (answer === undefined) return [];
  // The SDK's signal ends a stream quietly, maybe after the image: a cancelled job must not deliver it.
  signal.throwIfAborted();
  const images = (streaming ? imagesOfStream(answer) : imagesOfJson(answer)).map(decodeImage);
  if (images.length === 0) throw badResponse('OpenAI ended the stream without an image. Try again.');
  return images;
}

/** One free call (the model's description, not an image) that shows whether the key, endpoint and model work. */
export async function testOpenAI(config: OpenAIConfig): Promise<{ ok: boolean; sentence: string }> {
  try {
    await createOpenAIClient(config).models.retrieve(config.model);
    return { ok: true, sentence: `OpenAI is ready: ${config.model} is available.` };
  } catch (error) {
    return { ok: false, sentence: sentenceFor(openAIFailure(error, config.model)) };
  }
}
