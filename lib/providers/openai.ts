import type OpenAI from 'openai';
import type { ImageGenerateParamsBase, ImageGenerateParamsNonStreaming } from 'openai/resources/images';
import { sentenceFor } from '../errors';
import { describeOpenAI } from './descriptions';
import { createOpenAIClient, type OpenAIConfig } from './openai/client';
import { openAIFailure } from './openai/errors';
import { badResponse, decodeImage } from './openai/images';
import { generationBodies } from './openai/request';
import type { GeneratedImage, GenerateRequest, ImageProvider } from './types';

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
        for (const body of generationBodies(config.model, request, config.quality ?? 'auto')) {
          images.push(...(await generateOnce(client, body, request)));
        }
        return images;
      } catch (error) {
        throw openAIFailure(error, config.model, request.signal);
      }
    },
  };
}

async function generateOnce(client: OpenAI, body: ImageGenerateParamsBase, request: GenerateRequest): Promise<GeneratedImage[]> {
  const { signal, onPartialImage } = request;
  if (!body.stream || !onPartialImage) {
    const response = await client.images.generate(body as ImageGenerateParamsNonStreaming, { signal });
    const data = Array.isArray(response.data) ? response.data : [];
    if (data.length === 0) throw badResponse('OpenAI answered without an image. Try again.');
    return data.map((image) => decodeImage(image.b64_json));
  }
  const stream = await client.images.generate({ ...body, stream: true }, { signal });
  const images: GeneratedImage[] = [];
  for await (const event of stream) {
    if (event.type === 'image_generation.partial_image') onPartialImage(decodeImage(event.b64_json));
    else if (event.type === 'image_generation.completed') images.push(decodeImage(event.b64_json));
  }
  // The SDK ends an aborted stream quietly, maybe after the image: a cancelled job must not deliver it.
  signal.throwIfAborted();
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
