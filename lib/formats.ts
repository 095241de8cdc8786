/** LinkedIn's image formats. Providers ask for the nearest size they support; the result is fitted. */
export const FORMATS = {
  landscape: { width: 1200, height: 627, label: 'Landscape 1200×627' },
  square: { width: 1080, height: 1080, label: 'Square 1080×1080' },
  portrait: { width: 1080, height: 1350, label: 'Portrait 1080×1350' },
} as const;

export type FormatId = keyof typeof FORMATS;

export const FORMAT_IDS = Object.keys(FORMATS) as FormatId[];

export const DEFAULT_FORMAT: FormatId = 'landscape';

/** LinkedIn refuses images above this size. */
export const LINKEDIN_MAX_IMAGE_BYTES = 5 * 1024 * 1024;
