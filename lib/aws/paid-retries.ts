import { StandardRetryStrategy } from '@smithy/core/retry';
import type { RetryErrorInfo, StandardRetryToken } from '@smithy/types';

/**
 * The retries of a paid call (Bedrock's image models): only what was refused before any work was done, a throttling
 * answer (the service's or a gateway's 429). A timeout, a dropped connection or a 5xx may come after the image was
 * made and billed, so asking again could pay twice: those end the call. Free calls (Comprehend) keep the SDK's own.
 */
export class ThrottlingOnlyRetries extends StandardRetryStrategy {
  override async refreshRetryTokenForRetry(token: StandardRetryToken, errorInfo: RetryErrorInfo): Promise<StandardRetryToken> {
    // Throwing here makes the SDK throw the call's own error.
    if (errorInfo.errorType !== 'THROTTLING') throw new Error('Not retried: the call may have been billed.');
    return super.refreshRetryTokenForRetry(token, errorInfo);
  }
}
