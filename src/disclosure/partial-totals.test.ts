import { describe, expect, it } from 'vitest';
import { auditTables } from './audit-tables.ts';
import { protectTables } from './protect-tables.ts';
import type { ProtectedTable, PublishedTable } from './table-types.ts';

const suppressedKeys = (tables: readonly ProtectedTable[], id: string) =>
  (tables.find((t) => t.id === id)?.cells ?? []).filter((c) => 'suppressed' in c).map((c) => c.key.join('/'));

/** Suspects per year and source (sources overlap, so no sum over them), and by age band within each. */
const perSource: PublishedTable = {
  id: 'suspects-per-year',
  dimensions: ['year', 'source'],
  totals: 'none',
  cells: [
    { key: ['2020', 'om'], value: 34 },
    { key: ['2020', 'police'], value: 120 },
    { key: ['2021', 'om'], value: 40 },
    { key: ['2021', 'police'], value: 130 },
  ],
};
const byAgeBand: PublishedTable = {
  id: 'suspects-by-age-band',
  dimensions: ['year', 'source', 'age_band'],
  totals: { over: ['age_band'] },
  cells: [
    { key: ['2020', 'om', '<18'], value: 12 },
    { key: ['2020', 'om', '18-20'], value: 4 },
    { key: ['2020', 'om', '>=21'], value: 18 },
    { key: ['2020', 'police', '<18'], value: 40 },
    { key: ['2020', 'police', '18-20'], value: 30 },
    { key: ['2020', 'police', '>=21'], value: 50 },
    { key: ['2021', 'om', '<18'], value: 15 },
    { key: ['2021', 'om', '18-20'], value: 11 },
    { key: ['2021', 'om', '>=21'], value: 14 },
    { key: ['2021', 'police', '<18'], value: 45 },
    { key: ['2021', 'police', '18-20'], value: 35 },
    { key: ['2021', 'police', '>=21'], value: 50 },
  ],
};

describe('totals over some dimensions only', () => {
  it('publishes only the sums over those dimensions, linked to the table that publishes them', () => {
    const [, ageBands] = protectTables([perSource, byAgeBand], { secondary: false });
    expect(ageBands?.margins.map((m) => m.key.join('/')).sort()).toEqual([
      '2020/om/*',
      '2020/police/*',
      '2021/om/*',
      '2021/police/*',
    ]);
  });

  it('protects a small cell inside its own block, and the attack recovers it without that', async () => {
    const tables = [perSource, byAgeBand];
    const unprotected = await auditTables(tables, protectTables(tables, { secondary: false }));
    const recovered = unprotected.find((r) => r.key.join('/') === '2020/om/18-20');
    expect(recovered?.feasible).toEqual({ low: 4, high: 4 });

    const protectedTables = protectTables(tables);
    const audit = await auditTables(tables, protectedTables);
    expect(audit.filter((r) => !r.safe)).toEqual([]);
    // The complement lies in the same year and source: other years and sources stay published.
    const hidden = suppressedKeys(protectedTables, 'suspects-by-age-band');
    expect(hidden).toContain('2020/om/18-20');
    expect(hidden.every((k) => k.startsWith('2020/om/'))).toBe(true);
  });
});

/** Work stock per half-year: opening + inflow = closing + outflow, and a closing stock opens the next half-year. */
function workStock(withIdentities: boolean): PublishedTable[] {
  const halves = [
    { half: '2020-06-30', opening: 30, inflow: 14, outflow: 4, closing: 40 },
    { half: '2020-12-31', opening: 40, inflow: 25, outflow: 20, closing: 45 },
  ];
  const identity = (half: string, key: string[]) => (withIdentities ? { [JSON.stringify(key)]: `stock:${half}` } : {});
  return [
    {
      id: 'work-stock-in',
      dimensions: ['half', 'flow_in'],
      totals: { over: ['flow_in'] },
      cells: halves.flatMap((h) => [
        { key: [h.half, 'opening'], value: h.opening },
        { key: [h.half, 'inflow'], value: h.inflow },
      ]),
      identities: identity('2020-06-30', ['2020-12-31', 'opening']),
    },
    {
      id: 'work-stock-out',
      dimensions: ['half', 'flow_out'],
      totals: { over: ['flow_out'] },
      cells: halves.flatMap((h) => [
        { key: [h.half, 'closing'], value: h.closing },
        { key: [h.half, 'outflow'], value: h.outflow },
      ]),
      identities: identity('2020-06-30', ['2020-06-30', 'closing']),
    },
  ];
}

describe('identities between cells of different tables', () => {
  it('links a closing stock to the next opening stock, so hiding one hides the other', async () => {
    const tables = workStock(true);
    const protectedTables = protectTables(tables);
    expect(suppressedKeys(protectedTables, 'work-stock-out')).toEqual(['2020-06-30/closing', '2020-06-30/outflow']);
    expect(suppressedKeys(protectedTables, 'work-stock-in')).toContain('2020-12-31/opening');
    const audit = await auditTables(tables, protectedTables);
    expect(audit.filter((r) => !r.safe)).toEqual([]);
  });

  it('fails the audit when the identity is left out of protection but known to the attacker', async () => {
    const audit = await auditTables(workStock(true), protectTables(workStock(false)));
    const outflow = audit.find((r) => r.tableId === 'work-stock-out' && r.key.join('/') === '2020-06-30/outflow');
    expect(outflow).toMatchObject({ safe: false, feasible: { low: 4, high: 4 } });
  });

  it('refuses an identity between different numbers', () => {
    const [first, second] = workStock(true) as [PublishedTable, PublishedTable];
    const wrong = { ...second, identities: { [JSON.stringify(['2020-12-31', 'closing'])]: 'stock:2020-06-30' } };
    expect(() => protectTables([first, wrong])).toThrow(
      /identity stock:2020-06-30: .* is 40 but table work-stock-out \[2020-12-31, closing\] is 45/,
    );
  });
});
