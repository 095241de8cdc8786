import { describe, expect, it } from 'vitest';
import { CANCELLED, UserFacingError } from '../errors';
import { cancelJob, runJob } from './jobs';

describe('runJob', () => {
  it('returns what the work returns', async () => {
    await expect(runJob('a', async () => 42)).resolves.toBe(42);
  });

  it('refuses a second start of a running job', async () => {
    let finish!: () => void;
    const first = runJob('b', () => new Promise<void>((resolve) => (finish = resolve)));
    await expect(runJob('b', async () => undefined)).rejects.toMatchObject({ code: 'duplicate-job' });
    finish();
    await first;
  });

  it('turns a cancelled job into a sentence', async () => {
    const job = runJob('c', (signal) => new Promise((_, reject) => signal.addEventListener('abort', () => reject(signal.reason))));
    cancelJob('c');
    await expect(job).rejects.toMatchObject({ code: 'cancelled', message: expect.stringMatching(/Cancelled/) });
  });

  it('keeps what a cancelled job’s own sentence adds (a call already sent may be billed)', async () => {
    const said = new UserFacingError(`${CANCELLED} The request may still have been billed.`, 'cancelled');
    const job = runJob('d', (signal) => new Promise((_, reject) => signal.addEventListener('abort', () => reject(said))));
    cancelJob('d');
    await expect(job).rejects.toBe(said);
  });
});
