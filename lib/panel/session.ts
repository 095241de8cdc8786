import { base64ToBytes } from '../image/bytes';
import { attachImage } from '../linkedin/attach';
import { findComposers, readDraft } from '../linkedin/composer';
import { sendMessage, type ImageForPage, type PanelContext, type PreparedPrompt, type SavedLink } from '../messaging/protocol';
import type { FormatId } from '../formats';
import { MAX_DRAFT_CHARS } from '../messaging/schemas';
import { trimToChars } from '../prompt/trim';
import { preferencesItem } from '../storage/preferences';
import type { StyleId } from '../styles';
import { copyImageToClipboard } from './fallback';
import { attachFailureSentence, CANCELLED, EMPTY_DRAFT, NO_COMPOSER } from './sentences';
import { createStore } from './store';

export type Step = 'idle' | 'analysing' | 'generating' | 'ready' | 'attaching' | 'attached' | 'saving';

/** What the next image should look like: starts from the user's defaults, changed in the panel. */
export interface Choices {
  format: FormatId;
  style: StyleId;
  extraWords: string;
  /** How many variations to ask for at once. */
  count: number;
}

export interface PanelState {
  step: Step;
  choices?: Choices;
  /** When the current step started (for the elapsed time). */
  stepStartedAt: number;
  /** The prompt the next image is made from; the user may edit it. */
  prompt: string;
  analyserNote: string;
  images: ImageForPage[];
  /** A rough preview streamed while the image is being made. */
  partial?: ImageForPage;
  selectedId?: string;
  /** A failure or hand-over sentence for the user. */
  sentence?: string;
  context?: PanelContext;
  /** The user's keys are locked: ask for the passphrase. */
  needsPassphrase: boolean;
  savedLink?: SavedLink;
}

const RECENT_IMAGES = 6;

const INITIAL: PanelState = { step: 'idle', stepStartedAt: 0, prompt: '', analyserNote: '', images: [], needsPassphrase: false };

export function imageBlob(image: ImageForPage): Blob {
  const base64 = image.dataUrl.slice(image.dataUrl.indexOf(',') + 1);
  return new Blob([base64ToBytes(base64) as BlobPart], { type: image.mimeType });
}

