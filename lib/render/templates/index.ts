import type { TemplateId } from '../../templates';
import type { CardTemplate } from './frame';
import { headlineTemplate } from './headline';
import { keyPhrasesTemplate } from './key-phrases';
import { quoteTemplate } from './quote';

export const CARD_TEMPLATES: Record<TemplateId, CardTemplate> = {
  headline: headlineTemplate,
  quote: quoteTemplate,
  'key-phrases': keyPhrasesTemplate,
};
