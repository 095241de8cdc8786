import { describe, expect, it } from 'vitest';
import { GENERIC_FAILURE, sentenceFor, UserFacingError } from './errors';

describe('UserFacingError', () => {
  it('is recognised when thrown by another bundle’s copy of the class (the worker’s image work is its own script)', async () => {
    const isolated = await import('./errors?copy' as string);
    const fromOtherCopy = new isolated.UserFacingError('Add your OpenAI key in the options.', 'no-key');
    expect(isolated.UserFacingError).not.toBe(UserFacingError);
    expect(fromOtherCopy instanceof UserFacingError).toBe(true);
    expect(sentenceFor(fromOtherCopy)).toBe('Add your OpenAI key in the options.');
  });

  it('does not take other errors, even one named like it, for a user-facing sentence', () => {
    const lookalike = Object.assign(new Error('internal detail'), { name: 'UserFacingError', code: 'no-key' });
    expect(lookalike instanceof UserFacingError).toBe(false);
    expect(sentenceFor(lookalike)).toBe(GENERIC_FAILURE);
    expect(sentenceFor('a string')).toBe(GENERIC_FAILURE);
  });
});
