import { KNOWN_REGIONS } from '@/lib/settings/availability';
import { LIMITS } from '@/lib/settings/schema';
import { CheckboxField, NumberField, TextField } from './fields';
import { Section } from './Section';
import { TestButton } from './TestButton';
import type { OptionsForm } from './useOptionsForm';

export function S3Section({ form }: { form: OptionsForm }) {
  return (
    <Section
      id="s3"
      title="Saving to S3"
      intro="Keeps a copy of each image in your own bucket, which stays private: the panel gets a link that works for a while. Leave the bucket empty to turn this off."
    >
      <TextField
        {...form.bind('s3', 'bucket')}
        label="Bucket name"
        help="An existing bucket; the AWS credentials above need s3:PutObject and s3:GetObject on it."
      />
      <TextField
        {...form.bind('s3', 'prefix')}
        label="Folder in the bucket"
        help="Images go to this folder, then one folder per day: post-to-image/2026/05/14/…"
      />
      <TextField
        {...form.bind('s3', 'region')}
        label="Bucket region"
        help="The region the bucket was created in, like eu-west-1."
        suggestions={KNOWN_REGIONS}
      />
      <NumberField
        {...form.bind('s3', 'presignExpiryHours')}
        {...LIMITS.presignExpiryHours}
        label="Links work for (hours)"
        help="At most 168 hours (7 days). Links signed with temporary keys stop when the keys expire."
      />
      <CheckboxField
        {...form.bind('s3', 'includePostText')}
        label="Store the post’s text with the image"
        help="Saved as object metadata, so anyone who can read the bucket can read the post."
      />
      <TestButton form={form} service="s3" label="Test S3" />
    </Section>
  );
}
