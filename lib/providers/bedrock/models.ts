import type { Shutdown } from '../lifecycle';

/**
 * The Amazon Bedrock image models Post to Image knows, with what each accepts (AWS user guide model
 * pages and lifecycle pages, read 2026-12-04; see shared/notes/providers-2026-12.md §1). Ended models
 * stay here only so stored settings can be moved off them and their failures named; they are never offered.
 */

export type BedrockModelId =
  | 'us.amazon.nova-2-omni-v1:0'
  | 'amazon.titan-image-generator-v2:0'
  | 'amazon.titan-image-generator-v1'
  | 'amazon.nova-canvas-v1:0'
  | 'stability.sd3-5-large-v1:0'
  | 'stability.stable-image-core-v1:1'
  | 'stability.stable-image-ultra-v1:1'
  | 'stability.stable-diffusion-xl-v1';

export interface Size {
  width: number;
  height: number;
}

/** Only these width x height pairs (Titan, SDXL). */
export interface ListedSizes {
  kind: 'listed';
  sizes: readonly Size[];
}

/** Any width x height on a grid, within limits (Nova Canvas). */
export interface GridSizes {
  kind: 'grid';
  step: number;
  minSide: number;
  maxSide: number;
  /** The longer side over the shorter, at most. */
  maxAspect: number;
  maxPixels: number;
}

/** An aspect ratio from a list, "W:H"; the model picks the pixels, about a megapixel (Stability). */
export interface AspectRatios {
  kind: 'aspect-ratio';
  ratios: readonly string[];
}

/** The size asked for in the prompt's words; the model decides what it draws (Nova 2 Omni). */
export interface SizeInWords {
  kind: 'in-words';
}

interface ModelBase {
  id: BedrockModelId;
  label: string;
  /** Regions that serve the model in-Region today; empty once AWS has ended it everywhere. */
  regions: readonly string[];
  /** The longest prompt (and negative prompt) the model takes, in characters. */
  promptLimit: number;
  /** Values for BedrockConfig.stylePreset: Nova Canvas styles or SDXL style presets. */
  stylePresets: readonly string[];
  /** The CFG scale range the model takes; absent when it refuses cfg_scale altogether. */
  cfgScale?: { min: number; max: number };
  maxSeed: number;
  /** Images one call can return; more take more calls. */
  imagesPerCall: number;
  lifecycle: { status: 'active' | 'legacy' | 'ended'; note: string };
  /** The day AWS ends the model (its end of life), where announced. */
  shutdown?: Shutdown;
  /** AWS still calls it a preview: it may change or go without the usual notice. */
  preview?: true;
  /** What to pick instead once this model is legacy or ended. */
  replacement?: BedrockModelId;
}

/** Each family has its own request shape and its own way of sizing. */
export type BedrockModel =
  | (ModelBase & { family: 'titan'; sizing: ListedSizes })
  | (ModelBase & { family: 'nova-canvas'; sizing: GridSizes })
  | (ModelBase & { family: 'stability'; sizing: AspectRatios })
  | (ModelBase & { family: 'sdxl'; sizing: ListedSizes })
  | (ModelBase & { family: 'nova-omni'; sizing: SizeInWords });

export type BedrockFamily = BedrockModel['family'];

export type ModelOf<F extends BedrockFamily> = Extract<BedrockModel, { family: F }>;

/** Post to Image never asks for more images at once (the panel shows up to four; Titan and Nova allow five). */
export const MAX_IMAGES = 4;

const TITAN_SIZES: readonly Size[] = (
  '1024x1024 768x768 512x512 768x1152 384x576 1152x768 576x384 768x1280 384x640 1280x768 640x384 896x1152 448x576 ' +
  '1152x896 576x448 768x1408 384x704 1408x768 704x384 640x1408 320x704 1408x640 704x320 1152x640 1173x640'
)
  .split(' ')
  .map(parseSize);

const SDXL_SIZES: readonly Size[] = ['1024x1024', '1152x896', '1216x832', '1344x768', '1536x640', '640x1536', '768x1344', '832x1216', '896x1152'].map(
  parseSize,
);

export const NOVA_CANVAS_STYLES = [
  '3D_ANIMATED_FAMILY_FILM',
  'DESIGN_SKETCH',
  'FLAT_VECTOR_ILLUSTRATION',
  'GRAPHIC_NOVEL_ILLUSTRATION',
  'MAXIMALISM',
  'MIDCENTURY_RETRO',
  'PHOTOREALISM',
  'SOFT_DIGITAL_PAINTING',
] as const;

export const SDXL_STYLE_PRESETS = [
  '3d-model', 'analog-film', 'anime', 'cinematic', 'comic-book', 'digital-art', 'enhance', 'fantasy-art', 'isometric',
  'line-art', 'low-poly', 'modeling-compound', 'neon-punk', 'origami', 'photographic', 'pixel-art', 'tile-texture',
] as const;

const TITAN = {
  family: 'titan',
  promptLimit: 512,
  sizing: { kind: 'listed', sizes: TITAN_SIZES },
  stylePresets: [],
  cfgScale: { min: 1.1, max: 10 },
  maxSeed: 2_147_483_646,
  imagesPerCall: MAX_IMAGES,
} as const;

