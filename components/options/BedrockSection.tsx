import { BEDROCK_MODELS } from '@/lib/providers/bedrock/models';
import { bedrockModelChoices, bedrockWhere } from '@/lib/settings/availability';
import { SelectField } from './fields';
import { regionChoices } from './regionChoices';
import { Section } from './Section';
import { TestButton } from './TestButton';
import type { OptionsForm } from './useOptionsForm';

export function BedrockSection({ form }: { form: OptionsForm }) {
  const { model, region } = form.settings.bedrock;
  const models = bedrockModelChoices(model).map((id) => ({ value: id, label: BEDROCK_MODELS[id].label }));
  return (
    <Section
      id="bedrock"
      title="Amazon Bedrock"
      intro="Makes images with the AWS credentials above, which need bedrock:InvokeModel. Stability AI models subscribe through AWS Marketplace on first use, which also needs aws-marketplace:Subscribe."
    >
      <SelectField
        {...form.bind('bedrock', 'model')}
        label="Model"
        help="Each model is offered in a few regions only; the region list follows the model."
        choices={models}
      />
      <SelectField
        {...form.bind('bedrock', 'region')}
        label="Bedrock region"
        help={bedrockWhere(model)}
        choices={regionChoices(BEDROCK_MODELS[model].regions, region)}
      />
      <TestButton form={form} service="bedrock" label="Test Amazon Bedrock" />
    </Section>
  );
}
