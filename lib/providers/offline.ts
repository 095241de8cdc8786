/** The offline provider: typesets the headline on a generated card, with no network at all. */
import type { Analysis } from '../analysis/types';
import { FORMATS } from '../formats';
import { drawCard } from '../render/card';
import { loadInter, type FontLoader } from '../render/font';
import { paletteFor } from '../render/palette';
import { hashString } from '../render/seed';
import { createOffscreenSurface, type SurfaceFactory } from '../render/surface';
import type { GeneratedImage, GenerateRequest, ImageProvider } from './types';

export interface OfflineProviderDeps {
  createSurface?: SurfaceFactory;
  loadFont?: FontLoader;
}

export const MAX_VARIANTS = 4;
const MAX_CHIPS = 3;

function throwIfAborted(signal: AbortSignal): void {
  if (signal.aborted) throw new DOMException('The image was cancelled.', 'AbortError');
}

/** The strongest distinct key phrases, skipping any the headline already says. */
function chipPhrases(analysis: Analysis, headline: string): string[] {
  const said = new Set([headline.trim().toLowerCase()]);
  const phrases: string[] = [];
  for (const { Text } of [...analysis.keyPhrases].sort((a, b) => b.Score - a.Score)) {
    const phrase = Text.trim().replace(/\s+/g, ' ');
    if (!phrase || said.has(phrase.toLowerCase())) continue;
    said.add(phrase.toLowerCase());
    phrases.push(phrase);
    if (phrases.length === MAX_CHIPS) break;
  }
  return phrases;
}

function variantCount(requested: number): number {
  return Number.isFinite(requested) ? Math.min(MAX_VARIANTS, Math.max(1, Math.floor(requested))) : 1;
}

export function createOfflineProvider(deps: OfflineProviderDeps = {}): ImageProvider {
  const createSurface = deps.createSurface ?? createOffscreenSurface;
  const loadFont = deps.loadFont ?? loadInter;
  return {
    id: 'offline',
    label: 'Offline renderer',
    promptLimit: 1000,
    async generate(request: GenerateRequest): Promise<GeneratedImage[]> {
      const { signal, headline, analysis } = request;
      throwIfAborted(signal);
      const fontFamily = await loadFont();
      const { width, height } = FORMATS[request.format];
      const seed = hashString(headline);
      const keyPhrases = chipPhrases(analysis, headline);
      const images: GeneratedImage[] = [];
      for (let variant = 0; variant < variantCount(request.count); variant++) {
        throwIfAborted(signal);
        const surface = createSurface(width, height);
        const palette = paletteFor(analysis.sentiment, seed, variant);
        drawCard(surface.ctx, { width, height, headline, keyPhrases, palette, fontFamily, seed, variant });
        images.push({ bytes: await surface.toPng(), mimeType: 'image/png', width, height });
      }
      throwIfAborted(signal);
      return images;
    },
  };
}
