import type { ImageGenerateParamsBase } from 'openai/resources/images';

/** The OpenAI image models Post to Image offers, with the rules each one's requests must follow. */

export type OpenAIImageModel = 'gpt-image-2' | 'gpt-image-1.5' | 'gpt-image-1' | 'gpt-image-1-mini' | 'dall-e-3';

/** The quality setting in the options; each model turns it into its own values. */
export type OpenAIQuality = 'auto' | 'low' | 'medium' | 'high';

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
}

/** Post to Image never asks for more images at once (the panel shows up to four). */
export const MAX_IMAGES = 4;

const GPT_IMAGE: Omit<OpenAIImageModelInfo, 'label' | 'sizes'> = {
  promptLimit: 32_000,
  parameters: ['model', 'prompt', 'n', 'size', 'quality', 'output_format', 'background', 'moderation', 'stream', 'partial_images'],
  maxImagesPerCall: MAX_IMAGES,
  quality: (setting) => setting,
};

const GPT_IMAGE_SIZES: SizeRule = { kind: 'listed', sizes: ['1536x1024', '1024x1024', '1024x1536'] };

export const OPENAI_IMAGE_MODELS: Readonly<Record<OpenAIImageModel, OpenAIImageModelInfo>> = {
  'gpt-image-2': {
    ...GPT_IMAGE,
    label: 'GPT Image 2',
    // OpenAI: both sides multiples of 16, ratio within 1:3..3:1, at most 3840 px a side and 3840x2160 in all.
    sizes: { kind: 'custom', multipleOf: 16, maxAspect: 3, maxEdge: 3840, minPixels: 655_360, maxPixels: 8_294_400 },
  },
  'gpt-image-1.5': { ...GPT_IMAGE, label: 'GPT Image 1.5', sizes: GPT_IMAGE_SIZES },
  'gpt-image-1': { ...GPT_IMAGE, label: 'GPT Image 1', sizes: GPT_IMAGE_SIZES },
  'gpt-image-1-mini': { ...GPT_IMAGE, label: 'GPT Image 1 mini', sizes: GPT_IMAGE_SIZES },
  'dall-e-3': {
    label: 'DALL·E 3',
    promptLimit: 4000,
    sizes: { kind: 'listed', sizes: ['1792x1024', '1024x1024', '1024x1792'] },
    parameters: ['model', 'prompt', 'n', 'size', 'quality', 'style', 'response_format'],
    maxImagesPerCall: 1,
    quality: (setting) => (setting === 'high' ? 'hd' : 'standard'),
  },
};

export const OPENAI_IMAGE_MODEL_IDS = Object.keys(OPENAI_IMAGE_MODELS) as OpenAIImageModel[];
