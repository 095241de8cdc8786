/**
 * The worker is built as two scripts (its start-up part and the image work it loads later), each with its
 * own copy of this class: `instanceof` checks this mark, which both copies set, rather than the prototype.
 */
const USER_FACING = Symbol.for('post-to-image.user-facing-error');

/**
 * An error whose message is a sentence a user can act on. Anything else that reaches the panel is
 * replaced by a generic sentence, so internals (and secrets) never show.
 */
export class UserFacingError extends Error {
  readonly [USER_FACING] = true;

  static [Symbol.hasInstance](value: unknown): boolean {
    return typeof value === 'object' && value !== null && USER_FACING in value;
  }

  constructor(
    message: string,
    readonly code: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'UserFacingError';
  }
}

/** Said by the worker when it stops a job, and by the panel when Cancel came before the job reached the worker. */
export const CANCELLED = 'Cancelled. Press Generate image to try again.';

export const GENERIC_FAILURE = 'Something went wrong while making the image. Try again; if it keeps failing, reload the page.';

/** The sentence to show for any thrown value. */
export function sentenceFor(error: unknown): string {
  return error instanceof UserFacingError ? error.message : GENERIC_FAILURE;
}
