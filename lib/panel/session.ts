import { base64ToBytes } from '../image/bytes';
import { attachImage } from '../linkedin/attach';
import { findComposers, readDraft } from '../linkedin/composer';
import { sendMessage, type ImageForPage, type PreparedPrompt } from '../messaging/protocol';
import { preferencesItem } from '../storage/preferences';
import { copyImageToClipboard } from './fallback';
import { attachFailureSentence, EMPTY_DRAFT, NO_COMPOSER } from './sentences';
import { createStore } from './store';

export type Step = 'idle' | 'analysing' | 'generating' | 'ready' | 'attaching' | 'attached';

export interface PanelState {
  step: Step;
  /** The prompt the next image is made from; the user may edit it. */
  prompt: string;
  analyserNote: string;
  images: ImageForPage[];
  selectedId?: string;
  /** A failure or hand-over sentence for the user. */
  sentence?: string;
  /** Offer a download of the selected image (when LinkedIn did not take it). */
  offerDownload: boolean;
}

const INITIAL: PanelState = { step: 'idle', prompt: '', analyserNote: '', images: [], offerDownload: false };

export function imageBlob(image: ImageForPage): Blob {
  const base64 = image.dataUrl.slice(image.dataUrl.indexOf(',') + 1);
  return new Blob([base64ToBytes(base64) as BlobPart], { type: image.mimeType });
}

/** The panel's behaviour, independent of React: generate, regenerate, cancel, attach. */
export function createPanelSession(doc: Document) {
  const store = createStore<PanelState>(INITIAL);
  let prepared: PreparedPrompt | undefined;
  let jobId: string | undefined;

  const fail = (sentence: string, step: Step) => store.set({ sentence, step });
  const selected = () => store.get().images.find((image) => image.id === store.get().selectedId);

  async function generate(options: { keepPrompt: boolean }): Promise<void> {
    if (jobId) return; // one generation at a time; a double click is one click
    const composer = findComposers(doc)[0];
    const draft = composer ? readDraft(composer.editor) : '';
    const fallbackStep = store.get().images.length > 0 ? 'ready' : 'idle';
    if (!composer) return fail(NO_COMPOSER, fallbackStep);
    if (!/[\p{L}\p{N}]/u.test(draft)) return fail(EMPTY_DRAFT, fallbackStep);

    jobId = crypto.randomUUID();
    try {
      const preferences = await preferencesItem.getValue();
      store.set({ step: 'analysing', sentence: undefined, offerDownload: false });
      if (!options.keepPrompt || !prepared) {
        const outcome = await sendMessage('preparePrompt', {
          draft,
          style: preferences.style,
          format: preferences.format,
          extraWords: preferences.extraWords,
        });
        if (!outcome.ok) return fail(outcome.sentence, fallbackStep);
        prepared = outcome.value;
        store.set({ prompt: prepared.prompt, analyserNote: prepared.analysis.note });
      }
      store.set({ step: 'generating' });
      const outcome = await sendMessage('generateImage', {
        jobId,
        prompt: store.get().prompt,
        headline: prepared.headline,
        analysis: prepared.analysis,
        style: preferences.style,
        format: preferences.format,
        count: 1,
      });
      if (!outcome.ok) return fail(outcome.sentence, fallbackStep);
      const images = [...outcome.value, ...store.get().images];
      store.set({ step: 'ready', images, selectedId: outcome.value[0]?.id });
    } finally {
      jobId = undefined;
    }
  }

  async function attach(): Promise<void> {
    const image = selected();
    if (!image || store.get().step === 'attaching') return;
    store.set({ step: 'attaching', sentence: undefined, offerDownload: false });
    const blob = imageBlob(image);
    const file = new File([blob], `post-image-${image.id.slice(0, 8)}.${image.mimeType.split('/')[1]}`, { type: image.mimeType });
    const result = await attachImage(doc, file);
    if (result.ok) {
      store.set({ step: 'attached' });
      await sendMessage('markAttached', { imageId: image.id });
      return;
    }
    const copied = result.reason === 'not-attached' && (await copyImageToClipboard(blob));
    store.set({ step: 'ready', sentence: attachFailureSentence(result, copied), offerDownload: result.reason !== 'no-composer' });
  }

  return {
    store,
    generate,
    attach,
    cancel: () => jobId && void sendMessage('cancelGeneration', { jobId }),
    select: (id: string) => store.set({ selectedId: id, step: 'ready', sentence: undefined }),
    editPrompt: (prompt: string) => store.set({ prompt }),
  };
}

export type PanelSession = ReturnType<typeof createPanelSession>;
