export type AccessErrorCode =
  | 'unauthenticated'
  | 'forbidden'
  | 'locked'
  | 'csrf'
  | 'invalid-input'
  | 'not-found'
  | 'conflict'
  | 'disabled';

const statusOf: Readonly<Record<AccessErrorCode, number>> = {
  unauthenticated: 401,
  forbidden: 403,
  locked: 423,
  csrf: 403,
  'invalid-input': 400,
  'not-found': 404,
  conflict: 409,
  disabled: 403,
};

/** A refusal the user can act on: sign in, ask for another role, wait, or correct the input. */
export class AccessError extends Error {
  readonly statusCode: number;
  constructor(
    message: string,
    readonly code: AccessErrorCode,
    readonly problems: readonly string[] = [],
  ) {
    super(message);
    this.name = 'AccessError';
    this.statusCode = statusOf[code];
  }
}
