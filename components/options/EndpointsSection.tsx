import { CheckboxField, TextField } from './fields';
import { Section } from './Section';
import type { OptionsForm } from './useOptionsForm';

const AWS_HELP = 'Scheme, host and port only, for example http://localhost:4566.';

export function EndpointsSection({ form }: { form: OptionsForm }) {
  return (
    <Section
      id="endpoints"
      title="Endpoints"
      intro="For a proxy, an S3-compatible service or a local emulator. Leave these empty to use OpenAI and AWS themselves."
    >
      <TextField
        {...form.bind('openai', 'baseURL')}
        type="url"
        label="OpenAI API address"
        help="Everything before /images/generations, for example https://proxy.example.com/v1."
        placeholder="https://api.openai.com/v1"
      />
      <TextField {...form.bind('comprehend', 'endpoint')} type="url" label="Amazon Comprehend endpoint" help={AWS_HELP} />
      <TextField {...form.bind('bedrock', 'endpoint')} type="url" label="Amazon Bedrock endpoint" help={AWS_HELP} />
      <TextField {...form.bind('s3', 'endpoint')} type="url" label="S3 endpoint" help={AWS_HELP} />
      <CheckboxField
        {...form.bind('s3', 'forcePathStyle')}
        label="Put the bucket in the path, not the host name"
        help="Many S3-compatible services and emulators need this; AWS does not."
      />
    </Section>
  );
}
