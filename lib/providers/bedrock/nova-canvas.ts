import type { ModelOf } from './models';
import type { CallPlan } from './plan';
import { nearestOnGrid } from './sizes';
import { textImageBody } from './titan';

/**
 * Amazon Nova Canvas: Titan's TEXT_IMAGE request with any size on its 16-pixel grid and an optional
 * visual style; the answer is Titan's too (read with textImageImages).
 */
export function novaCanvasBody(model: ModelOf<'nova-canvas'>, plan: CallPlan): object {
  return textImageBody(model, plan, nearestOnGrid(model.sizing, plan.target), plan.stylePreset ? { style: plan.stylePreset } : {});
}
