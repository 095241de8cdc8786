import { ModelNotice } from '../shared/ModelNotice';
import { AwsCredentialsSection } from './AwsCredentialsSection';
import { BedrockSection } from './BedrockSection';
import { BrandSection } from './BrandSection';
import { BudgetSection } from './BudgetSection';
import { ComprehendSection } from './ComprehendSection';
import { DefaultsSection } from './DefaultsSection';
import { EndpointsSection } from './EndpointsSection';
import { HistorySection } from './HistorySection';
import { OpenAISection } from './OpenAISection';
import { PassphraseSection } from './PassphraseSection';
import { ProviderSection } from './ProviderSection';
import { S3Section } from './S3Section';
import { TransferSection } from './TransferSection';
import { type OptionsForm, useOptionsForm } from './useOptionsForm';

export function OptionsPage() {
  const form = useOptionsForm();
  return (
    <main>
      <h1>Post to Image options</h1>
      <ModelNotice />
      <p className="intro">
        Post to Image works as it is: with nothing set here, it reads your post and makes its image on this device. Add
        your own OpenAI or AWS keys below to use their image models, Amazon Comprehend or Save to S3.
      </p>
      {form ? <OptionsForms form={form} /> : <p role="status">Loading your settings…</p>}
    </main>
  );
}

function OptionsForms({ form }: { form: OptionsForm }) {
  return (
    <>
      {form.encrypted && !form.saved && (
        <p className="banner">
          Your API keys are locked with a passphrase. <a href="#passphrase-title">Unlock them</a> to change them or to run the tests.
        </p>
      )}
      <form
        noValidate
        aria-label="Settings"
        onSubmit={(event) => {
          event.preventDefault();
          form.save();
        }}
      >
        <ProviderSection form={form} />
        <OpenAISection form={form} />
        <AwsCredentialsSection form={form} />
        <ComprehendSection form={form} />
        <BedrockSection form={form} />
        <S3Section form={form} />
        <DefaultsSection form={form} />
        <BrandSection form={form} />
        <HistorySection form={form} />
        <BudgetSection form={form} />
        <EndpointsSection form={form} />
        <div className="save-bar">
          <button type="submit" className="primary">
            Save
          </button>
          <p role="status">{form.status}</p>
        </div>
      </form>
      <PassphraseSection form={form} />
      <TransferSection form={form} />
    </>
  );
}
