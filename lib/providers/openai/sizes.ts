import type { SizeRule } from './models';

/** The size to ask a model for: the one nearest a LinkedIn format that the model accepts. */

interface Size {
  width: number;
  height: number;
}

/** Used when no custom size fits the limits (never for LinkedIn's formats): every GPT image model takes it. */
const FALLBACK_SIZE = '1024x1024';

export function sizeFor(rule: SizeRule, target: Size): string {
  if (rule.kind === 'listed') return nearestListed(rule.sizes, target);
  return nearestCustom(rule, target) ?? FALLBACK_SIZE;
}

export function parseSize(size: string): Size {
  const [width = 0, height = 0] = size.split('x').map(Number);
  return { width, height };
}

/** Aspect ratios compared on a log scale, so 2:1 is as far from 1:1 as 1:2 is. */
function aspectDistance(a: Size, b: Size): number {
  return Math.abs(Math.log(a.width / a.height) - Math.log(b.width / b.height));
}

function nearestListed(sizes: readonly string[], target: Size): string {
  const distance = (size: string) => aspectDistance(parseSize(size), target);
  return sizes.reduce((best, size) => (distance(size) < distance(best) ? size : best));
}

type CustomRule = Extract<SizeRule, { kind: 'custom' }>;

function nearestCustom(rule: CustomRule, target: Size): string | undefined {
  const aspect = Math.min(rule.maxAspect, Math.max(1 / rule.maxAspect, target.width / target.height));
  // The target's area, brought within the limits, at the (clamped) aspect.
  const maxArea = Math.min(rule.maxPixels, rule.maxEdge * (rule.maxEdge / Math.max(aspect, 1 / aspect)));
  const area = Math.min(maxArea, Math.max(rule.minPixels, target.width * target.height));
  const ideal = { width: Math.sqrt(area * aspect), height: Math.sqrt(area / aspect) };
  const step = rule.multipleOf;
  // The grid points around the ideal size; the nearest, side by side, that fits the limits wins.
  const candidates: Size[] = [];
  for (const width of [Math.floor(ideal.width / step) * step, Math.ceil(ideal.width / step) * step]) {
    for (const height of [Math.floor(ideal.height / step) * step, Math.ceil(ideal.height / step) * step]) candidates.push({ width, height });
  }
  const distance = (size: Size) => Math.abs(Math.log(size.width / ideal.width)) + Math.abs(Math.log(size.height / ideal.height));
  const best = candidates.filter((size) => fits(rule, size)).sort((a, b) => distance(a) - distance(b))[0];
  return best && `${best.width}x${best.height}`;
}

function fits(rule: CustomRule, { width, height }: Size): boolean {
  const pixels = width * height;
  return (
    width > 0 &&
    height > 0 &&
    Math.max(width, height) <= rule.maxEdge &&
    Math.max(width / height, height / width) <= rule.maxAspect &&
    pixels >= rule.minPixels &&
    pixels <= rule.maxPixels
  );
}
