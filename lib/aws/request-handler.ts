import { FetchHttpHandler } from '@smithy/fetch-http-handler';
import type { HttpHandlerOptions } from '@smithy/types';
import { readAnswerBytes } from '../answer-body';

/**
 * The request handler every AWS client here uses: fetch, aborted on the wire when the caller's signal fires or
 * the time is up, with the whole body read under the same signal. The SDK's fetch handler only races its timeout
 * (the request stays open, holding one of the browser's six connections per host), and Bedrock's browser default
 * wraps it in a WebSocket handler whose plain-HTTP path drops both the timeout and the signal.
 */

/** The call took longer than its timeout and was closed. Not one of the SDK's retried names: a paid call is not made twice. */
export class AnswerTimedOut extends Error {
  constructor(readonly timeoutMs: number) {
    super(`No answer within ${timeoutMs} ms.`);
    this.name = 'AnswerTimedOut';
  }
}

type Request = Parameters<FetchHttpHandler['handle']>[0];
type Handled = Awaited<ReturnType<FetchHttpHandler['handle']>>;

export class AbortingRequestHandler {
  private readonly fetchHandler = new FetchHttpHandler();

  constructor(readonly timeoutMs: number) {}

  async handle(request: Request, { abortSignal }: HttpHandlerOptions = {}): Promise<Handled> {
    const timeout = AbortSignal.timeout(this.timeoutMs);
    const signal = abortSignal ? AbortSignal.any([abortSignal as AbortSignal, timeout]) : timeout;
    try {
      const { response } = await this.fetchHandler.handle(request, { abortSignal: signal });
      // A body-less answer (HEAD) comes as a Blob, already whole.
      if (!(response.body instanceof ReadableStream)) return { response };
      return { response: Object.assign(response, { body: await readAnswerBytes(response.body, signal) }) };
    } catch (error) {
      if (timeout.aborted && !abortSignal?.aborted) throw new AnswerTimedOut(this.timeoutMs);
      throw error;
    }
  }

  updateHttpClientConfig(): void {}

  httpHandlerConfigs(): Record<string, never> {
    return {};
  }

  destroy(): void {}
}
