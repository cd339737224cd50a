/** Rates of realistic faults, each a probability per row of the record types it can hit. */
export type FaultRates = {
  /** a letter swapped, dropped or replaced in a first name or surname (person rows) */
  nameTypo: number;
  /** day and month of date_of_birth swapped, only where both are at most 12 (person rows) */
  dobSwap: number;
  /** date_of_birth (and so birth_year_month) left empty (person rows) */
  dobMissing: number;
  /** the year of date_of_birth one too high or too low (person rows) */
  dobYearOff: number;
  /** a row delivered twice (all record types) */
  duplicateRow: number;
  /** a row the contract rejects: invalid date text, unknown code, empty id, incident after registration */
  malformedRow: number;
};

export type SimulationOptions = {
  seed: number;
  yearFrom: number;
  yearTo: number;
  /** 1 ≈ the Dutch order of magnitude: about 20,000 true child-victim incidents in 2018 */
  scale: number;
  faults?: Partial<FaultRates>;
};

export const defaultFaultRates: FaultRates = {
  nameTypo: 0.02,
  dobSwap: 0.01,
  dobMissing: 0.01,
  dobYearOff: 0.01,
  duplicateRow: 0.003,
  malformedRow: 0.002,
};

export type ResolvedOptions = Required<Omit<SimulationOptions, 'faults'>> & { faults: FaultRates };

/** Checks the options once; a bad option is the caller's mistake, so it says which and why. */
export function resolveOptions(options: SimulationOptions): ResolvedOptions {
  const { seed, yearFrom, yearTo, scale } = options;
  const problems: string[] = [];
  if (!Number.isInteger(seed)) problems.push(`seed must be an integer, got ${seed}`);
  if (!Number.isInteger(yearFrom) || yearFrom < 1990 || yearFrom > 2100)
    problems.push(`yearFrom must be a year 1990–2100, got ${yearFrom}`);
  if (!Number.isInteger(yearTo) || yearTo < yearFrom || yearTo > 2100)
    problems.push(`yearTo must be a year ≥ yearFrom, got ${yearTo}`);
  else if (yearTo - yearFrom >= 30) problems.push(`at most 30 years can be simulated, got ${yearFrom}–${yearTo}`);
  if (!(scale > 0) || scale > 1000) problems.push(`scale must be in (0, 1000], got ${scale}`);
  const faults = { ...defaultFaultRates, ...options.faults };
  for (const [name, rate] of Object.entries(faults)) {
    if (!(rate >= 0 && rate <= 0.5)) problems.push(`faults.${name} must be a rate in [0, 0.5], got ${rate}`);
  }
  if (problems.length > 0) throw new RangeError(`invalid simulation options: ${problems.join('; ')}`);
  return { seed, yearFrom, yearTo, scale, faults };
}
