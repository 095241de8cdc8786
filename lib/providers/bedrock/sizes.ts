import type { GridSizes, Size } from './models';

/**
 * Picking the size a model allows that best fits a LinkedIn format: the nearest shape first (the
 * result is cropped to the format, so a wrong shape loses picture), then the nearest pixel count.
 */

/** How far apart two sizes are in shape and in area, on log scales so that 2x and 1/2 weigh the same. */
function distance(candidate: Size, target: Size): { shape: number; area: number } {
  return {
    shape: Math.abs(Math.log(candidate.width / candidate.height / (target.width / target.height))),
    area: Math.abs(Math.log((candidate.width * candidate.height) / (target.width * target.height))),
  };
}

/** Shapes closer than this count as equal, so the area decides. */
const SAME_SHAPE = 1e-9;

function nearest<T>(candidates: readonly T[], target: Size, sizeOf: (candidate: T) => Size): T {
  let best = candidates[0] as T;
  let bestDistance = distance(sizeOf(best), target);
  for (const candidate of candidates.slice(1)) {
    const candidateDistance = distance(sizeOf(candidate), target);
    const closerShape = candidateDistance.shape < bestDistance.shape - SAME_SHAPE;
    const sameShape = Math.abs(candidateDistance.shape - bestDistance.shape) <= SAME_SHAPE;
    if (closerShape || (sameShape && candidateDistance.area < bestDistance.area)) {
      best = candidate;
      bestDistance = candidateDistance;
    }
  }
  return best;
}

export function nearestSize(sizes: readonly Size[], target: Size): Size {
  return nearest(sizes, target, (size) => size);
}

/**
 * The grid point nearest the target: the target is first brought within the grid's shape and pixel
 * limits, then each side is rounded down and up to the grid and the best allowed pair wins.
 */
export function nearestOnGrid(grid: GridSizes, target: Size): Size {
  const fitted = withinLimits(grid, target);
  const sides = (side: number) =>
    [Math.floor(side / grid.step), Math.ceil(side / grid.step)].map((steps) => Math.min(grid.maxSide, Math.max(grid.minSide, steps * grid.step)));
  const candidates = sides(fitted.width).flatMap((width) => sides(fitted.height).map((height) => ({ width, height })));
  const allowed = candidates.filter(
    ({ width, height }) => Math.max(width / height, height / width) <= grid.maxAspect && width * height <= grid.maxPixels,
  );
  return nearestSize(allowed, target);
}

/** The target stretched or shrunk as little as needed to respect the grid's longest shape and largest area. */
function withinLimits(grid: GridSizes, target: Size): Size {
  const shortest = Math.max(Math.min(target.width, target.height), Math.max(target.width, target.height) / grid.maxAspect);
  const shaped = target.width >= target.height ? { width: target.width, height: shortest } : { width: shortest, height: target.height };
  const shrink = Math.min(1, Math.sqrt(grid.maxPixels / (shaped.width * shaped.height)));
  return { width: shaped.width * shrink, height: shaped.height * shrink };
}

/** The listed aspect ratio ("W:H") nearest the target's shape. */
export function nearestAspectRatio(ratios: readonly string[], target: Size): string {
  return nearest(ratios, target, (ratio) => {
    const [width = 1, height = 1] = ratio.split(':').map(Number);
    return { width, height };
  });
}
