import { APIError } from 'openai';

/**
 * A paid image call is asked again only after a rate limit: OpenAI (or a gateway in front of it) refused it before
 * doing any work, so nothing was billed. A timeout, a dropped connection, a cut answer or a 5xx may come after the
 * image was made and billed, so those are never asked again unasked (the SDK's own retries are off for image calls).
 */

/** OpenAI's 60 s windows: a longer wait is better told to the user than spent spinning. */
const LONGEST_WAIT_MS = 60_000;

/** How long to wait before asking again after `error` (the `retry`-th retry), or undefined when it must not be asked again. */
export function rateLimitWaitMs(error: unknown, retry: number): number | undefined {
  if (!(error instanceof APIError) || error.status !== 429) return undefined;
  const headers = error.headers;
  // An exhausted quota is a 429 too; the client marks it (waiting cannot bring credit back).
  if (headers?.get('x-should-retry') === 'false') return undefined;
  const waitMs = Number(headers?.get('retry-after-ms') ?? NaN);
  const waitSeconds = Number(headers?.get('retry-after') ?? NaN);
  const asked = Number.isFinite(waitMs) ? waitMs : Number.isFinite(waitSeconds) ? waitSeconds * 1000 : Math.min(500 * 2 ** retry, 8_000);
  return asked >= 0 && asked <= LONGEST_WAIT_MS ? asked : undefined;
}

/** Makes the call, and up to `retries` more after rate limits, each after the wait OpenAI asked for. Cancel ends the wait. */
export async function askThroughRateLimits<T>(ask: () => Promise<T>, retries: number, signal: AbortSignal): Promise<T> {
  for (let retry = 0; ; retry++) {
    try {
      return await ask();
    } catch (error) {
      const waitMs = retry < retries ? rateLimitWaitMs(error, retry) : undefined;
      if (waitMs === undefined) throw error;
      await wait(waitMs, signal);
    }
  }
}

function wait(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    signal.throwIfAborted();
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', stop);
      resolve();
    }, ms);
    const stop = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    signal.addEventListener('abort', stop, { once: true });
  });
}
