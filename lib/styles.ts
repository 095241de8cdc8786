/** Visual styles offered in the panel; each adds its own words to the prompt. */
export const STYLES = {
  photo: { label: 'Photo', words: 'professional photograph, natural light, shallow depth of field' },
  illustration: { label: 'Illustration', words: 'editorial illustration, clean lines, rich colour' },
  'flat-vector': { label: 'Flat vector', words: 'flat vector illustration, simple shapes, bold colours' },
  '3d': { label: '3D', words: '3D render, soft studio lighting, smooth materials' },
  watercolour: { label: 'Watercolour', words: 'watercolour painting, soft washes, paper texture' },
  minimal: { label: 'Minimal', words: 'minimalist composition, generous negative space, muted palette' },
} as const;

export type StyleId = keyof typeof STYLES;

export const STYLE_IDS = Object.keys(STYLES) as StyleId[];

export const DEFAULT_STYLE: StyleId = 'illustration';
