import type { EditionTable } from './edition-table.ts';
import { estimatePerYearTableId } from './estimate-per-year-table.ts';

type Row = Record<string, unknown>;

/**
 * The frozen estimate as the published pages may read it: its registered numbers are the ones
 * disclosure control published (perturbed, or null when withheld), and what only the analyst needs
 * — the capture tables by stratum, the cell keys, the registered number of a year without an
 * estimate — is left out. Estimates themselves are rounded to tens where they are shown.
 */
export function publicEstimate(estimate: unknown, tables: readonly EditionTable[]): unknown {
  if (typeof estimate !== 'object' || estimate === null) return estimate;
  const {
    table: _table,
    captureCounts: _counts,
    observedCellKey: _key,
    notEstimableYears,
    perYear,
    ...rest
  } = estimate as Row;
  const whole = tables.find((t) => t.id === 'estimated-total-victims')?.rows[0]?.values.observed ?? null;
  const byYear = new Map(
    (tables.find((t) => t.id === estimatePerYearTableId)?.rows ?? []).map((r) => [
      Number(r.values.year),
      r.values.observed,
    ]),
  );
  return {
    ...rest,
    observed: whole,
    ...(Array.isArray(perYear)
      ? {
          perYear: (perYear as Row[]).map(({ observedCellKey: _k, ...year }) => ({
            ...year,
            observed: byYear.get(Number(year.year)) ?? null,
          })),
        }
      : {}),
    ...(Array.isArray(notEstimableYears)
      ? { notEstimableYears: (notEstimableYears as Row[]).map(({ observed: _o, ...year }) => year) }
      : {}),
  };
}
