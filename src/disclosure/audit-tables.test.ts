import { describe, expect, it } from 'vitest';
import { auditTables } from './audit-tables.ts';
import { protectTables } from './protect-tables.ts';
import type { ProtectedCell, ProtectedTable, PublishedTable } from './table-types.ts';

const yearBySource: PublishedTable = {
  id: 'registrations',
  dimensions: ['year', 'source'],
  cells: [
    { key: ['2020', 'police'], value: 3 },
    { key: ['2020', 'csg'], value: 40 },
    { key: ['2020', 'vt'], value: 25 },
    { key: ['2021', 'police'], value: 30 },
    { key: ['2021', 'csg'], value: 50 },
    { key: ['2021', 'vt'], value: 12 },
  ],
};

/** Publishes a table with the given keys suppressed (reason from the key list) and the rest shown. */
function publishWith(table: PublishedTable, hidden: Record<string, 'threshold' | 'secondary'>): ProtectedTable {
  const [protectedTable] = protectTables([table], { threshold: 0, secondary: false });
  const mark = (cell: ProtectedCell): ProtectedCell => {
    const reason = hidden[cell.key.join('/')];
    return reason ? { key: cell.key, suppressed: reason } : cell;
  };
  const base = protectedTable as ProtectedTable;
  return { ...base, cells: base.cells.map(mark), margins: base.margins.map(mark) };
}

