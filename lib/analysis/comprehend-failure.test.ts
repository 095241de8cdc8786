import { describe, expect, it } from 'vitest';
import { comprehendFailureSentence, UnsupportedComprehendLanguageError } from './comprehend-failure';

/** An error shaped as the AWS SDK throws them for a service's own error answer. */
const awsError = (name: string, message: string, httpStatusCode?: number) =>
  Object.assign(new Error(message), { name, $fault: (httpStatusCode ?? 0) >= 500 ? 'server' : 'client', $metadata: { httpStatusCode } });

describe('comprehendFailureSentence', () => {
  it('names the language Comprehend lacks', () => {
    expect(comprehendFailureSentence(new UnsupportedComprehendLanguageError('nl'))).toBe('Amazon Comprehend does not analyse Dutch posts.');
  });

  it('sends a skewed clock to the clock, not to the keys', () => {
    const skew = awsError('InvalidSignatureException', 'Signature expired: 20261101T100000Z is now earlier than 20261101T101500Z', 403);
    expect(comprehendFailureSentence(skew)).toBe("Amazon Comprehend says the request was signed at the wrong time — check this computer's clock.");
  });

  it('points Cognito failures at the identity pool settings', () => {
    expect(comprehendFailureSentence(awsError('ResourceNotFoundException', "IdentityPool 'x' not found.", 400))).toBe(
      'Amazon Cognito does not know the identity pool — check its ID and region in the options.',
    );
    expect(comprehendFailureSentence(awsError('NotAuthorizedException', 'Unauthenticated access is not supported.', 400))).toContain(
      'guest access',
    );
  });

  it('falls back on the status for errors it does not know, and never repeats the message', () => {
    const secretish = 'arn:aws:iam::123456789012:user/someone wrote: my secret post';
    expect(comprehendFailureSentence(awsError('SomethingNewException', secretish, 502))).toBe('Amazon Comprehend had an internal error — try again later.');
    expect(comprehendFailureSentence(awsError('SomethingNewException', secretish, 409))).toBe(
      'Amazon Comprehend refused the request — check the AWS settings in the options.',
    );
    expect(comprehendFailureSentence('a thrown string')).toContain('could not be reached');
  });
});
