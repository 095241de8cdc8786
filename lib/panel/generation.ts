import { sendMessage, type ImageForPage, type Outcome } from '../messaging/protocol';
import type { GenerateImageRequest } from '../storage/generation-request';
import type { PanelState } from './state';
import type { Store } from './store';

/**
 * The panel's running generations: one job for Generate, two for Compare, never two clicks' worth at once
 * (a double click is one click), each cancellable, each answered even when the browser stopped the worker.
 */
export function createGenerationJobs(store: Store<PanelState>, onSettled: () => void) {
  let running: string[] = [];
  /** Cancel pressed for the running jobs, maybe before the worker has them (while the post is read). */
  let cancelled = false;
  /** The worker said the last click would go over the monthly cap: the next one goes ahead anyway. */
  let overCapWarned = false;

  return {
    /** Runs `work` with `count` fresh job ids, unless jobs are running already. */
    async run(count: number, work: (jobIds: string[], overCapConfirmed: boolean) => Promise<void>): Promise<void> {
      if (running.length > 0) return;
      running = Array.from({ length: count }, () => crypto.randomUUID());
      cancelled = false;
      const overCapConfirmed = overCapWarned;
      overCapWarned = false;
      try {
        await work(running, overCapConfirmed);
      } finally {
        running = [];
        onSettled();
      }
    },

    /** The worker's images for one job; they join the strip in front of the earlier ones, which stay. */
    async request(request: GenerateImageRequest): Promise<Outcome<ImageForPage[]>> {
      // The browser may stop the worker mid-generation; the job is journaled, so ask the new one for it.
      const outcome = await sendMessage('generateImage', request).catch(() => sendMessage('resumeGeneration', { jobId: request.jobId }));
      if (!outcome.ok && outcome.code === 'over-cap') overCapWarned = true;
      if (outcome.ok) store.set({ images: [...outcome.value, ...store.get().images] });
      return outcome;
    },

    cancel(): void {
      cancelled = running.length > 0;
      for (const jobId of running) void sendMessage('cancelGeneration', { jobId });
    },

    /** Cancel was pressed for the running jobs: the panel stops before asking for images the worker does not know of yet. */
    cancelled: () => cancelled,

    busy: () => running.length > 0,

    /** Whether `jobId` is the one job running (a Generate, not a Compare). */
    runningOnly: (jobId: string) => running.length === 1 && running[0] === jobId,
  };
}
