/** Parses "2018-2025" (or a single year) into a period; throws a message saying what to write. */
export function parseYears(text: string): { yearFrom: number; yearTo: number } {
  const match = /^\s*(\d{4})\s*(?:[-–]\s*(\d{4}))?\s*$/.exec(text);
  if (!match) throw new Error(`--years "${text}" is not a period: write it as 2018-2025`);
  const yearFrom = Number(match[1]);
  const yearTo = Number(match[2] ?? match[1]);
  if (yearTo < yearFrom) throw new Error(`--years "${text}": the last year comes before the first`);
  return { yearFrom, yearTo };
}
