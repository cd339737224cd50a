import { type CountTable, type CountTableOptions, countTable } from './count-tables.ts';
import type { EditionTable } from './edition-table.ts';

/**
 * How each indicator's counts go through disclosure control: which columns count children,
 * suspects, registrations or cases, and which sums an attacker knows or can work out. Every
 * indicator has an entry (a test holds the registry to it), so a new one cannot skip control.
 *
 * Families share quantities through their population and dimension names: the year's victims are
 * one number in 'victims per year', the sum of 'victims by age band' and the sum of 'victims by
 * sex' (whose shares give the sum away); a year's and source's suspects in 'suspects per year' are
 * the sum of that source's age bands and sexes; a year's and source's registrations appear in
 * several tables. Sources overlap (one child at several partners), so counts are never summed over
 * sources, nor persons over years.
 */
export type DisclosureSpec = {
  readonly counts: (table: EditionTable) => CountTable[];
  /** Values that give a withheld row away from another row (a share of the previous step). */
  readonly clearDependents?: (
    table: EditionTable,
    withheld: ReadonlySet<number>,
  ) => ReadonlyMap<number, readonly string[]>;
};

const counts =
  (...specs: CountTableOptions[]): DisclosureSpec['counts'] =>
  (table) =>
    specs.map((spec) => countTable(table, spec));

const registrations = (sums: readonly string[] | 'none' = 'none'): CountTableOptions => ({
  measure: 'registrations',
  population: 'registrations',
  sums,
});
const own = (measure: string, sums: readonly string[] | 'none' = 'none'): CountTableOptions => ({
  measure,
  population: measure,
  sums,
});

export const disclosureSpecs: Readonly<Record<string, DisclosureSpec>> = {
  'victims-per-year': { counts: counts({ measure: 'registered', population: 'victims', sums: 'none' }) },
  'victims-by-age-band': { counts: counts({ measure: 'victims', population: 'victims', sums: ['age_band'] }) },
  'victims-by-sex': { counts: counts({ measure: 'victims', population: 'victims', sums: ['sex'] }) },
  'victims-per-year-by-source': {
    counts: counts({ measure: 'victims', population: 'victims-at-source', sums: 'none' }),
  },
  'repeat-victimisation': {
    counts: counts(
      {
        measure: 'children',
        population: 'victims',
        dimensions: [['cohort', 'year'], 'age_group'],
        sums: ['age_group'],
      },
      own('repeat_victims'),
    ),
  },
  'help-contact-after-report': {
    counts: counts(
      { measure: 'children_reported', population: 'reported-children', dimensions: ['year'], sums: 'none' },
      own('with_contact'),
    ),
  },
  'estimated-total-victims': { counts: () => [] },

  'suspects-per-year': { counts: counts({ measure: 'suspects', population: 'suspects', sums: 'none' }) },
  'suspects-by-age-band': { counts: counts({ measure: 'suspects', population: 'suspects', sums: ['age_band'] }) },
  'suspects-by-sex': { counts: counts({ measure: 'suspects', population: 'suspects', sums: ['sex'] }) },

  'registrations-per-year-by-source': { counts: counts(registrations()) },
  'data-completeness': { counts: counts(registrations()) },
  'home-share': { counts: counts(registrations(), own('in_home'), own('known_setting')) },
  'online-share': { counts: counts(registrations(), own('online')) },
  'offence-categories': { counts: counts(registrations(['category']), own('under_wsm')) },
  'relationship-to-suspect': { counts: counts(registrations(['relationship'])) },
  'settings-distribution': { counts: counts(registrations(['setting'])) },
  'reporting-delay': { counts: counts(registrations(['delay_band'])) },
  'victim-age-summary': {
    counts: counts({ measure: 'registrations', population: 'registrations-with-age', sums: 'none' }),
  },
  'complaint-share': {
    counts: counts(
      { measure: 'registrations', population: 'police-registrations', sums: 'none' },
      own('with_complaint'),
    ),
  },

  'chain-funnel': {
    counts: counts({ measure: 'incidents', population: 'funnel', dimensions: ['cohort', 'step'], sums: 'none' }),
    clearDependents: (table, withheld) => {
      // previous_share = this step / the cohort's previous published step (steps with no incidents
      // are left out): a withheld step must not be read back from the next one.
      const cleared = new Map<number, readonly string[]>();
      const order = table.rows
        .map((_, i) => i)
        .sort((a, b) => {
          const [x, y] = [table.rows[a]?.values, table.rows[b]?.values];
          return String(x?.cohort).localeCompare(String(y?.cohort)) || Number(x?.step_order) - Number(y?.step_order);
        });
      for (const [i, index] of order.entries()) {
        const previous = order[i - 1];
        const sameCohort =
          previous !== undefined && table.rows[previous]?.values.cohort === table.rows[index]?.values.cohort;
        if (sameCohort && withheld.has(previous)) cleared.set(index, ['previous_share']);
      }
      return cleared;
    },
  },
  'om-decisions-by-type': { counts: counts({ measure: 'cases', population: 'om-decisions', sums: ['decision'] }) },
  'court-rulings': { counts: counts({ measure: 'cases', population: 'court-rulings', sums: ['ruling'] }) },
  'sentence-length': { counts: counts(own('sentences'), own('with_length')) },
  'norm-attainment-om': {
    counts: counts({ measure: 'cases', population: 'om-norm-cases', sums: 'none' }, own('within_norm')),
  },
  'norm-attainment-police': {
    counts: counts({ measure: 'cases', population: 'police-norm-cases', sums: 'none' }, own('within_norm')),
  },
  'throughput-times': {
    counts: counts({ measure: 'cases', population: 'throughput-cases', sums: 'none' }, own('within_norm')),
  },

  werkvoorraad: { counts: (table) => workStockFlows(table) },
  'werkvoorraad-age': {
    counts: counts({
      measure: 'cases',
      population: 'stock-by-age',
      sums: ['age_band'],
      // The age bands of a half-year's stock add up to its closing stock in werkvoorraad.
      identities: ([source, halfYearEnd, band]) =>
        band === '*' ? stockIdentity(String(source), String(halfYearEnd)) : undefined,
    }),
  },
};

