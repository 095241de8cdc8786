import { COMPREHEND_REGIONS } from '@/lib/aws/regions';
import { COMPREHEND_WHERE } from '@/lib/settings/availability';
import { CheckboxField, type Choice, RadioField, SelectField } from './fields';
import { regionChoices } from './regionChoices';
import { Section } from './Section';
import { TestButton } from './TestButton';
import type { OptionsForm } from './useOptionsForm';

const ANALYSERS: Choice<OptionsForm['settings']['analyser']>[] = [
  { value: 'auto', label: 'Automatically: with Amazon Comprehend when AWS credentials are set, else on this device' },
  { value: 'local', label: 'Only on this device: posts never leave your browser' },
];

export function ComprehendSection({ form }: { form: OptionsForm }) {
  return (
    <Section
      id="comprehend"
      title="Amazon Comprehend"
      intro="Comprehend reads a post’s mood, key phrases and names, so the prompt fits the post. Without it, Post to Image reads the post on this device."
    >
      <RadioField
        field="analyser"
        label="Read posts"
        help="Either way, you see and can edit the prompt before an image is made."
        value={form.settings.analyser}
        choices={ANALYSERS}
        onChange={(analyser) => form.set('analyser', analyser)}
      />
      <CheckboxField
        {...form.bind('comprehend', 'enabled')}
        label="Amazon Comprehend may be used"
        help="Untick to stop sending posts to Comprehend without changing the choice above."
      />
      <SelectField
        {...form.bind('comprehend', 'region')}
        label="Comprehend region"
        help={COMPREHEND_WHERE}
        choices={regionChoices(COMPREHEND_REGIONS, form.settings.comprehend.region)}
      />
      <TestButton form={form} service="comprehend" label="Test Amazon Comprehend" />
    </Section>
  );
}
