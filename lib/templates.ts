/** The offline renderer's card layouts, named as the panel shows them; a strip of variations rotates through those that fit. */
export const TEMPLATES = {
  headline: { name: 'Headline', label: 'Headline: the key message, large' },
  list: { name: 'List', label: 'List: the post’s points, numbered' },
  quote: { name: 'Quote', label: 'Quote: the quotation and who said it' },
  number: { name: 'Number', label: 'Number: the headline figure, huge, its meaning beneath' },
  question: { name: 'Question', label: 'Question: the question the post asks its reader' },
} as const;

export type TemplateId = keyof typeof TEMPLATES;

export const TEMPLATE_IDS = Object.keys(TEMPLATES) as TemplateId[];

export const DEFAULT_TEMPLATE: TemplateId = 'headline';

/** The options' choice: the layout that fits each post, or one layout preferred whenever it fits. */
export const TEMPLATE_CHOICES = ['auto', ...TEMPLATE_IDS] as const;
export type TemplateChoice = (typeof TEMPLATE_CHOICES)[number];
