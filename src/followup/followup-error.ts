/** An error a user can cause (an illegal workflow step, bad input, an unknown id); says what to fix. */
export class FollowupError extends Error {
  constructor(
    message: string,
    readonly code: 'illegal-step' | 'invalid-input' | 'not-found' | 'conflict' | 'forbidden',
    readonly problems: readonly string[] = [],
  ) {
    super(message);
    this.name = 'FollowupError';
  }
}

/** An edit based on a version that is no longer the latest: who saved in between, and when. */
export class StaleVersionError extends FollowupError {
  constructor(
    what: string,
    readonly expectedVersion: number,
    readonly currentVersion: number,
    readonly changedBy: string,
    readonly changedAt: string,
  ) {
    super(
      `${what} was changed by ${changedBy} at ${changedAt} (version ${currentVersion}; you edited version ${expectedVersion}); reload and make your change again.`,
      'conflict',
    );
    this.name = 'StaleVersionError';
  }
}
