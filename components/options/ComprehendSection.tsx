import { COMPREHEND_REGIONS } from '@/lib/aws/regions';
import { COMPREHEND_WHERE } from '@/lib/settings/availability';
import type { Settings } from '@/lib/settings/schema';
import { type Choice, RadioField, SelectField } from './fields';
import { regionChoices } from './regionChoices';
import { Section } from './Section';
import { TestButton } from './TestButton';
import type { OptionsForm } from './useOptionsForm';

type Reader = Settings['analyser'];

const ANALYSERS: Choice<Reader>[] = [
  { value: 'auto', label: 'Automatically: with Amazon Comprehend when AWS credentials are set, else on this device' },
  { value: 'local', label: 'Only on this device: posts never leave your browser' },
];

/**
 * One decision, though two settings hold it (older versions and imports may have Comprehend switched off
 * while the analyser says auto): posts go to Comprehend only when both allow it (lib/settings/resolve.ts).
 */
const readsWith = (settings: Settings): Reader => (settings.analyser === 'auto' && settings.comprehend.enabled ? 'auto' : 'local');

function chooseReader(form: OptionsForm, reader: Reader) {
  form.set('analyser', reader);
  if (reader === 'auto') form.bind('comprehend', 'enabled').onChange(true);
}

export function ComprehendSection({ form }: { form: OptionsForm }) {
  return (
    <Section
      id="comprehend"
      title="Reading posts"
      intro="Amazon Comprehend reads a post’s mood, key phrases and names, so the prompt fits the post. Without it, Post to Image reads the post on this device."
    >
      <RadioField
        field="analyser"
        label="Read posts"
        help="Either way, you see and can edit the prompt before an image is made."
        value={readsWith(form.settings)}
        choices={ANALYSERS}
        onChange={(analyser) => chooseReader(form, analyser)}
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
