import { describe, expect, it } from 'vitest';
import type { EditionTable, EditionTableRow } from './edition-table.ts';
import { werkvoorraadReport } from './werkvoorraad-report.ts';

const label = { nl: 'x', en: 'x' };
const row = (
  source: string,
  half: string,
  stock: number | null,
  status: EditionTableRow['status'] = 'published',
): EditionTableRow => ({
  values: {
    source,
    half_year_end: half,
    stock_start: stock,
    inflow: stock === null ? null : 12,
    outflow: stock === null ? null : 11,
    stock_end: stock,
    mean_age_days: stock === null ? null : 100.4,
  },
  status,
});
const table = (rows: EditionTableRow[]): EditionTable => ({
  id: 'werkvoorraad',
  title: label,
  definition: label,
  unit: label,
  dimensions: ['source', 'half_year_end'],
  measures: ['stock_start', 'inflow', 'outflow', 'stock_end', 'mean_age_days'],
  rows,
});

describe('the half-yearly work-stock report', () => {
  it('compares the latest half-year with the one before', () => {
    const html = werkvoorraadReport(table([row('om', '2025-06-30', 40), row('om', '2025-12-31', 43)]), 'en');
    expect(html).toContain('43 open cases (+3 on the previous half-year); inflow 12, outflow 11, mean age 100 days');
  });

  it('says the latest half-year is withheld instead of reporting an older one as the latest', () => {
    const html = werkvoorraadReport(
      table([row('courts', '2025-06-30', 40), row('courts', '2025-12-31', null, 'threshold')]),
      'nl',
    );
    expect(html).toMatch(/de cijfers over .*2025.* zijn afgeschermd \(een aantal onder de drempel\)/);
    expect(html).not.toContain('40 openstaande zaken');
  });

  it('makes no comparison with a withheld half-year', () => {
    const html = werkvoorraadReport(
      table([row('om', '2025-06-30', null, 'secondary'), row('om', '2025-12-31', 43)]),
      'en',
    );
    expect(html).toContain('43 open cases (no comparison)');
  });
});
