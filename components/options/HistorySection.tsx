import { LIMITS } from '@/lib/settings/schema';
import { NumberField } from './fields';
import { Section } from './Section';
import type { OptionsForm } from './useOptionsForm';

export function HistorySection({ form }: { form: OptionsForm }) {
  return (
    <Section
      id="history"
      title="History"
      intro="Images you make are kept in this browser, so one you paid for is not lost. These limits stop the history from growing without end."
    >
      <NumberField
        {...form.bind('history', 'maxImages')}
        {...LIMITS.maxImages}
        label="Keep at most (images)"
        help="When the history is full, the oldest images make room first."
      />
      <NumberField {...form.bind('history', 'maxMegabytes')} {...LIMITS.maxMegabytes} label="Use at most (MB)" help="An image takes about 1 to 3 MB." />
    </Section>
  );
}
