import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

class FakeFontFace {
  loaded = false;
  constructor(
    readonly family: string,
    readonly source: ArrayBuffer,
    readonly descriptors: FontFaceDescriptors,
  ) {}
  async load() {
    this.loaded = true;
    return this;
  }
}

const fontFile = new ArrayBuffer(8);

function stubFetch(ok = true) {
  const fetch = vi.fn(async (_url: RequestInfo | URL) => new Response(ok ? fontFile : null, { status: ok ? 200 : 404 }));
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

function stubFontSet(where: 'worker' | 'page') {
  const fonts = { add: vi.fn() };
  if (where === 'worker') vi.stubGlobal('fonts', fonts);
  else vi.stubGlobal('document', { fonts });
  return fonts;
}

// A fresh module each time: the loaded font is cached at module level.
const freshFontModule = () => import('./font');

beforeEach(() => {
  vi.resetModules();
  vi.stubGlobal('FontFace', FakeFontFace);
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('loadInter', () => {
  it('adds both weights of the bundled Inter to a worker’s font set', async () => {
    const fetch = stubFetch();
    const fonts = stubFontSet('worker');
    const { loadInter, INTER_THEN_SYSTEM } = await freshFontModule();

    expect(await loadInter()).toBe(INTER_THEN_SYSTEM);

    expect(fetch.mock.calls.map(([url]) => String(url))).toEqual([
      expect.stringContaining('inter-latin-400-normal.woff2'),
      expect.stringContaining('inter-latin-700-normal.woff2'),
    ]);
    const faces = fonts.add.mock.calls.map(([face]) => face as FakeFontFace);
    expect(faces.map((face) => [face.family, face.descriptors.weight, face.loaded])).toEqual([
      ['Inter', '400', true],
      ['Inter', '700', true],
    ]);
    expect(faces.every((face) => face.source.byteLength === fontFile.byteLength)).toBe(true);
  });

  it('uses document.fonts in an event page', async () => {
    stubFetch();
    const fonts = stubFontSet('page');
    const { loadInter, INTER_THEN_SYSTEM } = await freshFontModule();

    expect(await loadInter()).toBe(INTER_THEN_SYSTEM);
    expect(fonts.add).toHaveBeenCalledTimes(2);
  });

  it('loads only once however often it is asked', async () => {
    const fetch = stubFetch();
    stubFontSet('worker');
    const { loadInter } = await freshFontModule();

    await Promise.all([loadInter(), loadInter()]);
    await loadInter();
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('falls back to the system font when the file cannot be fetched, and retries next time', async () => {
    stubFetch(false);
    const fonts = stubFontSet('worker');
    const { loadInter, SYSTEM_SANS, INTER_THEN_SYSTEM } = await freshFontModule();

    expect(await loadInter()).toBe(SYSTEM_SANS);
    expect(fonts.add).not.toHaveBeenCalled();

    stubFetch();
    expect(await loadInter()).toBe(INTER_THEN_SYSTEM);
  });

  it('falls back to the system font where there is no font set', async () => {
    stubFetch();
    const { loadInter, SYSTEM_SANS } = await freshFontModule();
    expect(await loadInter()).toBe(SYSTEM_SANS);
  });
});
