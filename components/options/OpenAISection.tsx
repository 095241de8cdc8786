import { OPENAI_IMAGE_MODEL_IDS, OPENAI_IMAGE_MODELS } from '@/lib/providers/openai/models';
import { LIMITS } from '@/lib/settings/schema';
import { type Choice, NumberField, SelectField, TextField } from './fields';
import { SecretField } from './SecretField';
import { Section } from './Section';
import { TestButton } from './TestButton';
import type { OptionsForm } from './useOptionsForm';

const MODELS = OPENAI_IMAGE_MODEL_IDS.map((model) => ({ value: model, label: OPENAI_IMAGE_MODELS[model].label }));
const QUALITIES: Choice<OptionsForm['settings']['openai']['quality']>[] = [
  { value: 'auto', label: 'Automatic' },
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
      <SelectField
        {...form.bind('openai', 'model')}
        label="Model"
        help="GPT Image 1 mini costs least; see openai.com/api/pricing for each model’s price."
        choices={MODELS}
      />
      <SelectField
        {...form.bind('openai', 'quality')}
        label="Quality"
        help="Higher quality costs more and takes longer. DALL·E 3 knows only standard and HD: High means HD."
        choices={QUALITIES}
      />
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
      <TestButton form={form} service="openai" label="Test OpenAI" />
    </Section>
  );
}
