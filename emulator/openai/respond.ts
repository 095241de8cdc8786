import type { EmulatorResponse } from '../types';
import type { EmulatedImageModel } from './models';
import { type OutputFormat, renderImage } from './render';
import { openaiJson, requestIdHeaders, unixSeconds } from './wire';

/** The success answers of POST /images/generations: JSON, or server-sent events when `stream` is true. */

interface Generation {
  model: EmulatedImageModel;
  prompt: string;
  n: number;
  size: string;
  quality: string;
  background: string;
  format: OutputFormat;
  compression?: number;
  responseFormat: string;
  partialImages: number;
}

const DEFAULTS = { n: 1, size: '1024x1024', background: 'auto', output_format: 'png', response_format: 'url', partial_images: 0 };

/** The request's values, with the API's defaults for those it left out. */
export function generationOf(model: EmulatedImageModel, body: Record<string, unknown>): Generation {
  const given = { ...DEFAULTS, ...body } as typeof DEFAULTS & Record<string, unknown>;
  const isGpt = model.family === 'gpt-image';
  return {
    model,
    prompt: String(body.prompt),
    n: given.n,
    // The size "auto" picks is always square here; dall-e-2's largest square is its default too.
    size: given.size === 'auto' ? '1024x1024' : given.size,
    // What "auto" resolves to is reported back, as the real API does.
    quality: given.quality === undefined || given.quality === 'auto' ? (isGpt ? 'medium' : 'standard') : String(given.quality),
    background: given.background === 'auto' ? 'opaque' : given.background,
    format: given.output_format as OutputFormat,
    compression: typeof body.output_compression === 'number' ? body.output_compression : undefined,
    // GPT image models always answer base64.
    responseFormat: isGpt ? 'b64_json' : given.response_format,
    partialImages: given.partial_images,
  };
}

/** The first preview is the coarsest; each later one halves the blocks. */
const FIRST_PREVIEW_BLOCK = 64;

/** One image of the batch, base64; `partial` makes one of its previews instead. */
function imageOf(generation: Generation, index: number, partial?: number): string {
  const [width = 1024, height = 1024] = generation.size.split('x').map(Number);
  const seed = `${generation.prompt}\u0000${index}`;
  const blockSize = partial === undefined ? 1 : FIRST_PREVIEW_BLOCK >> partial;
  const bytes = renderImage(seed, { width, height, format: generation.format, compression: generation.compression, blockSize });
  return Buffer.from(bytes).toString('base64');
}

/** Token counts in the shape the API reports: they grow with the prompt, the area and the quality. */
function usageOf(generation: Generation) {
  const [width = 1024, height = 1024] = generation.size.split('x').map(Number);
  const perMegapixel = { low: 272, medium: 1056, high: 4160 }[generation.quality] ?? 1056;
  const imageTokens = Math.round((perMegapixel * width * height) / (1024 * 1024)) * generation.n;
  const textTokens = Math.ceil(generation.prompt.length / 4);
  return {
    input_tokens: textTokens,
    input_tokens_details: { image_tokens: 0, text_tokens: textTokens },
    output_tokens: imageTokens,
    output_tokens_details: { image_tokens: imageTokens, text_tokens: 0 },
    total_tokens: textTokens + imageTokens,
  };
}

export function jsonAnswer(generation: Generation): EmulatorResponse {
  const created = unixSeconds();
  const data = Array.from({ length: generation.n }, (_, index) => {
    const b64 = imageOf(generation, index);
    // The real API answers a blob-storage URL valid for an hour; a data URL keeps the emulator stateless.
    const image = generation.responseFormat === 'b64_json' ? { b64_json: b64 } : { url: `data:image/png;base64,${b64}` };
    // dall-e-3 rewrites every prompt and says how.
    return generation.model.id === 'dall-e-3' ? { ...image, revised_prompt: `A detailed image of ${generation.prompt}` } : image;
  });
  if (generation.model.family !== 'gpt-image') return openaiJson(200, { created, data });
  return openaiJson(200, {
    created,
    data,
    background: generation.background,
    output_format: generation.format,
    quality: generation.quality,
    size: generation.size,
    usage: usageOf(generation),
  });
}

/** Each image's previews, then the image: `event:` names the type, `data:` is the JSON the SDK yields. */
export function streamAnswer(generation: Generation): EmulatorResponse {
  const common = { background: generation.background, output_format: generation.format, quality: generation.quality, size: generation.size };
  const events: string[] = [];
  const event = (data: { type: string } & Record<string, unknown>) => events.push(`event: ${data.type}\ndata: ${JSON.stringify(data)}\n\n`);
  for (let index = 0; index < generation.n; index++) {
    for (let partial = 0; partial < generation.partialImages; partial++) {
      const b64 = imageOf(generation, index, partial);
      event({ type: 'image_generation.partial_image', b64_json: b64, created_at: unixSeconds(), partial_image_index: partial, ...common });
    }
    event({ type: 'image_generation.completed', b64_json: imageOf(generation, index), created_at: unixSeconds(), ...common, usage: usageOf(generation) });
  }
  return { status: 200, headers: { 'content-type': 'text/event-stream; charset=utf-8', ...requestIdHeaders() }, body: events.join('') };
}
