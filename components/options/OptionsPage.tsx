import type { MouseEvent } from 'react';
import { ModelNotice } from '../shared/ModelNotice';
import { AwsCredentialsSection } from './AwsCredentialsSection';
import { BedrockSection } from './BedrockSection';
import { BrandSection } from './BrandSection';
import { BudgetSection } from './BudgetSection';
import { ComprehendSection } from './ComprehendSection';
import { DefaultsSection } from './DefaultsSection';
import { EndpointsSection } from './EndpointsSection';
import { HistorySection } from './HistorySection';
import { OpenAIAdvancedSection, OpenAISection } from './OpenAISection';
import { PassphraseSection } from './PassphraseSection';
import { chosenProvider, ProviderSection } from './ProviderSection';
import { S3Section } from './S3Section';
import { TransferSection } from './TransferSection';
import { type OptionsForm, useOptionsForm } from './useOptionsForm';

export function OptionsPage() {
  const form = useOptionsForm();
  return (
    <main className="options" onClick={revealLinkedSection}>
      <h1>Post to Image options</h1>
      <ModelNotice />
      {form ? <OptionsForms form={form} /> : <p role="status">Loading your settings…</p>}
    </main>
  );
}

/** A link into the folded Advanced part unfolds it first, so the browser can scroll to its target. */
function revealLinkedSection(event: MouseEvent) {
  const link = event.target instanceof Element ? event.target.closest('a[href^="#"]') : null;
  const target = link && document.getElementById(link.getAttribute('href')!.slice(1));
  const folded = target?.closest('details');
  if (folded) folded.open = true;
}

/** Side navigation: the page's sections in page order, with what the choice at the top leaves for later. */
function sectionsInOrder(form: OptionsForm): [id: string, title: string][] {
  const chosen = chosenProvider(form);
  const imageServices: [string, string][] = [
    ['openai', 'OpenAI'],
    ['bedrock', 'Amazon Bedrock'],
  ];
  const later = imageServices.filter(([id]) => id !== chosen);
  return [
    ['provider', 'Making images'],
    ...imageServices.filter(([id]) => id === chosen),
    ['defaults', 'Defaults'],
    ['brand', 'Brand'],
    ['budget', 'Spending'],
    ['history', 'History'],
    ['comprehend', 'Reading posts'],
    ['s3', 'Saving to S3'],
    ['aws', 'AWS credentials'],
    ...later,
    ['transfer', 'Export and import'],
    ['advanced', 'Advanced'],
  ];
}

function OptionsForms({ form }: { form: OptionsForm }) {
  const chosen = chosenProvider(form);
  const openai = <OpenAISection form={form} />;
  const bedrock = (
    <>
      {/* Bedrock signs in with the AWS account, so that comes first when Bedrock is chosen. */}
      {chosen === 'bedrock' && <AwsCredentialsSection form={form} />}
      <BedrockSection form={form} />
    </>
  );
  return (
    <div className="layout">
      <nav aria-label="Sections">
        <ul>
          {sectionsInOrder(form).map(([id, title]) => (
            <li key={id}>
              <a href={`#${id}`}>{title}</a>
            </li>
          ))}
        </ul>
      </nav>
      <div className="content">
        {form.encrypted && !form.saved && (
          <p className="banner">
            Your API keys are locked with a passphrase. <a href="#passphrase-title">Unlock them</a> to change them or to run the tests.
          </p>
        )}
        <form
          id="settings-form"
          noValidate
          aria-label="Settings"
          onSubmit={(event) => {
            event.preventDefault();
            form.save();
          }}
        >
          <ProviderSection form={form} />
          {chosen === 'openai' && openai}
          {chosen === 'bedrock' && bedrock}
          <DefaultsSection form={form} />
          <BrandSection form={form} />
          <BudgetSection form={form} />
          <HistorySection form={form} />
          <ComprehendSection form={form} />
          <S3Section form={form} />
          {chosen !== 'bedrock' && <AwsCredentialsSection form={form} />}
          {chosen !== 'openai' && openai}
          {chosen !== 'bedrock' && bedrock}
        </form>
        <TransferSection form={form} />
        {/* Outside the settings form: the passphrase has forms of its own. Save still covers the fields here. */}
        <details id="advanced" className="advanced">
          <summary>Advanced: endpoints, timeouts and passphrase</summary>
          <EndpointsSection form={form} />
          <OpenAIAdvancedSection form={form} />
          <PassphraseSection form={form} />
        </details>
        <div className="save-bar">
          <button type="submit" form="settings-form" className="primary">
            Save
          </button>
          <p role="status">{form.status}</p>
        </div>
      </div>
    </div>
  );
}
