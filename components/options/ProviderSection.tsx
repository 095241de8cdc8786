import type { ProviderId } from '@/lib/providers/types';
import { chooseProviderId } from '@/lib/settings/resolve';
import { providerStatus } from '@/lib/settings/status';
import { type Choice, RadioField } from './fields';
import { Section } from './Section';
import type { OptionsForm } from './useOptionsForm';

const CHOICES: Choice<ProviderId>[] = [
  { value: 'offline', label: 'On this device', hint: 'Free, and nothing leaves your browser.' },
  { value: 'openai', label: 'OpenAI', hint: 'With your own API key; OpenAI bills you for each image.' },
  { value: 'bedrock', label: 'Amazon Bedrock', hint: 'With your own AWS keys; AWS bills you for each image.' },
];

/**
 * The one choice a newcomer makes. "auto" (the stored default) shows as the service it picks with the keys
 * saved now, so the page tells the truth before anyone chooses; locked keys hide that, so nothing is marked.
 */
export function chosenProvider(form: OptionsForm): ProviderId | undefined {
  const { provider } = form.settings;
  if (provider !== 'auto') return provider;
  return form.saved && chooseProviderId(form.settings, form.saved);
}

export function ProviderSection({ form }: { form: OptionsForm }) {
  const read = form.effective ? { state: 'open' as const, secrets: form.effective, encrypted: form.encrypted } : { state: 'locked' as const };
  return (
    <Section id="provider" title="Making images">
      <RadioField
        field="provider"
        label="How should Post to Image make images?"
        help={providerStatus(form.settings, read).sentence}
        value={chosenProvider(form)}
        choices={CHOICES}
        onChange={(provider) => form.set('provider', provider)}
      />
    </Section>
  );
}
