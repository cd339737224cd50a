import { describe, expect, it } from 'vitest';
import { indicatorRegistry } from '../indicators/index.ts';
import { disclosureSpecs } from './disclosure-specs.ts';
import type { CellValue, EditionTable } from './edition-table.ts';
import { protectEditionTables } from './protect-edition-tables.ts';

const label = { nl: 'x', en: 'x' };
function table(id: string, dimensions: string[], measures: string[], rows: CellValue[][]): EditionTable {
  const columns = [...dimensions, ...measures];
  return {
    id,
    title: label,
    definition: label,
    unit: label,
    dimensions,
    measures,
    rows: rows.map((r) => ({
      values: Object.fromEntries(columns.map((c, i) => [c, r[i] ?? null])),
      status: 'published',
    })),
  };
}
const statuses = (t: EditionTable | undefined) => t?.rows.map((r) => r.status);

describe('disclosure specs', () => {
  it('cover every indicator of the registry', () => {
    expect([...indicatorRegistry.keys()].filter((id) => !disclosureSpecs[id])).toEqual([]);
  });

  it('refuse a table without a spec instead of publishing it unprotected', async () => {
    await expect(protectEditionTables([table('new-indicator', ['year'], ['children'], [[2020, 3]])])).rejects.toThrow(
      /new-indicator has no disclosure spec/,
    );
  });
});

describe('protecting an edition across tables', () => {
  // Age bands add up to the year's victims, published in victims per year: hiding the small band
  // alone would let it be recovered by subtraction.
  const perYear = table(
    'victims-per-year',
    ['year'],
    ['registered'],
    [
      [2020, 120],
      [2021, 140],
    ],
  );
  const byAge = table(
    'victims-by-age-band',
    ['year', 'age_band'],
    ['victims'],
    [
      [2020, '0-11', 50],
      [2020, '12-15', 66],
      [2020, 'unknown', 4],
      [2021, '0-11', 60],
      [2021, '12-15', 70],
      [2021, 'unknown', 10],
    ],
  );

  it('withholds a complement in the same year, and the audit of every suppressed cell passes', async () => {
    const { tables, disclosure, audit } = await protectEditionTables([perYear, byAge]);
    expect(statuses(tables[1])).toEqual(['secondary', 'published', 'threshold', 'published', 'published', 'published']);
    expect(tables[1]?.rows[2]?.values).toEqual({ year: 2020, age_band: 'unknown', victims: null });
    expect(statuses(tables[0])).toEqual(['published', 'published']);
    expect(audit.length).toBeGreaterThanOrEqual(2);
    expect(disclosure.safe).toBe(disclosure.audited);
  });

  it('is recovered by the same attack without secondary suppression, and then refuses to publish', async () => {
    const { audit } = await protectEditionTables([perYear, byAge], { secondary: false, allowUnsafe: true });
    expect(audit.find((a) => a.tableId === 'victims-by-age-band:victims')).toMatchObject({
      key: ['2020', 'unknown'],
      feasible: { low: 4, high: 4 },
      safe: false,
    });
    await expect(protectEditionTables([perYear, byAge], { secondary: false })).rejects.toThrow(
      /disclosure audit failed .* victims-by-age-band:victims \[2020, unknown\] can be narrowed to 4–4/,
    );
  });

  it('follows the work stock from one half-year into the next', async () => {
    // 2020-06-30: outflow 4 is withheld; its complement is the closing stock, which opens the next
    // half-year, so that row must go too or 40 would give the outflow away.
    const stock = table(
      'werkvoorraad',
      ['source', 'half_year_end'],
      ['stock_start', 'inflow', 'outflow', 'stock_end', 'mean_age_days'],
      [
        ['om', '2020-06-30', 30, 14, 4, 40, 80],
        ['om', '2020-12-31', 40, 25, 20, 45, 90],
        ['om', '2021-06-30', 45, 30, 35, 40, 70],
      ],
    );
    const { tables, audit } = await protectEditionTables([stock]);
    expect(statuses(tables[0])).toEqual(['threshold', 'secondary', 'published']);
    expect(tables[0]?.rows[0]?.values.mean_age_days).toBeNull();
    expect(audit.every((a) => a.safe)).toBe(true);
    const unprotected = await protectEditionTables([stock], { secondary: false, allowUnsafe: true });
    expect(unprotected.audit.find((a) => a.key.join('/') === 'om/2020-06-30/outflow')?.feasible).toEqual({
      low: 4,
      high: 4,
    });
  });

  it('withholds the next step’s share of a withheld funnel step', async () => {
    const funnel = table(
      'chain-funnel',
      ['cohort', 'step'],
      ['step_order', 'incidents', 'previous_share'],
      [
        [2020, 'report', 1, 200, null],
        [2020, 'complaint', 2, 120, 0.6],
        [2020, 'om_inflow', 4, 5, 5 / 120],
        [2020, 'court_ruling', 6, 0, 0],
      ],
    );
    const { tables } = await protectEditionTables([funnel]);
    expect(tables[0]?.rows.map((r) => [r.status, r.values.incidents, r.values.previous_share])).toEqual([
      ['published', 200, null],
      ['published', 120, 0.6],
      ['threshold', null, null],
      ['published', 0, null],
    ]);
  });
});