describe('auditTables', () => {
  it('recovers a cell suppressed alone in its row exactly from the margins', async () => {
    const published = publishWith(yearBySource, { '2020/police': 'threshold' });
    const [result] = await auditTables([yearBySource], [published]);
    expect(result).toMatchObject({ tableId: 'registrations', key: ['2020', 'police'], trueValue: 3, safe: false });
    expect(result?.feasible.low).toBeCloseTo(3, 9);
    expect(result?.feasible.high).toBeCloseTo(3, 9);
    expect(result?.protection).toEqual({ low: 0, high: 13 });
  });

  it('gives a rectangle of suppressions the interval computed by hand', async () => {
    // x = (2020, police) falls with (2021, vt) = 12 until x = 0, and rises while (2020, vt) = 25
    // and (2021, police) = 30 fall: by at most 25.
    const published = publishWith(yearBySource, {
      '2020/police': 'threshold',
      '2020/vt': 'secondary',
      '2021/police': 'secondary',
      '2021/vt': 'secondary',
    });
    const results = await auditTables([yearBySource], [published]);
    const byKey = new Map(results.map((r) => [r.key.join('/'), r]));
    expect(byKey.get('2020/police')?.feasible).toEqual({ low: 0, high: 28 });
    expect(byKey.get('2020/police')?.safe).toBe(true);
    // (2021, vt) = 12 moves opposite to x: 12 − 3 … 12 + 25.
    expect(byKey.get('2021/vt')?.feasible).toEqual({ low: 9, high: 37 });
  });

  it('reports an unsafe primary cell when the protection interval is wider than the feasible one', async () => {
    const published = publishWith(yearBySource, {
      '2020/police': 'threshold',
      '2020/vt': 'secondary',
      '2021/police': 'secondary',
      '2021/vt': 'secondary',
    });
    const [result] = await auditTables([yearBySource], [published], { protectionLevel: 30 });
    // Needs 3 + 30 = 33, the attacker's maximum is 28.
    expect(result?.safe).toBe(false);
    const [share] = await auditTables([yearBySource], [published], { protectionLevel: 0.5 });
    expect(share?.protection).toEqual({ low: 1.5, high: 4.5 });
    expect(share?.safe).toBe(true);
  });

  it('leaves a cell without published totals unbounded above', async () => {
    const table: PublishedTable = { ...yearBySource, id: 'no-totals', totals: 'none' };
    const [protectedTable] = protectTables([table]);
    const [result] = await auditTables([table], [protectedTable as ProtectedTable]);
    expect(result?.feasible).toEqual({ low: 0, high: Number.POSITIVE_INFINITY });
    expect(result?.safe).toBe(true);
  });

  it('attacks linked tables jointly: a year total published elsewhere recovers a cell', async () => {
    // Victims by year × sex; a second table publishes the same year totals (68 and 92).
    const bySex: PublishedTable = {
      id: 'by-sex',
      dimensions: ['year', 'sex'],
      cells: [
        { key: ['2020', 'male'], value: 4 },
        { key: ['2020', 'female'], value: 64 },
        { key: ['2021', 'male'], value: 30 },
        { key: ['2021', 'female'], value: 62 },
      ],
    };
    const bySetting: PublishedTable = {
      id: 'by-setting',
      dimensions: ['year', 'setting'],
      cells: [
        { key: ['2020', 'home'], value: 28 },
        { key: ['2020', 'online'], value: 40 },
        { key: ['2021', 'home'], value: 50 },
        { key: ['2021', 'online'], value: 42 },
      ],
    };
    // Alone, this pattern protects (2020, male): every total it touches is hidden.
    const sexPublished = publishWith(bySex, {
      '2020/male': 'threshold',
      '2020/*': 'secondary',
      '*/male': 'secondary',
      '*/*': 'secondary',
    });
    const [alone] = await auditTables([bySex], [sexPublished]);
    expect(alone?.feasible).toEqual({ low: 0, high: Number.POSITIVE_INFINITY });

    const settingPublished = publishWith(bySetting, {});
    const joint = await auditTables([bySex, bySetting], [sexPublished, settingPublished]);
    const cell = joint.find((r) => r.key.join('/') === '2020/male');
    expect(cell?.feasible.low).toBeCloseTo(4, 9);
    expect(cell?.feasible.high).toBeCloseTo(4, 9);
    expect(cell?.safe).toBe(false);

    // Protected together, the shared year total is hidden in both tables and the audit passes.
    const both = protectTables([bySex, bySetting]);
    const audit = await auditTables([bySex, bySetting], both);
    expect(audit.length).toBeGreaterThan(0);
    expect(audit.every((r) => r.safe)).toBe(true);
  });

  it('protects a dominated magnitude cell as well as a small count', async () => {
    // Sentence months by year × court: in 2021 one offender's sentence is 90 % of court A's total.
    const months: PublishedTable = {
      id: 'sentence-months',
      dimensions: ['year', 'court'],
      cells: [
        { key: ['2020', 'A'], value: 120, contributors: [30, 30, 30, 30] },
        { key: ['2020', 'B'], value: 80, contributors: [20, 20, 20, 20] },
        { key: ['2021', 'A'], value: 100, contributors: [90, 5, 5] },
        { key: ['2021', 'B'], value: 60, contributors: [20, 20, 20] },
      ],
    };
    const options = { dominance: { n: 1, k: 85 } };
    const open = await auditTables([months], protectTables([months], { ...options, secondary: false }));
    expect(open).toMatchObject([
      { key: ['2021', 'A'], trueValue: 100, feasible: { low: 100, high: 100 }, safe: false },
    ]);
    const protectedTables = protectTables([months], options);
    expect(protectedTables[0]?.cells.filter((c) => 'suppressed' in c).length).toBe(4);
    const audit = await auditTables([months], protectedTables, { protectionLevel: 0.15 });
    expect(audit.find((r) => r.key.join('/') === '2021/A')).toMatchObject({
      protection: { low: 85, high: 115 },
      safe: true,
    });
    expect(audit.every((r) => r.safe)).toBe(true);
  });

  it('refuses a published value that differs from the original', async () => {
    const published = publishWith(yearBySource, {});
    const tampered = {
      ...published,
      cells: published.cells.map((c) => ('value' in c ? { ...c, value: c.value + 1 } : c)),
    };
    await expect(auditTables([yearBySource], [tampered])).rejects.toThrow(/publishes 2020\/police = 4, original 3/);
  });
});