const stockIdentity = (source: string, date: string) => `work-stock:${source}:${date}`;

/** The half-year end before a 'YYYY-06-30' or 'YYYY-12-31'. */
function previousHalfYearEnd(date: string): string {
  const year = Number(date.slice(0, 4));
  return date.endsWith('-12-31') ? `${year}-06-30` : `${year - 1}-12-31`;
}

/**
 * Work stock: opening + inflow = closing + outflow per source and half-year, and a half-year's
 * closing stock is the next one's opening stock. Two tables whose sums are one number state the
 * first; identities the second.
 */
function workStockFlows(table: EditionTable): CountTable[] {
  const side = (
    id: string,
    flows: readonly [string, string],
    identityOf: (flow: string, source: string, half: string) => string | undefined,
  ): CountTable => {
    const cells: { key: string[]; value: number }[] = [];
    const rows: number[][] = [];
    const identities: Record<string, string> = {};
    for (const [index, row] of table.rows.entries()) {
      const source = String(row.values.source);
      const half = String(row.values.half_year_end);
      for (const flow of flows) {
        const key = [source, half, flow];
        cells.push({ key, value: Number(row.values[flow] ?? 0) });
        rows.push([index]);
        const identity = identityOf(flow, source, half);
        if (identity) identities[JSON.stringify(key)] = identity;
      }
    }
    return {
      id: `werkvoorraad:${id}`,
      dimensions: ['stock.source', 'stock.half_year_end', `stock.${id}`],
      totals: { over: [`stock.${id}`] },
      cells,
      rows,
      identities,
    };
  };
  return [
    side('in', ['stock_start', 'inflow'], (flow, source, half) =>
      flow === 'stock_start' ? stockIdentity(source, previousHalfYearEnd(half)) : undefined,
    ),
    side('out', ['stock_end', 'outflow'], (flow, source, half) =>
      flow === 'stock_end' ? stockIdentity(source, half) : undefined,
    ),
  ];
}