const STABILITY = {
  family: 'stability',
  regions: ['us-west-2'],
  promptLimit: 10_000,
  sizing: { kind: 'aspect-ratio', ratios: ['16:9', '1:1', '21:9', '2:3', '3:2', '4:5', '5:4', '9:16', '9:21'] },
  stylePresets: [],
  maxSeed: 4_294_967_294,
  imagesPerCall: 1,
  lifecycle: { status: 'active', note: 'Active; the earlier v1:0 versions (and SD3 Large) ended in 2025.' },
} as const;

/** What ended Amazon models move to: $0.04 an image, like Nova Canvas's standard quality. */
export const BEDROCK_SUCCESSOR = 'stability.stable-image-core-v1:1';

export const BEDROCK_MODELS = {
  'stability.stable-image-core-v1:1': { ...STABILITY, id: 'stability.stable-image-core-v1:1', label: 'Stable Image Core' },
  'stability.stable-image-ultra-v1:1': { ...STABILITY, id: 'stability.stable-image-ultra-v1:1', label: 'Stable Image Ultra' },
  'stability.sd3-5-large-v1:0': {
    ...STABILITY,
    id: 'stability.sd3-5-large-v1:0',
    label: 'Stable Diffusion 3.5 Large',
    cfgScale: { min: 1, max: 10 },
  },
  // Amazon's only image generator since Nova Canvas ended: a chat model, through Converse, on the US cross-Region profile.
  'us.amazon.nova-2-omni-v1:0': {
    id: 'us.amazon.nova-2-omni-v1:0',
    label: 'Amazon Nova 2 Omni (preview)',
    family: 'nova-omni',
    regions: ['us-east-1', 'us-east-2', 'us-west-2'],
    promptLimit: 4000,
    sizing: { kind: 'in-words' },
    stylePresets: [],
    maxSeed: 0,
    imagesPerCall: 1,
    lifecycle: { status: 'active', note: 'In preview since 2025-12-02 (no general availability announced).' },
    preview: true,
  },
  'amazon.titan-image-generator-v2:0': {
    ...TITAN,
    id: 'amazon.titan-image-generator-v2:0',
    label: 'Amazon Titan Image Generator v2',
    regions: [],
    lifecycle: { status: 'ended', note: 'AWS ended it on 2026-06-30.' },
    shutdown: { date: '2026-06-30', confirmed: true },
    replacement: BEDROCK_SUCCESSOR,
  },
  'amazon.titan-image-generator-v1': {
    ...TITAN,
    id: 'amazon.titan-image-generator-v1',
    label: 'Amazon Titan Image Generator v1',
    regions: [],
    // Its own date was not published; it ended no later than v2 (UNCONFIRMED).
    lifecycle: { status: 'ended', note: 'AWS ended it by 2026-06-30.' },
    shutdown: { date: '2026-06-30', confirmed: false },
    replacement: BEDROCK_SUCCESSOR,
  },
  'amazon.nova-canvas-v1:0': {
    id: 'amazon.nova-canvas-v1:0',
    label: 'Amazon Nova Canvas',
    family: 'nova-canvas',
    regions: [],
    promptLimit: 1024,
    sizing: { kind: 'grid', step: 16, minSide: 320, maxSide: 4096, maxAspect: 4, maxPixels: 4_194_304 },
    stylePresets: NOVA_CANVAS_STYLES,
    cfgScale: { min: 1.1, max: 10 },
    maxSeed: 858_993_459,
    imagesPerCall: MAX_IMAGES,
    lifecycle: { status: 'ended', note: 'AWS ended it on 2026-09-30 in every Region.' },
    shutdown: { date: '2026-09-30', confirmed: true },
    replacement: BEDROCK_SUCCESSOR,
  },
  'stability.stable-diffusion-xl-v1': {
    id: 'stability.stable-diffusion-xl-v1',
    label: 'Stable Diffusion XL 1.0',
    family: 'sdxl',
    regions: [],
    promptLimit: 2000,
    sizing: { kind: 'listed', sizes: SDXL_SIZES },
    stylePresets: SDXL_STYLE_PRESETS,
    cfgScale: { min: 0, max: 35 },
    maxSeed: 4_294_967_295,
    imagesPerCall: 1,
    lifecycle: { status: 'ended', note: 'AWS ended it on 2025-05-20.' },
    shutdown: { date: '2025-05-20', confirmed: true },
    replacement: 'stability.sd3-5-large-v1:0',
  },
} as const satisfies Record<BedrockModelId, BedrockModel>;

export const BEDROCK_MODEL_IDS = Object.keys(BEDROCK_MODELS) as BedrockModelId[];

/** Every region where at least one catalogued model is offered, for the options page's picker. */
export const BEDROCK_REGIONS: readonly string[] = [...new Set(Object.values(BEDROCK_MODELS).flatMap((model) => model.regions))].sort();

function parseSize(text: string): Size {
  const [width = 0, height = 0] = text.split('x').map(Number);
  return { width, height };
}
