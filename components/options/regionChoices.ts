import { REGION_NAMES } from '@/lib/settings/availability';
import type { Choice } from './fields';

/** The offered regions by code and name, plus the current one if it is not offered, so it shows (and its problem too). */
export function regionChoices(offered: readonly string[], current: string): Choice<string>[] {
  const regions = current && !offered.includes(current) ? [...offered, current] : offered;
  return regions.map((region) => ({ value: region, label: REGION_NAMES[region] ? `${region} (${REGION_NAMES[region]})` : region }));
}
