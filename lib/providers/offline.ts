/** The offline provider: typesets the headline on a generated card, with no network at all. */
import type { Analysis } from '../analysis/types';
import { FORMATS } from '../formats';
import { OFFLINE_DESCRIPTION } from './descriptions';
import { browserCodec, type DecodedImage, type ImageCodec } from '../image/codec';
import { drawCard } from '../render/card';
import { hexToRgb } from '../render/colour';
import { loadInter, type FontLoader } from '../render/font';
import { paletteFor } from '../render/palette';
import { hashString } from '../render/seed';
import { createOffscreenSurface, type SurfaceFactory } from '../render/surface';
import { chosenLayout, layoutRotation, readPostShape } from '../cards/post-shape';
import type { CardLook, GenerateRequest, ImageProvider } from './types';
import type { GeneratedImage } from '../image/types';

export interface OfflineProviderDeps {
  createSurface?: SurfaceFactory;
  loadFont?: FontLoader;
  /** Decodes the brand logo. */
  decodeImage?: ImageCodec['decode'];
}

export const MAX_VARIANTS = 4;
/** As many as the list card shows for a post without points. */
const MAX_KEY_PHRASES = 4;

function throwIfAborted(signal: AbortSignal): void {
  if (signal.aborted) throw new DOMException('The image was cancelled.', 'AbortError');
}

/** The strongest distinct key phrases, skipping any the headline already says. */
function keyPhrasesBesides(analysis: Analysis, headline: string): string[] {
  const said = new Set([headline.trim().toLowerCase()]);
  const phrases: string[] = [];
  for (const { Text } of [...analysis.keyPhrases].sort((a, b) => b.Score - a.Score)) {
    const phrase = Text.trim().replace(/\s+/g, ' ');
    if (!phrase || said.has(phrase.toLowerCase())) continue;
    said.add(phrase.toLowerCase());
    phrases.push(phrase);
    if (phrases.length === MAX_KEY_PHRASES) break;
  }
  return phrases;
}

function variantCount(requested: number): number {
  return Number.isFinite(requested) ? Math.min(MAX_VARIANTS, Math.max(1, Math.floor(requested))) : 1;
}

/** A logo that cannot be decoded (an SVG where the platform cannot read one, damaged bytes) leaves the card without it. */
async function decodeLogo(look: CardLook | undefined, decode: ImageCodec['decode']): Promise<DecodedImage | undefined> {
  const bytes = look?.brand?.logo;
  if (!bytes || bytes.length === 0) return undefined;
  try {
    return await decode(bytes);
  } catch {
    return undefined;
  }
}

export function createOfflineProvider(deps: OfflineProviderDeps = {}): ImageProvider {
  const createSurface = deps.createSurface ?? createOffscreenSurface;
  const loadFont = deps.loadFont ?? loadInter;
  const decodeImage = deps.decodeImage ?? browserCodec.decode;
  return {
    id: 'offline',
    ...OFFLINE_DESCRIPTION,
    async generate(request: GenerateRequest): Promise<GeneratedImage[]> {
      const { signal, headline, analysis, look } = request;
      throwIfAborted(signal);
      const [fontFamily, logo] = await Promise.all([loadFont(), decodeLogo(look, decodeImage)]);
      try {
        const { width, height } = FORMATS[request.format];
        const seed = hashString(headline);
        const keyPhrases = keyPhrasesBesides(analysis, headline);
        const shape = request.shape ?? readPostShape(headline);
        // The chosen layout first, then the others that fit in turn, so a strip of variations offers different looks.
        const layouts = layoutRotation(shape.layouts, chosenLayout(shape.layouts, request.layout, look?.template));
        const brand = { primary: hexToRgb(look?.brand?.primary ?? ''), accent: hexToRgb(look?.brand?.accent ?? '') };
        const images: GeneratedImage[] = [];
        for (let variant = 0; variant < variantCount(request.count); variant++) {
          throwIfAborted(signal);
          const surface = createSurface(width, height);
          const palette = paletteFor(analysis.sentiment, seed, variant, brand);
          const template = layouts[variant % layouts.length]!;
          drawCard(surface.ctx, { width, height, headline, keyPhrases, shape, palette, fontFamily, seed, variant, template, logo });
          images.push({ bytes: await surface.toPng(), mimeType: 'image/png', width, height });
        }
        throwIfAborted(signal);
        return images;
      } finally {
        logo?.close?.();
      }
    },
  };
}
