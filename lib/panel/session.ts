import { CANCELLED } from '../errors';
import type { AttachDone, ComposerLink, PanelSnapshot } from './composer-link';
import { DEFAULT_FORMAT } from '../formats';
import { sendMessage, type ImageForPage, type PanelContext, type PreparedPrompt } from '../messaging/protocol';
import type { GenerateImageRequest } from '../storage/generation-request';
import type { ProviderId } from '../providers/types';
import { DEFAULT_STYLE } from '../styles';
import { comparedOffers, NOTHING_TO_COMPARE, type ComparedSide } from './compare';
import { createGenerationJobs } from './generation';
import { altTextFor } from './alt-text';
import { attachedNote, attachFailureSentence, COPIED, COPY_REFUSED, DIAGNOSTICS_COPIED } from './sentences';
import { type Choices, INITIAL_STATE, type PanelState, type Step } from './state';
import { createStore } from './store';
import { layoutOf } from './layout-choice';
import type { TemplateId } from '../templates';

const RECENT_IMAGES = 6;

/** Until the worker answers (it always should): the options' own defaults. */
const BUILT_IN_DEFAULTS: PanelContext['defaults'] = { format: DEFAULT_FORMAT, style: DEFAULT_STYLE, extraWords: '' };

/**
 * The panel's behaviour, independent of React: generate, regenerate, cancel, attach. `composer` is the
 * one composer whose host framed this panel (lib/frame): it reads the draft and attaches there.
 */
