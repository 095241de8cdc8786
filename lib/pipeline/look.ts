/** The user's brand settings as the offline renderer takes them (the schema keeps only base64 data URLs). */
import { dataUrlBytes } from '../image/bytes';
import type { CardLook } from '../providers/types';
import type { Settings } from '../settings/schema';

export function lookFrom(brand: Settings['brand']): CardLook {
  return {
    template: brand.template,
    brand: { primary: brand.primary || undefined, accent: brand.accent || undefined, logo: brand.logoDataUrl ? dataUrlBytes(brand.logoDataUrl) : undefined },
  };
}
