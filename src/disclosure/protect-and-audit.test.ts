import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { auditTables } from './audit-tables.ts';
import { protectTables } from './protect-tables.ts';
import type { PublishedTable } from './table-types.ts';

/** Counts that look like a small monitor: many zeros and small cells, some large ones. */
const count = fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 9 }), fc.integer({ min: 10, max: 80 }));

const table = fc
  .record({
    sizes: fc.array(fc.integer({ min: 2, max: 4 }), { minLength: 1, maxLength: 3 }),
    seed: fc.array(count, { minLength: 64, maxLength: 64 }),
  })
  .map(({ sizes, seed }): PublishedTable => {
    const keys = sizes.reduce<string[][]>(
      (acc, size, dim) => acc.flatMap((k) => Array.from({ length: size }, (_, v) => [...k, `d${dim}v${v}`])),
      [[]],
    );
    return {
      id: 'random',
      dimensions: sizes.map((_, dim) => `d${dim}`),
      cells: keys.map((key, i) => ({ key, value: seed[i % seed.length] as number })),
    };
  });

/**
 * A d0 × d1 × d2 cube of counts and a random subset of the tables an edition could derive from it:
 * they share margins (d0 totals, d0 × d1 cells) and are consistent by construction.
 */
const linkedEdition = fc
  .record({
    sizes: fc.array(fc.integer({ min: 2, max: 4 }), { minLength: 3, maxLength: 3 }),
    seed: fc.array(count, { minLength: 64, maxLength: 64 }),
    pick: fc.subarray([[0, 1], [0, 2], [1, 2], [0], [1], [0, 1, 2]], { minLength: 2 }),
  })
  .map(({ sizes, seed, pick }): PublishedTable[] => {
    let records: string[][] = [[]];
    for (const [dim, size] of sizes.entries())
      records = records.flatMap((r) => Array.from({ length: size }, (_, v) => [...r, `d${dim}v${v}`]));
    const values = records.map((_, i) => seed[(i * 5) % seed.length] as number);
    return pick.map((dims): PublishedTable => {
      const sums = new Map<string, { key: string[]; value: number }>();
      for (const [i, record] of records.entries()) {
        const key = dims.map((d) => record[d] as string);
        const entry = sums.get(key.join('/')) ?? { key, value: 0 };
        entry.value += values[i] as number;
        sums.set(key.join('/'), entry);
      }
      return { id: dims.join('x'), dimensions: dims.map((d) => `d${d}`), cells: [...sums.values()] };
    });
  });

describe('protect → audit', () => {
  it('leaves no primary cell of a random table recoverable within ±threshold', async () => {
    await fc.assert(
      fc.asyncProperty(table, async (t) => {
        const audit = await auditTables([t], protectTables([t]));
        expect(audit.filter((r) => !r.safe)).toEqual([]);
      }),
      { numRuns: 60, seed: 20260601 },
    );
  });

  it('protects linked tables that share margins (one-way totals, two-way cells inside three-way tables) jointly', async () => {
    await fc.assert(
      fc.asyncProperty(linkedEdition, async (tables) => {
        const audit = await auditTables(tables, protectTables(tables));
        expect(audit.filter((r) => !r.safe)).toEqual([]);
      }),
      { numRuns: 80, seed: 20260602 },
    );
  });

  it('lets the same attack recover cells when secondary suppression is off', async () => {
    let recovered = 0;
    await fc.assert(
      fc.asyncProperty(table, async (t) => {
        const audit = await auditTables([t], protectTables([t], { secondary: false }));
        for (const r of audit) {
          // Without complements the attacker's interval can only be narrower than with them.
          if (r.feasible.low === r.feasible.high) {
            expect(r.feasible.low).toBeCloseTo(r.trueValue, 6);
            recovered++;
          }
        }
      }),
      { numRuns: 60, seed: 20260601 },
    );
    expect(recovered).toBeGreaterThan(10);
  });
});
