/** A list of codes as a SQL `IN` list: `('a', 'b')`. Codes come from the contract, never from input. */
export function sqlList(codes: readonly string[]): string {
  return `(${codes.map((c) => `'${c.replaceAll("'", "''")}'`).join(', ')})`;
}
