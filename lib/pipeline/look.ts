/** The user's brand settings as the offline renderer takes them. */
import { base64ToBytes } from '../image/bytes';
import type { CardLook } from '../providers/types';
import type { Settings } from '../settings/schema';

/** The settings only keep base64 data URLs (the schema checks), so the bytes are what follows the comma. */
function logoBytes(dataUrl: string): Uint8Array | undefined {
  return dataUrl ? base64ToBytes(dataUrl.slice(dataUrl.indexOf(',') + 1)) : undefined;
}

export function lookFrom(brand: Settings['brand']): CardLook {
  return {
    template: brand.template,
    brand: { primary: brand.primary || undefined, accent: brand.accent || undefined, logo: logoBytes(brand.logoDataUrl) },
  };
}
