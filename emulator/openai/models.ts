/** What each image model of the emulated OpenAI API accepts, as the real API documents it (openai@6.49 types). */

export interface EmulatedImageModel {
  id: string;
  family: 'gpt-image' | 'dall-e';
  promptLimit: number;
  maxImages: number;
  /** Parameters the model takes besides model and prompt; any other is refused as unknown. */
  parameters: ReadonlySet<string>;
  sizes: readonly string[];
  /** gpt-image-2: any WxH within CUSTOM_SIZE_LIMITS, as well as `sizes`. */
  customSizes: boolean;
  qualities: readonly string[];
  transparentBackground: boolean;
  /** Unix seconds, for GET /models/{id}. */
  created: number;
  /** The day OpenAI stops serving the model (YYYY-MM-DD), or null when none is announced (GET /models' shutdown_date). */
  shutdownDate: string | null;
}

export const CUSTOM_SIZE_LIMITS = { multipleOf: 16, maxAspect: 3, maxEdge: 3840, minPixels: 655_360, maxPixels: 8_294_400 };

const GPT_IMAGE_PARAMETERS = new Set([
  'n',
  'size',
  'quality',
  'background',
  'moderation',
  'output_format',
  'output_compression',
  'stream',
  'partial_images',
  'user',
]);

function gptImage(id: string, created: number, shutdownDate: string | null, overrides: Partial<EmulatedImageModel> = {}): EmulatedImageModel {
  return {
    id,
    family: 'gpt-image',
    promptLimit: 32_000,
    maxImages: 10,
    parameters: GPT_IMAGE_PARAMETERS,
    sizes: ['auto', '1024x1024', '1536x1024', '1024x1536'],
    customSizes: false,
    qualities: ['auto', 'low', 'medium', 'high'],
    transparentBackground: true,
    created,
    shutdownDate,
    ...overrides,
  };
}

const GPT_IMAGE_2 = { customSizes: true, transparentBackground: false };

/**
 * Shutdown dates from OpenAI's deprecations page (shared/notes/providers-2026-12.md §2.1). gpt-image-2's
 * 2027-02-10 comes from one secondary source (UNCONFIRMED). GPT Image 2.6 launched on 2026-11-04 on the same
 * Images endpoints (newer than the notes: docs.apiyi.com's launch note of 2026-11-05, OpenRouter's model page,
 * Comfy Router's request example with quality "low" and size "1024x1024"), so the emulator serves and lists it
 * as 2.5 is served; its own qualities (xhigh, max) and `complexity` are not confirmed and not emulated.
 */
const GPT_IMAGE_2_SHUTDOWN = '2027-02-10';
const GPT_IMAGE_2_5_LAUNCH = 1788825600; // 2026-09-08
const GPT_IMAGE_2_6_LAUNCH = 1793750400; // 2026-11-04

export const EMULATED_MODELS: readonly EmulatedImageModel[] = [
  gptImage('gpt-image-2.6-flare', GPT_IMAGE_2_6_LAUNCH, null, GPT_IMAGE_2),
  gptImage('gpt-image-2.6-sunburst', GPT_IMAGE_2_6_LAUNCH, null, GPT_IMAGE_2),
  gptImage('gpt-image-2.5-flare', GPT_IMAGE_2_5_LAUNCH, null, GPT_IMAGE_2),
  gptImage('gpt-image-2.5-flare-2026-09-08', GPT_IMAGE_2_5_LAUNCH, null, GPT_IMAGE_2),
  gptImage('gpt-image-2.5-sunburst', GPT_IMAGE_2_5_LAUNCH, null, GPT_IMAGE_2),
  gptImage('gpt-image-2.5-sunburst-2026-09-08', GPT_IMAGE_2_5_LAUNCH, null, GPT_IMAGE_2),
  gptImage('gpt-image-2', 1776729600, GPT_IMAGE_2_SHUTDOWN, GPT_IMAGE_2),
  gptImage('gpt-image-2-2026-04-21', 1776729600, GPT_IMAGE_2_SHUTDOWN, GPT_IMAGE_2),
  gptImage('gpt-image-1.5', 1763424000, '2026-12-01'),
  gptImage('gpt-image-1.5-2025-12-16', 1765843200, '2026-12-01'),
  gptImage('gpt-image-1', 1745366400, '2026-10-23'),
  gptImage('gpt-image-1-mini', 1759795200, '2026-12-01'),
  gptImage('chatgpt-image-latest', 1763424000, '2026-12-01'),
  {
    id: 'dall-e-3',
    family: 'dall-e',
    promptLimit: 4000,
    maxImages: 1,
    parameters: new Set(['n', 'size', 'quality', 'style', 'response_format', 'user']),
    sizes: ['1024x1024', '1792x1024', '1024x1792'],
    customSizes: false,
    qualities: ['standard', 'hd'],
    transparentBackground: false,
    created: 1698785189,
    shutdownDate: '2026-05-12',
  },
  {
    id: 'dall-e-2',
    family: 'dall-e',
    promptLimit: 1000,
    maxImages: 10,
    parameters: new Set(['n', 'size', 'quality', 'response_format', 'user']),
    sizes: ['256x256', '512x512', '1024x1024'],
    customSizes: false,
    qualities: ['standard'],
    transparentBackground: false,
    created: 1698798177,
    shutdownDate: '2026-05-12',
  },
];

/** A model OpenAI still serves on `today` (YYYY-MM-DD): shut-down models are gone from the API. */
export function findModel(id: string, today: string): EmulatedImageModel | undefined {
  return servedModels(today).find((model) => model.id === id);
}

export function servedModels(today: string): EmulatedImageModel[] {
  return EMULATED_MODELS.filter((model) => model.shutdownDate === null || model.shutdownDate > today);
}

const GPT_ONLY_PARAMETERS = ['background', 'moderation', 'output_format', 'output_compression', 'stream', 'partial_images'];

/** The model a request without one gets: dall-e-2, unless it uses a parameter only GPT image models take. */
export function defaultModelId(body: Record<string, unknown>): string {
  return GPT_ONLY_PARAMETERS.some((name) => body[name] !== undefined && body[name] !== null) ? 'gpt-image-1' : 'dall-e-2';
}
