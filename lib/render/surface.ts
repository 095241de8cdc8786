/** The drawing target, behind a factory so the worker uses OffscreenCanvas and tests a Node canvas. */

/** The part of the 2D context the card uses; OffscreenCanvas's context and @napi-rs/canvas's both have it. */
export type DrawingContext = Pick<
  OffscreenCanvasRenderingContext2D,
  | 'fillStyle'
  | 'strokeStyle'
  | 'globalAlpha'
  | 'lineWidth'
  | 'font'
  | 'textAlign'
  | 'textBaseline'
  | 'direction'
  | 'createLinearGradient'
  | 'createRadialGradient'
  | 'fillRect'
  | 'beginPath'
  | 'arc'
  | 'roundRect'
  | 'fill'
  | 'stroke'
  | 'fillText'
  | 'measureText'
  | 'save'
  | 'restore'
  | 'translate'
  | 'rotate'
  | 'drawImage'
>;

export interface Surface {
  ctx: DrawingContext;
  toPng(): Promise<Uint8Array>;
}

export type SurfaceFactory = (width: number, height: number) => Surface;

/** OffscreenCanvas exists in Chrome's service worker and in Firefox's event page alike. */
export const createOffscreenSurface: SurfaceFactory = (width, height) => {
  const canvas = new OffscreenCanvas(width, height);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('OffscreenCanvas has no 2D context here.');
  return {
    ctx,
    async toPng() {
      const blob = await canvas.convertToBlob({ type: 'image/png' });
      return new Uint8Array(await blob.arrayBuffer());
    },
  };
};
