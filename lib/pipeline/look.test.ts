import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { analyseLocally } from '../analysis/local';
import { toDataUrl } from '../image/bytes';
import type { GenerateRequest, ImageProvider } from '../providers/types';
import { DEFAULT_SETTINGS } from '../settings/schema';
import { generateImages } from './generate';
import { lookFrom } from './look';
import { testContext } from './context.test-support';

describe('lookFrom', () => {
  it('passes the template and colours, and the logo as bytes', () => {
    const logo = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 255, 7]);
    const brand = { primary: '#0a66c2', accent: '#f5c518', logoDataUrl: toDataUrl(logo, 'image/png'), template: 'quote' as const };
    expect(lookFrom(brand)).toEqual({ template: 'quote', brand: { primary: '#0a66c2', accent: '#f5c518', logo } });
  });

  it('leaves out what is not set', () => {
    expect(lookFrom(DEFAULT_SETTINGS.brand)).toEqual({ template: 'auto', brand: { primary: undefined, accent: undefined, logo: undefined } });
  });
});

describe('the look in a generation', () => {
  it('reaches the provider from the context', async () => {
    const received: GenerateRequest[] = [];
    const provider: ImageProvider = {
      id: 'offline',
      label: 'Test',
      promptLimit: 100,
      async generate(request) {
        received.push(request);
        return [{ bytes: new Uint8Array([1]), mimeType: 'image/png', width: 1200, height: 627 }];
      },
    };
    const look = lookFrom({ ...DEFAULT_SETTINGS.brand, primary: '#112233', template: 'list' });
    const analysis = analyseLocally('We won the award!', 'test');
    const request = { jobId: 'look-1', prompt: 'a trophy', headline: 'We won', analysis, style: 'photo', format: 'landscape', count: 1 } as const;
    await generateImages(request, { ...testContext(provider), look });
    expect(received.map((sent) => sent.look)).toEqual([look]);
  });
});
