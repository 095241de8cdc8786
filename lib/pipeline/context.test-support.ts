import type { ImageProvider } from '../providers/types';
import type { GeneratedImage } from '../image/types';
import type { GenerationContext } from './generate';

/** A generation context for unit tests: no canvas in Node, so fitting is passed in (unchanged by default). */
export function testContext(provider: ImageProvider, fit = async (image: GeneratedImage) => image): GenerationContext {
  return { signal: new AbortController().signal, active: { provider, model: 'm' }, fit };
}
