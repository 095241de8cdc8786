import type { BedrockModel } from './models';
import { novaCanvasBody } from './nova-canvas';
import type { CallPlan } from './plan';
import { sdxlBody, sdxlImages } from './sdxl';
import { stabilityBody, stabilityImages } from './stability';
import { textImageImages, titanBody } from './titan';

/** Each InvokeModel family's own request body and answer, chosen by the catalogue's `family` (Nova 2 Omni uses Converse). */

export type InvokeModelModel = Exclude<BedrockModel, { family: 'nova-omni' }>;

export function requestBody(model: InvokeModelModel, plan: CallPlan): object {
  switch (model.family) {
    case 'titan':
      return titanBody(model, plan);
    case 'nova-canvas':
      return novaCanvasBody(model, plan);
    case 'stability':
      return stabilityBody(model, plan);
    case 'sdxl':
      return sdxlBody(model, plan);
  }
}

/** The base64 images in a model's parsed answer; throws the model's verdict when it refused. */
export function imagesOf(model: InvokeModelModel, answer: unknown): string[] {
  switch (model.family) {
    case 'titan':
    case 'nova-canvas':
      return textImageImages(answer, model);
    case 'stability':
      return stabilityImages(answer, model);
    case 'sdxl':
      return sdxlImages(answer, model);
  }
}
