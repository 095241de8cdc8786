/** Bundled Inter, loaded once into the worker's (Chrome) or event page's (Firefox) font set. */
import interRegularUrl from '@fontsource/inter/files/inter-latin-400-normal.woff2?url';
import interBoldUrl from '@fontsource/inter/files/inter-latin-700-normal.woff2?url';

export const SYSTEM_SANS = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';
/** Inter first; the system stack still supplies glyphs Inter's latin subset lacks (CJK, emoji, Arabic…). */
export const INTER_THEN_SYSTEM = `Inter, ${SYSTEM_SANS}`;

/** Resolves to the CSS font-family list to draw with. Never rejects. */
export type FontLoader = () => Promise<string>;

const FACES = [
  { url: interRegularUrl, weight: '400' },
  { url: interBoldUrl, weight: '700' },
];

/** A service worker has `self.fonts`; an event page only `document.fonts`. */
function fontSet(): FontFaceSet | undefined {
  const scope = globalThis as { fonts?: FontFaceSet };
  return scope.fonts ?? (typeof document === 'undefined' ? undefined : document.fonts);
}

async function addFace(fonts: FontFaceSet, url: string, weight: string): Promise<void> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Font ${url} answered ${response.status}.`);
  const face = new FontFace('Inter', await response.arrayBuffer(), { weight });
  await face.load();
  fonts.add(face);
}

async function addInter(): Promise<void> {
  const fonts = fontSet();
  if (!fonts) throw new Error('No font set in this context.');
  await Promise.all(FACES.map(({ url, weight }) => addFace(fonts, url, weight)));
}

let added: Promise<void> | undefined;

/** Loads Inter on first use; if that fails the card is still drawn, in the system font, and the next card retries. */
export const loadInter: FontLoader = async () => {
  added ??= addInter();
  try {
    await added;
    return INTER_THEN_SYSTEM;
  } catch {
    added = undefined;
    return SYSTEM_SANS;
  }
};
