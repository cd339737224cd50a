/** An edition a user asked for that cannot be made or found; the message says what to do instead. */
export class EditionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EditionError';
  }
}
