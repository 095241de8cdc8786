import { novaCanvasModel, titanModel } from './amazon';
import type { EmulatedModel } from './model';
import { sdxlModel } from './sdxl';
import { stabilityModel } from './stability';

/**
 * The image models the emulator serves, by model ID. Written from AWS's model pages on their own,
 * not from the extension's catalogue, so a mistake there shows up as a refused request here.
 */
export const EMULATED_MODELS: Readonly<Record<string, EmulatedModel>> = {
  'amazon.titan-image-generator-v1': titanModel('amazon.titan-image-generator-v1'),
  'amazon.titan-image-generator-v2:0': titanModel('amazon.titan-image-generator-v2:0'),
  'amazon.nova-canvas-v1:0': novaCanvasModel('amazon.nova-canvas-v1:0'),
  'stability.sd3-5-large-v1:0': stabilityModel('stability.sd3-5-large-v1:0', { takesCfgScale: true }),
  'stability.stable-image-core-v1:1': stabilityModel('stability.stable-image-core-v1:1', { takesCfgScale: false }),
  'stability.stable-image-ultra-v1:1': stabilityModel('stability.stable-image-ultra-v1:1', { takesCfgScale: false }),
  'stability.stable-diffusion-xl-v1': sdxlModel('stability.stable-diffusion-xl-v1'),
};
