import { CANCELLED, UserFacingError } from '../errors';
import { keepWorkerAlive } from './keep-alive';

const running = new Map<string, AbortController>();

/** Runs one cancellable job; a second start of the same job (a double click) is refused. */
export async function runJob<T>(jobId: string, work: (signal: AbortSignal) => Promise<T>): Promise<T> {
  if (running.has(jobId)) throw new UserFacingError('This image is already being made.', 'duplicate-job');
  const controller = new AbortController();
  running.set(jobId, controller);
  const release = keepWorkerAlive();
  try {
    return await work(controller.signal);
  } catch (error) {
    // Whatever the abort broke is the cancellation; its own sentence may add what a call already sent may cost.
    if (controller.signal.aborted) throw error instanceof UserFacingError && error.code === 'cancelled' ? error : new UserFacingError(CANCELLED, 'cancelled');
    throw error;
  } finally {
    running.delete(jobId);
    release();
  }
}

export function cancelJob(jobId: string): void {
  running.get(jobId)?.abort();
}