/** The panel's behaviour, independent of React: generate, regenerate, cancel, attach. */
export function createPanelSession(doc: Document) {
  const store = createStore<PanelState>(INITIAL);
  let prepared: PreparedPrompt | undefined;
  let jobId: string | undefined;
  /** The worker said the last click would go over the monthly cap: the next one goes ahead anyway. */
  let overCapWarned = false;
  /** Cancel pressed while the post was still being read: the worker has no job to stop yet, so the panel stops before asking. */
  let cancelledJobId: string | undefined;

  const fail = (sentence: string, step: Step, code?: string) => store.set({ sentence, step, needsPassphrase: code === 'locked' });
  const enter = (step: Step, patch: Partial<PanelState> = {}) => store.set({ step, stepStartedAt: Date.now(), ...patch });
  const selected = () => store.get().images.find((image) => image.id === store.get().selectedId);
  const restingStep = (): Step => (store.get().images.length > 0 ? 'ready' : 'idle');

  async function currentChoices(): Promise<Choices> {
    const known = store.get().choices;
    if (known) return known;
    const { format, style, extraWords } = await preferencesItem.getValue();
    const choices = { format, style, extraWords, count: 1 };
    store.set({ choices });
    return choices;
  }

  /** The draft, or a sentence saying why there is nothing to make an image from. */
  function draftOrSentence(): { draft: string } | { sentence: string } {
    const composer = findComposers(doc)[0];
    if (!composer) return { sentence: NO_COMPOSER };
    const draft = readDraft(composer.editor);
    // Emoji alone still say something to draw; LinkedIn stops far below the worker's limit, so a longer paste is cut.
    const meaningful = /[\p{L}\p{N}\p{Extended_Pictographic}]/u.test(draft);
    return meaningful ? { draft: trimToChars(draft, MAX_DRAFT_CHARS) } : { sentence: EMPTY_DRAFT };
  }

  async function prepare(draft: string, choices: Choices): Promise<boolean> {
    const outcome = await sendMessage('preparePrompt', { draft, style: choices.style, format: choices.format, extraWords: choices.extraWords });
    if (!outcome.ok) {
      fail(outcome.sentence, restingStep(), outcome.code);
      return false;
    }
    prepared = outcome.value;
    store.set({ prompt: prepared.prompt, analyserNote: prepared.analysis.note });
    return true;
  }

  /** Makes images for the draft; with keepPrompt, from the prompt as the user edited it. */
  async function generate(options: { keepPrompt: boolean }): Promise<void> {
    if (jobId) return; // one generation at a time; a double click is one click
    const source = draftOrSentence();
    if ('sentence' in source) return fail(source.sentence, restingStep());

    jobId = crypto.randomUUID();
    try {
      const choices = await currentChoices();
      enter('analysing', { sentence: undefined });
      if ((!options.keepPrompt || !prepared) && !(await prepare(source.draft, choices))) return;
      if (cancelledJobId === jobId) return fail(CANCELLED, restingStep());
      enter('generating');
      const request = {
        jobId,
        prompt: store.get().prompt,
        headline: prepared!.headline,
        analysis: prepared!.analysis,
        style: choices.style,
        format: choices.format,
        count: choices.count,
        overCapConfirmed: overCapWarned,
      };
      // The browser may stop the worker mid-generation; the job is journaled, so ask the new one for it.
      const outcome = await sendMessage('generateImage', request).catch(() => sendMessage('resumeGeneration', { jobId: request.jobId }));
      store.set({ partial: undefined });
      overCapWarned = !outcome.ok && outcome.code === 'over-cap';
      void refreshContext(); // the month's spending may have changed
      if (!outcome.ok) return fail(outcome.sentence, restingStep(), outcome.code);
      // Earlier images stay in the strip: the user may still prefer one of them.
      enter('ready', { images: [...outcome.value, ...store.get().images], selectedId: outcome.value[0]?.id });
    } finally {
      jobId = undefined;
    }
  }

  /** Back to the prompt built from the draft, discarding the user's edits. */
  async function resetPrompt(): Promise<void> {
    const source = draftOrSentence();
    if ('sentence' in source) return fail(source.sentence, restingStep());
    await prepare(source.draft, await currentChoices());
  }

  async function attach(): Promise<void> {
    const image = selected();
    if (!image || store.get().step === 'attaching') return;
    enter('attaching', { sentence: undefined });
    const blob = imageBlob(image);
    const file = new File([blob], `post-image-${image.id.slice(0, 8)}.${image.mimeType.split('/')[1]}`, { type: image.mimeType });
    const result = await attachImage(doc, file);
    if (result.ok) {
      enter('attached');
      await sendMessage('markAttached', { imageId: image.id });
      return;
    }
    const copied = result.reason === 'not-attached' && (await copyImageToClipboard(blob));
    store.set({ step: 'ready', sentence: attachFailureSentence(result, copied) });
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

  async function refreshContext(): Promise<void> {
    const outcome = await sendMessage('panelContext', undefined);
    if (outcome.ok) store.set({ context: outcome.value });
  }

  async function unlock(passphrase: string): Promise<void> {
    const outcome = await sendMessage('unlockSecrets', { passphrase });
    if (!outcome.ok) return fail(outcome.sentence, restingStep());
    if (!outcome.value) return fail('That passphrase did not open your keys. Check it and try again.', restingStep(), 'locked');
    store.set({ needsPassphrase: false, sentence: undefined });
    await refreshContext();
    await generate({ keepPrompt: true });
  }

  /** Saves the chosen image to the user's bucket and copies the private link it answers with. */
  async function saveToS3(): Promise<void> {
    const image = selected();
    if (!image) return;
    const source = draftOrSentence();
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
    saveToS3,
    generate,
    attach,
    cancel() {
      if (!jobId) return;
      cancelledJobId = jobId;
      void sendMessage('cancelGeneration', { jobId });
    },
    resetPrompt,
    showPartial: (update: { jobId: string; image: ImageForPage }) => update.jobId === jobId && store.set({ partial: update.image }),
    select: (id: string) => store.set({ selectedId: id, step: 'ready', sentence: undefined }),
    editPrompt: (prompt: string) => store.set({ prompt }),
    choose: async (patch: Partial<Choices>) => store.set({ choices: { ...(await currentChoices()), ...patch } }),
  };
}

export type PanelSession = ReturnType<typeof createPanelSession>;
