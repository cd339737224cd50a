/** A problem with a delivered file or request that the steward can fix: what, and where (`field`, `value`). */
export class DeliveryError extends Error {
  constructor(
    message: string,
    readonly field: string,
    readonly value: unknown,
  ) {
    super(message);
    this.name = 'DeliveryError';
  }
}
