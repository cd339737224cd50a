/** A problem with the input a caller gave to the estimation core: says what to fix. */
export class EstimationInputError extends Error {
  readonly field: string;
  readonly value: unknown;

  constructor(message: string, field: string, value: unknown) {
    super(`${message} (${field}: ${JSON.stringify(value)})`);
    this.name = 'EstimationInputError';
    this.field = field;
    this.value = value;
  }
}
