import type { ProviderChoice } from '@/lib/settings/schema';
import { providerStatus } from '@/lib/settings/status';
import { type Choice, RadioField } from './fields';
import { Section } from './Section';
import type { OptionsForm } from './useOptionsForm';

const CHOICES: Choice<ProviderChoice>[] = [
  { value: 'auto', label: 'Automatic: OpenAI when an API key is saved, else Amazon Bedrock when AWS credentials are, else this device' },
  { value: 'offline', label: 'This device: free, and nothing leaves your browser' },
  { value: 'openai', label: 'OpenAI' },
  { value: 'bedrock', label: 'Amazon Bedrock' },
];

export function ProviderSection({ form }: { form: OptionsForm }) {
  const read = form.effective ? { state: 'open' as const, secrets: form.effective, encrypted: form.encrypted } : { state: 'locked' as const };
  return (
    <Section id="provider" title="Image provider">
      <RadioField
        field="provider"
        label="Make images with"
        help={`With what this page holds now: ${providerStatus(form.settings, read).sentence}`}
        value={form.settings.provider}
        choices={CHOICES}
        onChange={(provider) => form.set('provider', provider)}
      />
    </Section>
  );
}
