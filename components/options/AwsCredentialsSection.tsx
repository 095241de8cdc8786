import { KNOWN_REGIONS } from '@/lib/settings/availability';
import { type Choice, RadioField, TextField } from './fields';
import { SecretField } from './SecretField';
import { Section } from './Section';
import type { OptionsForm } from './useOptionsForm';

type Kind = OptionsForm['settings']['aws']['credentialKind'];

const KINDS: Choice<Kind>[] = [
  { value: 'static', label: 'Access keys of an IAM user, or temporary keys' },
  { value: 'cognito', label: 'An Amazon Cognito identity pool: no keys are stored' },
];

export function AwsCredentialsSection({ form }: { form: OptionsForm }) {
  return (
    <Section
      id="aws"
      title="AWS credentials"
      intro="Used by Amazon Comprehend, Amazon Bedrock and Save to S3. Give them only what Post to Image calls: comprehend:Detect*, bedrock:InvokeModel (and bedrock:ListFoundationModels for the Test button's list of models) and s3:PutObject/GetObject on your bucket."
    >
      <RadioField
        {...form.bind('aws', 'credentialKind')}
        label="Sign in to AWS with"
        help="A Cognito pool hands out short-lived keys, so nothing long-lived is kept in the browser."
        choices={KINDS}
      />
      {form.settings.aws.credentialKind === 'static' ? (
        <>
          <SecretField form={form} name="awsAccessKeyId" label="Access key ID" help="20 characters, starting with AKIA (or ASIA for temporary keys)." />
          <SecretField form={form} name="awsSecretAccessKey" label="Secret access key" help="40 characters, shown once when the key was created." />
          <SecretField form={form} name="awsSessionToken" label="Session token" help="Only for temporary keys (those starting with ASIA)." />
        </>
      ) : (
        <>
          <TextField
            {...form.bind('aws', 'identityPoolId')}
            label="Identity pool ID"
            help="From the Cognito console; the pool must allow unauthenticated identities."
            placeholder="us-east-1:00000000-0000-0000-0000-000000000000"
          />
          <TextField
            {...form.bind('aws', 'cognitoRegion')}
            label="Identity pool region (optional)"
            help="Leave empty to use the region at the start of the pool ID."
            suggestions={KNOWN_REGIONS}
          />
        </>
      )}
    </Section>
  );
}
