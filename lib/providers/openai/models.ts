import type { ImageGenerateParamsBase } from 'openai/resources/images';
import { isShutDown, type Shutdown } from '../lifecycle';

/**
 * The OpenAI image models Post to Image knows, with the rules each one's requests must follow and the day
 * OpenAI shuts it down (shared/notes/providers-2026-12.md §2.1, read 2026-12-04). Shut-down models stay
 * here only so stored settings can be moved off them; they are never offered. The GPT Image 2.6 models
 * (gpt-image-2.6-flare, -sunburst) launched on 2026-11-04 at 2.5's token rates (re-checked 2026-12-04 against
 * third-party relays: docs.apiyi.com 2026-11-05, OpenRouter), but OpenAI's own page for their qualities and
 * tokens per image was not found (UNCONFIRMED), so they are not offered (nor priced) yet.
 */

export type OpenAIImageModel =
  | 'gpt-image-2.5-flare'
  | 'gpt-image-2.5-flare-2026-09-08'
  | 'gpt-image-2.5-sunburst'
  | 'gpt-image-2.5-sunburst-2026-09-08'
  | 'gpt-image-2'
  | 'gpt-image-1.5'
  | 'gpt-image-1'
  | 'gpt-image-1-mini'
  | 'dall-e-3';

/** The quality setting in the options; each model turns it into its own values. */
export const OPENAI_QUALITIES = ['auto', 'low', 'medium', 'high'] as const;

export type OpenAIQuality = (typeof OPENAI_QUALITIES)[number];

export type ImageParameter = keyof ImageGenerateParamsBase;

export type SizeRule =
  /** Only these sizes, "WxH". */
  | { kind: 'listed'; sizes: readonly string[] }
  /** Any "WxH" within these limits (gpt-image-2). */
  | { kind: 'custom'; multipleOf: number; maxAspect: number; maxEdge: number; minPixels: number; maxPixels: number };

export interface OpenAIImageModelInfo {
  label: string;
  /** The longest prompt the model takes, in characters. */
  promptLimit: number;
  sizes: SizeRule;
  /** The request parameters the model takes: anything else is left out, as OpenAI refuses unknown ones. */
  parameters: readonly ImageParameter[];
  /** dall-e-3 makes one image per call, so several images take several calls. */
  maxImagesPerCall: number;
  quality(setting: OpenAIQuality): NonNullable<ImageGenerateParamsBase['quality']>;
  /** The first day OpenAI no longer serves the model (YYYY-MM-DD). */
  shutdown?: Shutdown;
}

/** What a stored choice of a shut-down model becomes: the default, the cheapest current model for a LinkedIn image. */
export const OPENAI_SUCCESSOR: OpenAIImageModel = 'gpt-image-2.5-flare';

/** Post to Image never asks for more images at once (the panel shows up to four). */
export const MAX_IMAGES = 4;

const GPT_IMAGE: Omit<OpenAIImageModelInfo, 'label' | 'sizes'> = {
  promptLimit: 32_000,
  parameters: ['model', 'prompt', 'n', 'size', 'quality', 'output_format', 'background', 'moderation', 'stream', 'partial_images'],
  maxImagesPerCall: MAX_IMAGES,
  quality: (setting) => setting,
};

const GPT_IMAGE_SIZES: SizeRule = { kind: 'listed', sizes: ['1536x1024', '1024x1024', '1024x1536'] };

/** OpenAI: both sides multiples of 16, ratio within 1:3..3:1, at most 3840 px a side and 3840x2160 in all; GPT Image 2.5 the same. */
const CUSTOM_SIZES: SizeRule = { kind: 'custom', multipleOf: 16, maxAspect: 3, maxEdge: 3840, minPixels: 655_360, maxPixels: 8_294_400 };

/** GPT Image 2.5 also names xhigh and max qualities, but sources disagree on which models take them (UNCONFIRMED): not offered. */
const GPT_IMAGE_2_5 = { ...GPT_IMAGE, sizes: CUSTOM_SIZES };

const confirmed = (date: string): Shutdown => ({ date, confirmed: true });

export const OPENAI_IMAGE_MODELS: Readonly<Record<OpenAIImageModel, OpenAIImageModelInfo>> = {
  'gpt-image-2.5-flare': { ...GPT_IMAGE_2_5, label: 'GPT Image 2.5 Flare' },
  'gpt-image-2.5-flare-2026-09-08': { ...GPT_IMAGE_2_5, label: 'GPT Image 2.5 Flare (2026-09-08 snapshot)' },
  'gpt-image-2.5-sunburst': { ...GPT_IMAGE_2_5, label: 'GPT Image 2.5 Sunburst' },
  'gpt-image-2.5-sunburst-2026-09-08': { ...GPT_IMAGE_2_5, label: 'GPT Image 2.5 Sunburst (2026-09-08 snapshot)' },
  // Reported deprecated on 2026-11-10 with shutdown on 2027-02-10 by one secondary source (UNCONFIRMED).
  'gpt-image-2': { ...GPT_IMAGE, label: 'GPT Image 2', sizes: CUSTOM_SIZES, shutdown: { date: '2027-02-10', confirmed: false } },
  'gpt-image-1.5': { ...GPT_IMAGE, label: 'GPT Image 1.5', sizes: GPT_IMAGE_SIZES, shutdown: confirmed('2026-12-01') },
  'gpt-image-1': { ...GPT_IMAGE, label: 'GPT Image 1', sizes: GPT_IMAGE_SIZES, shutdown: confirmed('2026-10-23') },
  'gpt-image-1-mini': { ...GPT_IMAGE, label: 'GPT Image 1 mini', sizes: GPT_IMAGE_SIZES, shutdown: confirmed('2026-12-01') },
  'dall-e-3': {
    label: 'DALL·E 3',
    promptLimit: 4000,
    sizes: { kind: 'listed', sizes: ['1792x1024', '1024x1024', '1024x1792'] },
    parameters: ['model', 'prompt', 'n', 'size', 'quality', 'style', 'response_format'],
    maxImagesPerCall: 1,
    quality: (setting) => (setting === 'high' ? 'hd' : 'standard'),
    shutdown: confirmed('2026-05-12'),
  },
};

export const OPENAI_IMAGE_MODEL_IDS = Object.keys(OPENAI_IMAGE_MODELS) as OpenAIImageModel[];

/** The models OpenAI serves on `today` (YYYY-MM-DD), by the dates above. */
export function liveOpenAIModels(today: string): OpenAIImageModel[] {
  return OPENAI_IMAGE_MODEL_IDS.filter((id) => !isShutDown(OPENAI_IMAGE_MODELS[id].shutdown, today));
}

/** A model that works on `today` other than `model` and its snapshots: the successor, else the next live one. */
export function openAIModelInstead(model: string, today: string): OpenAIImageModel {
  const live = liveOpenAIModels(today).filter((id) => !id.startsWith(model) && !model.startsWith(id));
  return live.includes(OPENAI_SUCCESSOR) ? OPENAI_SUCCESSOR : (live[0] ?? OPENAI_SUCCESSOR);
}
