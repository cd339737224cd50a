import type { EditionTable } from './edition-table.ts';

export const estimatePerYearTableId = 'estimated-total-victims-per-year';

type YearEstimate = {
  year: number;
  observed: number;
  observedCellKey?: number;
  hidden: number;
  total: number;
  lower: number;
  upper: number;
};

const isYearEstimate = (v: unknown): v is YearEstimate =>
  typeof v === 'object' &&
  v !== null &&
  ['year', 'observed', 'hidden', 'total', 'lower', 'upper'].every(
    (k) => typeof (v as Record<string, unknown>)[k] === 'number',
  );

/**
 * The estimate of each year alone (the estimation stage's `perYear`) as a published table, or null
 * when the frozen estimate has none. Estimates are model output, not counts of persons, so they do
 * not pass the count threshold; the registered numbers here count children by year of incident in
 * the estimate's sources, and are perturbed like every count (by their cell key).
 */
export function estimatePerYearTable(estimate: unknown): EditionTable | null {
  const perYear = (estimate as { perYear?: unknown } | null)?.perYear;
  if (!Array.isArray(perYear) || perYear.length === 0 || !perYear.every(isYearEstimate)) return null;
  return {
    id: estimatePerYearTableId,
    title: {
      nl: 'Geschat totaal aantal slachtoffers per jaar',
      en: 'Estimated total number of victims per year',
    },
    definition: {
      nl: 'Per jaar van het voorval: het aantal kinderen dat ten minste één bron van de schatting registreerde, en het geschatte totaal inclusief de kinderen die geen bron zag, met 95%-interval. Elk jaar is apart geschat.',
      en: 'Per year of incident: the number of children registered by at least one of the estimate’s sources, and the estimated total including the children no source saw, with its 95% interval. Each year is estimated on its own.',
    },
    unit: { nl: 'kinderen', en: 'children' },
    dimensions: ['year'],
    measures: ['observed', 'hidden', 'total', 'lower', 'upper'],
    rows: [...perYear]
      .sort((a, b) => a.year - b.year)
      .map((e) => ({
        values: {
          year: e.year,
          observed: e.observed,
          hidden: e.hidden,
          total: e.total,
          lower: e.lower,
          upper: e.upper,
        },
        status: 'published' as const,
        ...(e.observedCellKey === undefined ? {} : { cellKeys: { observed: e.observedCellKey } }),
      })),
  };
}
