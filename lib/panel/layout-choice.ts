/** Which offline card layout the panel shows as chosen, and how it says so. */
import { TEMPLATES, type TemplateId } from '../templates';

/** The user's pick when it fits the post, else the best fit. */
export function layoutOf(layouts: readonly TemplateId[], picked?: TemplateId): TemplateId {
  return picked && layouts.includes(picked) ? picked : (layouts[0] ?? 'headline');
}

export const layoutLine = (layout: TemplateId) => `Layout: ${TEMPLATES[layout].name}`;
