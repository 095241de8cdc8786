import { awsFailureKind } from '../aws/failure-kind';

/**
 * One sentence, for a person, saying why Amazon Comprehend could not be used. Built only from the error's
 * name and status, never from its message, so neither secrets nor the post's text can leak into it.
 * Every sentence starts with a proper noun, so it reads on its own (the options page's "Test Comprehend")
 * and after "Analysed on this device: " (the panel).
 */

/** Thrown before any call when the post's language is one Comprehend does not analyse. */
export class UnsupportedComprehendLanguageError extends Error {
  constructor(readonly languageCode: string) {
    super(`Amazon Comprehend does not analyse language "${languageCode}".`);
    this.name = 'UnsupportedComprehendLanguageError';
  }
}

const SENTENCES_BY_CODE: Readonly<Record<string, string>> = {
  AccessDeniedException: 'Amazon Comprehend refused the AWS keys (access denied) — check the IAM policy in the options.',
  UnrecognizedClientException: 'Amazon Comprehend does not recognise the AWS access key — check the access key ID in the options.',
  InvalidSignatureException: 'Amazon Comprehend rejected the request signature — check the secret access key in the options.',
  IncompleteSignatureException: 'Amazon Comprehend rejected the request signature — check the secret access key in the options.',
  ExpiredTokenException: 'AWS says the session token has expired — enter fresh keys in the options.',
  ThrottlingException: 'Amazon Comprehend is busy (too many requests, even after retrying) — try again in a minute.',
  TooManyRequestsException: 'Amazon Comprehend is busy (too many requests, even after retrying) — try again in a minute.',
  UnsupportedLanguageException: "Amazon Comprehend does not analyse this post's language.",
  TextSizeLimitExceededException: 'Amazon Comprehend found the post too long.',
  InternalServerException: 'Amazon Comprehend had an internal error — try again later.',
  ServiceUnavailableException: 'Amazon Comprehend is unavailable right now — try again later.',
  // Cognito identity pool failures, met while fetching credentials.
  NotAuthorizedException: 'Amazon Cognito gave no credentials — check that the identity pool allows guest access.',
  ResourceNotFoundException: 'Amazon Cognito does not know the identity pool — check its ID and region in the options.',
  CredentialsProviderError: 'Amazon Cognito gave no credentials — check the identity pool in the options.',
};

interface SdkErrorShape {
  name?: string;
  message?: string;
  $metadata?: { httpStatusCode?: number };
}

export function comprehendFailureSentence(error: unknown): string {
  if (error instanceof UnsupportedComprehendLanguageError) {
    return `Amazon Comprehend does not analyse ${languageName(error.languageCode)} posts.`;
  }
  const shape: SdkErrorShape = typeof error === 'object' && error !== null ? error : {};
  // AWS sends clock-skew failures as InvalidSignatureException too; the remedy is different.
  if (shape.name === 'InvalidSignatureException' && /expired/i.test(shape.message ?? '')) {
    return "Amazon Comprehend says the request was signed at the wrong time — check this computer's clock.";
  }
  switch (awsFailureKind(error)) {
    case 'timed-out':
      return 'Amazon Comprehend did not answer in time — try again.';
    case 'unreached':
      return 'Amazon Comprehend could not be reached (network error) — check the connection and the region.';
    case 'cut':
      return 'The answer from Amazon Comprehend was cut off on the way (the connection or a proxy dropped it) — check the connection and try again.';
    case 'throttled':
      return SENTENCES_BY_CODE.ThrottlingException!;
    case 'not-the-service':
      return 'Something between Post to Image and Amazon Comprehend (a proxy or gateway) failed — check the connection and the endpoint in the options, then try again.';
    case 'unreadable':
      return 'Amazon Comprehend sent an answer that could not be read — try again.';
    case 'service':
      break;
  }
  const known = shape.name ? SENTENCES_BY_CODE[shape.name] : undefined;
  if (known) return known;
  if ((shape.$metadata?.httpStatusCode ?? 500) >= 500) return 'Amazon Comprehend had an internal error — try again later.';
  return 'Amazon Comprehend refused the request — check the AWS settings in the options.';
}

function languageName(code: string): string {
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' }).of(code) ?? code;
  } catch {
    return `"${code}"`;
  }
}
