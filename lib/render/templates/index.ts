import type { TemplateId } from '../../templates';
import type { CardTemplate } from './frame';
import { headlineTemplate } from './headline';
import { listTemplate } from './list';
import { numberTemplate } from './number';
import { questionTemplate } from './question';
import { quoteTemplate } from './quote';

export const CARD_TEMPLATES: Record<TemplateId, CardTemplate> = {
  headline: headlineTemplate,
  list: listTemplate,
  quote: quoteTemplate,
  number: numberTemplate,
  question: questionTemplate,
};
