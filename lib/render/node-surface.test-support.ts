/** Test-only: a Surface on @napi-rs/canvas with Inter registered, standing in for OffscreenCanvas. */
import { createRequire } from 'node:module';
import { createCanvas, GlobalFonts } from '@napi-rs/canvas';
import { INTER_THEN_SYSTEM, type FontLoader } from './font';
import type { DrawingContext, SurfaceFactory } from './surface';

const require = createRequire(import.meta.url);

for (const weight of ['400', '700']) {
  GlobalFonts.registerFromPath(require.resolve(`@fontsource/inter/files/inter-latin-${weight}-normal.woff2`), 'Inter');
}

// The Node canvas draws only its own images (the test codec's), which the browser's types cannot describe.
export const createNodeSurface: SurfaceFactory = (width, height) => {
  const canvas = createCanvas(width, height);
  return {
    ctx: canvas.getContext('2d') as unknown as DrawingContext,
    async toPng() {
      return new Uint8Array(await canvas.encode('png'));
    },
  };
};

/** What the browser font loader resolves to once Inter is in place. */
export const loadTestFont: FontLoader = async () => INTER_THEN_SYSTEM;
