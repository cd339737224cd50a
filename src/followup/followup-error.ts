/** An error a user can cause (an illegal workflow step, bad input, an unknown id); says what to fix. */
export class FollowupError extends Error {
  constructor(
    message: string,
    readonly code: 'illegal-step' | 'invalid-input' | 'not-found' | 'conflict',
    readonly problems: readonly string[] = [],
  ) {
    super(message);
    this.name = 'FollowupError';
  }
}