export function createPanelSession(composer: ComposerLink) {
  const store = createStore<PanelState>(INITIAL_STATE);
  let prepared: PreparedPrompt | undefined;
  const jobs = createGenerationJobs(store, () => void refreshContext()); // the month's spending may have changed

  const fail = (sentence: string, step: Step, code?: string) =>
    store.set({ sentence, step, needsPassphrase: code === 'locked', modelUnavailable: code === 'model-unavailable' });
  const enter = (step: Step, patch: Partial<PanelState> = {}) => store.set({ step, stepStartedAt: Date.now(), ...patch });
  const selected = () => store.get().images.find((image) => image.id === store.get().selectedId);
  const restingStep = (): Step => (store.get().images.length > 0 ? 'ready' : 'idle');

  async function currentChoices(): Promise<Choices> {
    const known = store.get().choices;
    if (known) return known;
    // The user's defaults come from the worker: Chrome keeps storage from content scripts (lib/settings/storage-access.ts).
    const defaults = (store.get().context ?? (await refreshContext()))?.defaults ?? BUILT_IN_DEFAULTS;
    const choices = store.get().choices ?? { ...defaults, count: 1, stylePreset: '' };
    store.set({ choices });
    return choices;
  }

  async function prepare(draft: string, choices: Choices, compareWith?: ProviderId): Promise<boolean> {
    const { style, format, extraWords } = choices;
    const outcome = await sendMessage('preparePrompt', { draft, style, format, extraWords, compareWith });
    if (!outcome.ok) {
      fail(outcome.sentence, restingStep(), outcome.code);
      return false;
    }
    prepared = outcome.value;
    store.set({ prompt: prepared.prompt, analyserNote: prepared.analysis.note, layouts: prepared.shape.layouts });
    return true;
  }

  function imageRequest(choices: Choices, overCapConfirmed: boolean): Omit<GenerateImageRequest, 'jobId'> {
    const { stylePreset, style, format, count } = choices;
    return {
      prompt: store.get().prompt,
      headline: prepared!.headline,
      analysis: prepared!.analysis,
      style,
      format,
      count,
      overCapConfirmed,
      // A preset kept from another model is left out.
      stylePreset: store.get().context?.stylePresets.includes(stylePreset) ? stylePreset : undefined,
      layout: layoutOf(prepared!.shape.layouts, choices.layout),
      shape: prepared!.shape,
    };
  }

  /** Makes images for the draft; with keepPrompt, from the prompt as the user edited it. */
  async function generate(options: { keepPrompt: boolean }): Promise<void> {
    store.set({ awaitingPress: false });
    const source = await composer.draft();
    if ('sentence' in source) return fail(source.sentence, restingStep());
    await jobs.run(1, async ([jobId], overCapConfirmed) => {
      // A new read of the post starts from the layout that fits it best.
      if (!options.keepPrompt) store.set({ choices: { ...(await currentChoices()), layout: undefined } });
      const choices = await currentChoices();
      enter('analysing', { sentence: undefined, comparison: undefined });
      if ((!options.keepPrompt || !prepared) && !(await prepare(source.draft, choices))) return;
      if (jobs.cancelled()) return fail(CANCELLED, restingStep());
      enter('generating');
      const outcome = await jobs.request({ ...imageRequest(choices, overCapConfirmed), jobId: jobId! });
      store.set({ partial: undefined });
      if (!outcome.ok) {
        fail(outcome.sentence, restingStep(), outcome.code);
        // Over the cap, the press that confirms is offered at once, in the frame.
        return store.set({ awaitingPress: outcome.code === 'over-cap' });
      }
      const drawnCard = (store.get().context?.providerId ?? 'offline') === 'offline';
      enter('ready', { selectedId: outcome.value[0]?.id, altText: altTextFor(prepared!, drawnCard) });
    });
  }

  /**
   * The button in LinkedIn's page was pressed. That page could have styled a click onto it, so it
   * starts only a free image; a paid one waits for a press in the panel, out of the page's reach.
   */
  async function open(generateNow: boolean): Promise<void> {
    if (!generateNow || jobs.busy()) return;
    const choices = await currentChoices();
    const context = store.get().context ?? (await refreshContext());
    if (context?.estimatedCostUsd?.[choices.format] === 0) return generate({ keepPrompt: false });
    store.set({ awaitingPress: true, sentence: undefined });
  }

  /** The same prompt to the current provider and another one, side by side, one image each. */
  async function compare(): Promise<void> {
    const source = await composer.draft();
    if ('sentence' in source) return fail(source.sentence, restingStep());
    await jobs.run(2, async (ids, overCapConfirmed) => {
      const choices = await currentChoices();
      const offers = comparedOffers(store.get().context, choices.compareWith);
      if (!offers) return fail(NOTHING_TO_COMPARE, restingStep());
      enter('analysing', { sentence: undefined, comparison: undefined });
      // The user's own edit of the prompt is kept; otherwise the prompt is made to fit both providers.
      const edited = prepared && store.get().prompt !== prepared.prompt;
      if (!edited && !(await prepare(source.draft, choices, offers[1].id))) return;
      if (jobs.cancelled()) return fail(CANCELLED, restingStep());
      const sides: ComparedSide[] = offers.map((offer, index) => ({
        providerId: offer.id,
        label: offer.label,
        estimatedCostUsd: offer.estimatedCostUsd[choices.format],
        jobId: ids[index]!,
        status: 'running',
      }));
      enter('generating', { comparison: sides });
      const startedAt = performance.now();
      const request = imageRequest({ ...choices, count: 1 }, overCapConfirmed);
      await Promise.all(
        sides.map(async (side) => {
          const other = sides.find((each) => each !== side)!;
          const outcome = await jobs.request({ ...request, jobId: side.jobId, provider: side.providerId, comparedWith: other.providerId, comparedJobId: other.jobId });
          const seconds = (performance.now() - startedAt) / 1000;
          const done: ComparedSide = outcome.ok
            ? { ...side, status: 'done', seconds, imageId: outcome.value[0]?.id }
            : { ...side, status: 'failed', seconds, sentence: outcome.sentence };
          store.set({ comparison: store.get().comparison?.map((other) => (other.jobId === side.jobId ? done : other)) });
        }),
      );
      const first = store.get().comparison?.find((side) => side.imageId);
      enter(first ? 'ready' : restingStep(), { selectedId: first?.imageId ?? store.get().selectedId });
    });
  }

  /** Back to the prompt built from the draft, discarding the user's edits. */
  async function resetPrompt(): Promise<void> {
    const source = await composer.draft();
    if ('sentence' in source) return fail(source.sentence, restingStep());
    await prepare(source.draft, await currentChoices());
  }

  function attach(): void {
    const image = selected();
    if (!image || store.get().step === 'attaching') return;
    enter('attaching', { sentence: undefined, failedStage: undefined });
    const fileName = `post-image-${image.id.slice(0, 8)}.${image.mimeType.split('/')[1]}`;
    const altText = store.get().altText.trim() || undefined;
    composer.attach(image.id, { dataUrl: image.dataUrl, mimeType: image.mimeType, fileName, altText });
  }

  /** The host's answer to an attach: maybe to this panel's, maybe to the one LinkedIn's re-render replaced. */
  async function attached({ imageId, outcome: { result, copied } }: AttachDone): Promise<void> {
    if (store.get().step !== 'attaching') return;
    if (result.ok) {
      enter('attached', { sentence: attachedNote(result, store.get().altText.trim() !== '') });
      await sendMessage('markAttached', { imageId });
      return;
    }
    store.set({ step: 'ready', sentence: attachFailureSentence(result, copied), failedStage: result.stage });
  }

  /** The manual path: the chosen image on the clipboard as PNG, for a real Ctrl/Cmd+V in the post. */
  async function copyImage(): Promise<void> {
    const image = selected();
    if (!image) return;
    const copied = await composer.copyImage(image);
    store.set({ sentence: copied ? COPIED : COPY_REFUSED });
  }

  /** The composer's markup skeleton, versions and the failed stage (never the draft), for a bug report. */
  async function copyDiagnostics(): Promise<void> {
    const copied = await composer.copyDiagnostics(store.get().failedStage);
    store.set({ sentence: copied ? DIAGNOSTICS_COPIED : COPY_REFUSED });
  }

  /** A panel in a composer LinkedIn rendered again: it goes on where the last one was. */
  function restore(snapshot: PanelSnapshot | undefined, done: AttachDone | undefined): void {
    if (snapshot && !jobs.busy()) store.set(snapshot.step === 'analysing' || snapshot.step === 'generating' ? { ...snapshot, step: 'idle' } : snapshot);
    if (done) void attached(done);
  }

  /** Earlier images from the history join the strip, after this composer's own, so any can be used again. */
  // Once per page: LinkedIn re-renders the composer (after every media step), which remounts the panel.
  let historyLoaded: Promise<void> | undefined;
  function loadHistory(): Promise<void> {
    historyLoaded ??= sendMessage('recentImages', { limit: RECENT_IMAGES }).then((outcome) => {
      if (!outcome.ok) return;
      const known = new Set(store.get().images.map((image) => image.id));
      store.set({ images: [...store.get().images, ...outcome.value.filter((image) => !known.has(image.id))] });
    });
    return historyLoaded;
  }

  async function refreshContext(): Promise<PanelContext | undefined> {
    const outcome = await sendMessage('panelContext', undefined);
    if (!outcome.ok) return undefined;
    store.set({ context: outcome.value });
    return outcome.value;
  }

  async function unlock(passphrase: string): Promise<void> {
    const outcome = await sendMessage('unlockSecrets', { passphrase });
    if (!outcome.ok) return fail(outcome.sentence, restingStep());
    if (!outcome.value) return fail('That passphrase did not open your keys. Check it and try again.', restingStep(), 'locked');
    store.set({ needsPassphrase: false, sentence: undefined });
    await refreshContext();
    await generate({ keepPrompt: true });
  }

  /** One click off a model the provider will not serve, to the one the context names; then the same prompt again. */
  async function switchModel(): Promise<void> {
    const outcome = await sendMessage('switchModel', undefined);
    if (!outcome.ok) return fail(outcome.sentence, restingStep(), outcome.code);
    store.set({ context: outcome.value, modelUnavailable: false, sentence: undefined });
    await generate({ keepPrompt: true });
  }

  /** Another layout for the offline card: free, so the card is made again in it at once when there is one already. */
  async function chooseLayout(layout: TemplateId): Promise<void> {
    store.set({ choices: { ...(await currentChoices()), layout } });
    const drawnCard = (store.get().context?.providerId ?? 'offline') === 'offline';
    if (drawnCard && prepared && store.get().images.length > 0 && !jobs.busy()) await generate({ keepPrompt: true });
  }

  /** Saves the chosen image to the user's bucket and copies the private link it answers with. */
  async function saveToS3(): Promise<void> {
    const image = selected();
    if (!image) return;
    const source = await composer.draft();
    enter('saving', { sentence: undefined, savedLink: undefined });
    const outcome = await sendMessage('saveImageToS3', { imageId: image.id, postText: 'draft' in source ? source.draft : '' });
    if (!outcome.ok) return fail(outcome.sentence, 'ready', outcome.code);
    enter('ready', { savedLink: outcome.value });
    await navigator.clipboard?.writeText(outcome.value.url).catch(() => undefined);
  }

  return {
    store,
    loadHistory,
    refreshContext,
    unlock,
    switchModel,
    saveToS3,
    generate,
    open,
    attach,
    attached,
    restore,
    compare,
    copyImage,
    copyDiagnostics,
    cancel: jobs.cancel,
    resetPrompt,
    // One preview area: Compare's two streams would take turns in it, so only Generate shows one.
    showPartial: (update: { jobId: string; image: ImageForPage }) =>
      jobs.runningOnly(update.jobId) && store.set({ partial: update.image }),
    select: (id: string) => store.set({ selectedId: id, step: 'ready', sentence: undefined }),
    editPrompt: (prompt: string) => store.set({ prompt }),
    editAltText: (altText: string) => store.set({ altText }),
    chooseLayout,
    choose: async (patch: Partial<Choices>) => store.set({ choices: { ...(await currentChoices()), ...patch } }),
  };
}

export type PanelSession = ReturnType<typeof createPanelSession>;
