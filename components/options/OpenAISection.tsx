import { openAIModelChoices } from '@/lib/settings/availability';
import { LIMITS } from '@/lib/settings/schema';
import { type Choice, NumberField, SelectField, TextField } from './fields';
import { SecretField } from './SecretField';
import { Section } from './Section';
import { TestButton } from './TestButton';
import type { OptionsForm } from './useOptionsForm';

const QUALITIES: Choice<OptionsForm['settings']['openai']['quality']>[] = [
  { value: 'auto', label: 'Automatic: may choose high' },
  { value: 'low', label: 'Low: cheapest and fastest' },
  { value: 'medium', label: 'Medium' },
  { value: 'high', label: 'High: slowest and dearest' },
];

export function OpenAISection({ form }: { form: OptionsForm }) {
  return (
    <Section id="openai" title="OpenAI">
      <SecretField
        form={form}
        name="openaiApiKey"
        label="OpenAI API key"
        help="From platform.openai.com/api-keys. Kept only in this browser: never synced, never exported."
      />
      <TestButton form={form} service="openai" label="Test OpenAI" />
      <SelectField
        {...form.bind('openai', 'model')}
        label="Model"
        help="GPT Image 2.5 Flare costs least (about $0.013 an image at medium); see openai.com/api/pricing for each model’s price."
        choices={openAIModelChoices(form.settings.openai.model)}
      />
      <SelectField
        {...form.bind('openai', 'quality')}
        label="Quality"
        help="Higher quality costs more and takes longer."
        choices={QUALITIES}
      />
    </Section>
  );
}

/** What few people change: folded under Advanced. */
export function OpenAIAdvancedSection({ form }: { form: OptionsForm }) {
  return (
    <Section id="openai-advanced" title="OpenAI timeout and billing">
      <NumberField
        {...form.bind('openai', 'timeoutSeconds')}
        {...LIMITS.timeoutSeconds}
        label="Give up after (seconds)"
        help="A high-quality image can take two minutes."
      />
      <TextField
        {...form.bind('openai', 'organization')}
        label="Organization ID (optional)"
        help="Only if your key belongs to several organizations: the images are billed to this one."
        placeholder="org-…"
      />
      <TextField
        {...form.bind('openai', 'project')}
        label="Project ID (optional)"
        help="Only to bill images to a project other than the key’s own."
        placeholder="proj_…"
      />
    </Section>
  );
}
