import { PRICES_AS_OF } from '@/lib/pricing/prices';
import { LIMITS } from '@/lib/settings/schema';
import { NumberField } from './fields';
import { Section } from './Section';
import type { OptionsForm } from './useOptionsForm';

export function BudgetSection({ form }: { form: OptionsForm }) {
  return (
    <Section
      id="budget"
      title="Spending"
      intro={`The panel shows what an image is likely to cost before you make it, from the providers' list prices as of ${PRICES_AS_OF}. Your provider's bill is what counts.`}
    >
      <NumberField
        {...form.bind('budget', 'monthlyCapUsd')}
        {...LIMITS.monthlyCapUsd}
        label="Monthly spending cap (USD)"
        help="0 means no cap. Post to Image asks before a click would go over it."
      />
    </Section>
  );
}
