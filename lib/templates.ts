/** The offline renderer's card layouts; the user picks one, and further variations rotate through the others. */
export const TEMPLATES = {
  headline: { label: 'Headline: the key message, large' },
  quote: { label: 'Quote: the key sentence under a big quotation mark' },
  'key-phrases': { label: 'Key phrases: a short title over a list' },
} as const;

export type TemplateId = keyof typeof TEMPLATES;

export const TEMPLATE_IDS = Object.keys(TEMPLATES) as TemplateId[];

export const DEFAULT_TEMPLATE: TemplateId = 'headline';
