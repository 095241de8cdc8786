/**
 * An error whose message is a sentence a user can act on. Anything else that reaches the panel is
 * replaced by a generic sentence, so internals (and secrets) never show.
 */
export class UserFacingError extends Error {
  constructor(
    message: string,
    readonly code: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'UserFacingError';
  }
}

export const GENERIC_FAILURE = 'Something went wrong while making the image. Try again; if it keeps failing, reload the page.';

/** The sentence to show for any thrown value. */
export function sentenceFor(error: unknown): string {
  return error instanceof UserFacingError ? error.message : GENERIC_FAILURE;
}
