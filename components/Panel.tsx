import { type MouseEvent, useEffect, useSyncExternalStore } from 'react';
import { compareCostLine, comparedOffers } from '@/lib/panel/compare';
import { costLine } from '@/lib/panel/cost';
import type { PanelSession } from '@/lib/panel/session';
import type { Step } from '@/lib/panel/state';
import { CompareView } from './CompareView';
import { Elapsed } from './Elapsed';
import { ImageStrip } from './ImageStrip';
import { LayoutChooser } from './LayoutChooser';
import { layoutOf } from '@/lib/panel/layout-choice';
import { PanelControls } from './PanelControls';
import { AltTextField } from './AltTextField';
import { PromptEditor } from './PromptEditor';
import { PassphrasePrompt } from './PassphrasePrompt';
import { Preview } from './Preview';
import { SavedLink } from './SavedLink';
import { useObjectUrl } from './useObjectUrl';

const ORDER: Step[] = ['idle', 'analysing', 'generating', 'ready', 'attaching', 'attached'];

const PROGRESS: [Step, string][] = [
  ['analysing', 'Analyse'],
  ['generating', 'Generate'],
  ['ready', 'Preview'],
  ['attaching', 'Attach'],
];

const STEP_TEXT: Record<Step, string> = {
  idle: '',
  analysing: 'Reading your post…',
  generating: 'Making your image…',
  ready: 'Your image is ready.',
  attaching: 'Adding the image to your post…',
  attached: 'Image added to your post.',
  saving: 'Saving to S3…',
};

/**
 * One press, one action: a double click's second click lands on whatever took the pressed button's
 * place (Add to post where Make the image was), so it presses nothing.
 */
const pressed = (run: () => void) => (event: MouseEvent) => {
  if (event.detail <= 1) run();
};

/** Paid actions answer a person's press only, never a script's synthetic click. */
const trusted = (run: () => void) => (event: MouseEvent) => {
  if (event.isTrusted) pressed(run)(event);
};

export function Panel({ session }: { session: PanelSession }) {
  const state = useSyncExternalStore(session.store.subscribe, session.store.get);
  const selected = state.partial ?? state.images.find((image) => image.id === state.selectedId);
  const busy = ['analysing', 'generating', 'attaching', 'saving'].includes(state.step);
  const url = useObjectUrl(selected);
  const cost = state.context && state.choices && costLine(state.context, state.choices.format, state.choices.count);
  const offers = comparedOffers(state.context, state.choices?.compareWith);
  // Only the offline renderer lays out a card; image models draw a picture.
  const drawnCard = (state.context?.providerId ?? 'offline') === 'offline';

  useEffect(() => {
    // The defaults for the first choices come with the context: one request for both.
    void session.refreshContext().then(() => session.choose({}));
    void session.loadHistory();
  }, [session]);

  // Before the first click the panel is just the price of one, under the Generate image button.
  if (state.step === 'idle' && !state.sentence && !state.awaitingPress) return cost ? <p className="note idle-price">{cost}</p> : null;
  return (
    <section className="panel" aria-label="Post to Image">
      <ol className="steps" aria-label="Progress">
        {PROGRESS.map(([step, label]) => (
          <li key={step} aria-current={state.step === step ? 'step' : undefined} className={ORDER.indexOf(state.step) > ORDER.indexOf(step) ? 'done' : ''}>
            {label}
          </li>
        ))}
      </ol>
      <p className="status" role="status" aria-live="polite">
        {busy && <span className="spinner" aria-hidden="true" />}
        {state.awaitingPress && !busy ? 'This image is paid for: press Make the image to go ahead.' : STEP_TEXT[state.step]}
        {busy && <Elapsed since={state.stepStartedAt} />}
      </p>
      {cost && <p className="note">{cost}</p>}
      {offers && state.choices && !state.comparison && <p className="note">{compareCostLine(offers, state.choices.format)}</p>}
      {state.analyserNote && <p className="note">{state.analyserNote}</p>}
      {state.sentence && (
        <p className="sentence" role="alert">
          {state.sentence}
        </p>
      )}
      {state.needsPassphrase && <PassphrasePrompt onUnlock={(passphrase) => void session.unlock(passphrase)} />}
      {state.modelUnavailable && state.context?.modelSwitch && (
        <button type="button" onClick={trusted(() => void session.switchModel())}>
          Use {state.context.modelSwitch.label}
        </button>
      )}
      <div className="actions">
        {state.awaitingPress && !busy && (
          // The one press that spends money is made here, in the frame LinkedIn's page cannot reach.
          <button type="button" className="primary" autoFocus onClick={trusted(() => void session.generate({ keepPrompt: false }))}>
            Make the image
          </button>
        )}
        {(state.step === 'analysing' || state.step === 'generating') && (
          <button type="button" onClick={pressed(session.cancel)}>
            Cancel
          </button>
        )}
        {selected && !state.partial && state.step !== 'attached' && (
          <button type="button" className="primary" disabled={busy} onClick={pressed(session.attach)}>
            Add to post
          </button>
        )}
        {state.prompt && (
          <button type="button" disabled={busy} onClick={trusted(() => void session.generate({ keepPrompt: true }))}>
            Regenerate
          </button>
        )}
        {offers && (
          <button type="button" disabled={busy} onClick={trusted(() => void session.compare())}>
            Compare
          </button>
        )}
        {selected && !state.partial && state.context?.s3Ready && (
          <button type="button" disabled={busy} onClick={() => void session.saveToS3()}>
            Save to S3
          </button>
        )}
        {selected && !state.partial && (
          <button type="button" onClick={() => void session.copyImage()}>
            Copy image
          </button>
        )}
        {state.failedStage && (
          <button type="button" onClick={() => void session.copyDiagnostics()}>
            Copy diagnostics
          </button>
        )}
        {url && selected && !state.partial && (
          <a className="download" href={url} download={`post-image.${selected.mimeType.split('/')[1]}`}>
            Download image
          </a>
        )}
      </div>
      {state.comparison ? (
        <CompareView sides={state.comparison} images={state.images} selectedId={state.selectedId} onSelect={session.select} />
      ) : (
        selected && <Preview image={selected} url={url} />
      )}
      {/* After the image and its actions, so Add to post stays the next stop after Generate image. */}
      {drawnCard && state.layouts && (
        <LayoutChooser layouts={state.layouts} chosen={layoutOf(state.layouts, state.choices?.layout)} disabled={busy} onChoose={(layout) => void session.chooseLayout(layout)} />
      )}
      <ImageStrip images={state.images} selectedId={state.selectedId} onSelect={session.select} />
      {state.savedLink && <SavedLink link={state.savedLink} />}
      <details className="options">
        <summary>Format, style and prompt</summary>
        {state.choices && (
          <PanelControls
            choices={state.choices}
            stylePresets={state.context?.stylePresets ?? []}
            alternatives={state.context?.alternatives ?? []}
            disabled={busy}
            onChoose={(patch) => void session.choose(patch)}
          />
        )}
        {state.prompt && (
          <PromptEditor prompt={state.prompt} disabled={busy} onChange={session.editPrompt} onReset={() => void session.resetPrompt()} />
        )}
        {selected && <AltTextField altText={state.altText} disabled={busy} onChange={session.editAltText} />}
      </details>
    </section>
  );
}
