import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeIndicators, type IndicatorValues } from './compute-indicators.ts';
import { cellKeySuffix } from './sql/cell-key-sql.ts';
import { openChainStore } from '../../test/support/open-chain-store.ts';

// Every indicator's values on one seeded chain with the default faults (typos, swapped birth dates, duplicates,
// malformed rows), linked by the truth. Rewriting the SQL for speed must leave them exactly as they are; a changed
// definition changes them on purpose: review `indicator-values-seed-3.actual.json`, then copy it over the golden file.
// A regression guard only: the golden values are the code's own earlier output. Whether the values are right is
// checked against the simulator's ground truth in indicators-truth.test.ts and indicators-true-linkage.test.ts.
const options = { seed: 3, yearFrom: 2018, yearTo: 2025, scale: 0.03 };
const golden = new URL('./golden/indicator-values-seed-3.json', import.meta.url);
const actualFile = new URL('./golden/indicator-values-seed-3.actual.json', import.meta.url);
let dir: string;
let values: IndicatorValues;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'zicht-indicators-golden-'));
  const { store } = await openChainStore(options, dir);
  try {
    values = await computeIndicators(store, { from: options.yearFrom, to: options.yearTo });
  } finally {
    store.close();
  }
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Per indicator its columns, then one row of values a line; fractions to 10 significant digits (a parallel sum may add in another order). */
const canonical = (v: IndicatorValues): string => {
  const json = (x: unknown) =>
    JSON.stringify(x, (_, n) => (typeof n === 'number' && !Number.isInteger(n) ? Number(n.toPrecision(10)) : n));
  const table = (rows: IndicatorValues[string]) => {
    // cell keys hash with each store's own secret, so they differ between stores (cell-keys-*.test.ts check them)
    const columns = Object.keys(rows[0] ?? {}).filter((c) => !c.endsWith(cellKeySuffix));
    return [json(columns), ...rows.map((r) => json(columns.map((c) => r[c])))].join(',\n');
  };
  return `{\n${Object.entries(v)
    .map(([id, rows]) => `"${id}": [\n${table(rows)}\n]`)
    .join(',\n')}\n}\n`;
};

describe('indicator values on a seeded chain', () => {
  it('are exactly the golden values, row for row and in order', () => {
    const actual = canonical(values);
    const expected = existsSync(golden) ? readFileSync(golden, 'utf8') : '';
    if (actual !== expected) writeFileSync(actualFile, actual);
    expect(Object.keys(values).length).toBe(29);
    expect(actual).toBe(expected);
  });
});
