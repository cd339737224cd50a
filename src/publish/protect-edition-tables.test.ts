import { describe, expect, it } from 'vitest';
import { maxNoise, perturbCount } from '../disclosure/index.ts';
import { cellKeyRange } from '../indicators/index.ts';
import { EditionError } from './edition-error.ts';
import type { CellValue, EditionTable } from './edition-table.ts';
import { disclosureThreshold, protectEditionTables } from './protect-edition-tables.ts';

const label = { nl: 'x', en: 'x' };
/** A table before protection: `keys[i][column]` is row i's cell key of that count. */
function table(
  id: string,
  dimensions: string[],
  measures: string[],
  rows: CellValue[][],
  keys: Record<string, number>[],
  extra: string[] = [],
): EditionTable {
  const columns = [...dimensions, ...measures, ...extra];
  return {
    id,
    title: label,
    definition: label,
    unit: label,
    dimensions,
    measures,
    rows: rows.map((r, i) => ({
      values: Object.fromEntries(columns.map((c, j) => [c, r[j] ?? null])),
      status: 'published',
      cellKeys: keys[i] ?? {},
    })),
  };
}
const key = (u: number) => Math.floor(u * cellKeyRange);
const published = (value: number, u: number) => perturbCount(value, key(u) / cellKeyRange);

describe('protecting an edition by cell keys', () => {
  it('gives the same units the same published count in every table, and a table its own noise otherwise', async () => {
    const perYear = table(
      'victims-per-year',
      ['year'],
      ['registered'],
      [
        [2020, 120],
        [2021, 140],
      ],
      [{ registered: key(0.01) }, { registered: key(0.99) }],
    );
    const bySource = table(
      'victims-per-year-by-source',
      ['year', 'source'],
      ['victims'],
      [
        [2020, 'police', 120],
        [2021, 'police', 140],
      ],
      [{ victims: key(0.01) }, { victims: key(0.5) }],
    );
    const { tables } = await protectEditionTables([perYear, bySource]);
    const [a, b] = tables as [EditionTable, EditionTable];
    expect(a.rows[0]?.values.registered).toBe(published(120, 0.01));
    expect(a.rows[0]?.values.registered).toBe(b.rows[0]?.values.victims);
    expect(a.rows[0]?.values.registered).toBe(117); // the lowest key gets the largest fall
    expect(a.rows[1]?.values.registered).toBe(143);
    expect(b.rows[1]?.values.victims).toBe(140);
    for (const t of tables) for (const row of t.rows) expect(row.cellKeys).toBeUndefined();
  });

  it('withholds a row whose published count falls below the threshold, with every number of it', async () => {
    const home = table(
      'home-share',
      ['year', 'source'],
      ['registrations', 'in_home', 'known_setting', 'share', 'share_of_known'],
      [
        [2020, 'police', 200, 8, 150, 0.04, 8 / 150],
        [2020, 'om', 300, 120, 250, 0.4, 0.48],
      ],
      [
        { registrations: key(0.5), in_home: key(0.5), known_setting: key(0.5) },
        { registrations: key(0.96), in_home: key(0.02), known_setting: key(0.5) },
      ],
    );
    const { tables, disclosure } = await protectEditionTables([home]);
    const [police, om] = (tables[0] as EditionTable).rows;
    expect(police?.status).toBe('threshold');
    expect(Object.values(police?.values ?? {}).slice(2)).toEqual([null, null, null, null, null]);
    // shares from the published counts, to a tenth of a percent: never the true 0.4
    expect(om?.values.registrations).toBe(303);
    expect(om?.values.in_home).toBe(117);
    expect(om?.values.share).toBe(Math.round((117 / 303) * 1000) / 1000);
    expect(om?.values.share_of_known).toBe(Math.round((117 / 250) * 1000) / 1000);
    expect(disclosure).toMatchObject({
      threshold: disclosureThreshold,
      maxNoise,
      cells: 6,
      published: 3,
      changed: 2,
      rows: 2,
    });
    expect(disclosure.suppressed.threshold).toBe(1);
    expect(disclosure.meanAbsoluteChange).toBeCloseTo(2, 12);
  });

  it('drops a count that only feeds a ratio, after the ratio is computed from its published value', async () => {
    const completeness = table(
      'data-completeness',
      ['year', 'source'],
      ['registrations', 'relationship_known'],
      [[2020, 'police', 37, 34 / 37, 34]],
      [{ registrations: key(0.5), n_relationship_known: key(0.99) }],
      ['n_relationship_known'],
    );
    const { tables } = await protectEditionTables([completeness]).catch((error: Error) => {
      // the helper's declaration may name the numerator differently; say so instead of a puzzling diff
      throw new Error(`data-completeness declarations changed: ${error.message}`);
    });
    const row = (tables[0] as EditionTable).rows[0];
    expect(row?.values).not.toHaveProperty('n_relationship_known');
    expect(row?.values.relationship_known).toBe(Math.round((37 / 37) * 1000) / 1000);
  });

  it('refuses a column disclosure control does not know, so a new indicator cannot skip it', async () => {
    const unknownCount = table('new-indicator', ['year'], ['children'], [[2020, 30]], [{}]);
    await expect(protectEditionTables([unknownCount])).rejects.toThrow(/children .* not known to disclosure control/);
    const undeclaredShare = table('new-indicator', ['year'], ['share'], [[2020, 0.3]], [{}]);
    await expect(protectEditionTables([undeclaredShare])).rejects.toThrow(/share .* declare a share in `ratios`/);
  });

  it('withholds what the outside attack narrows down, and clears the next step’s share of a withheld step', async () => {
    const funnel = table(
      'chain-funnel',
      ['cohort', 'step'],
      ['step_order', 'incidents', 'previous_share'],
      [
        [2020, 'report', 1, 100, null],
        [2020, 'complaint', 2, 60, 0.6],
        [2020, 'suspect_registered', 3, 40, 40 / 60],
      ],
      [{ incidents: key(0.5) }, { incidents: key(0.5) }, { incidents: key(0.5) }],
    );
    let calls = 0;
    const { tables, disclosure } = await protectEditionTables([funnel], {
      attack: async (published) => {
        calls += 1;
        const complaint = published[0]?.rows[1];
        return {
          audited: 3,
          breaches: complaint?.status === 'published' ? [{ tableId: 'chain-funnel', row: 1, detail: 'pinned' }] : [],
        };
      },
    });
    expect(calls).toBe(2);
    const rows = (tables[0] as EditionTable).rows;
    expect(rows.map((r) => r.status)).toEqual(['published', 'secondary', 'published']);
    expect(rows[1]?.values.incidents).toBeNull();
    expect(rows[2]?.values.previous_share).toBeNull();
    expect(rows[2]?.values.incidents).toBe(40);
    expect(disclosure.suppressed.secondary).toBe(1);
    expect(disclosure.audited).toBe(3);
  });

  it('stops publication when withholding does not satisfy the attack', async () => {
    const perYear = table('victims-per-year', ['year'], ['registered'], [[2020, 120]], [{ registered: key(0.5) }]);
    await expect(
      protectEditionTables([perYear], {
        rounds: 2,
        attack: async () => ({ audited: 1, breaches: [{ tableId: 'victims-per-year', row: 0, detail: 'pinned' }] }),
      }),
    ).rejects.toThrow(EditionError);
  });
});
