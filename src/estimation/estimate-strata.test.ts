import { describe, expect, it } from 'vitest';
import { readReferenceTable } from '../../test/support/estimation-reference/read-reference-table.ts';
import { estimatePopulationSize } from './estimate-population-size.ts';
import { estimateStrata } from './estimate-strata.ts';
import { sumStratumEstimates } from './sum-stratum-estimates.ts';

// Three "years": an ordinary one over four lists, one where D saw nobody, and the Netherlands (six lists), whose
// estimate would be more than ten times the number seen whether AIC or BIC chooses the model.
const ordinary = readReferenceTable('zicht_seed7');
const sources = ['A', 'B', 'C', 'D'];
const lists = (table: { cells: readonly { history: string; count: number }[] }) => ({ sources, cells: table.cells });
const dSawNobody = { sources, cells: readReferenceTable('Cormack4').cells.filter((c) => c.history[3] === '0') };
/** Fewer bootstrap replicates than the default, to keep the test quick; the rule is the same. */
const quick = {
  bootstrapReplicates: 200,
  latentClass: { chains: 2, iterations: 5000, burnIn: 1000, thinning: 5 },
};
const years = [
  { key: { year: 2022 }, table: lists(ordinary) },
  { key: { year: 2023 }, table: dSawNobody },
  { key: { year: 2024 }, table: readReferenceTable('Ned') },
];

describe('estimateStrata', () => {
  it('gives each stratum its estimate or its reason, and a sum that names the stratum it lacks', () => {
    const { strata, sum } = estimateStrata(years, quick);
    expect(strata.map((s) => [s.key.year, s.result.status])).toEqual([
      [2022, 'ok'],
      [2023, 'ok'],
      [2024, 'not-estimable'],
    ]);
    expect(strata[1]?.result.droppedLists.map((d) => d.list)).toEqual(['D']);
    expect(sum).toMatchObject({
      status: 'not-estimable',
      observed: 3393 + (strata[1]?.result.observed ?? 0) + 8234,
      strata: [
        {
          index: 2,
          observed: 8234,
          reason:
            'the estimate is more than ten times the observed number: the lists overlap too little to say how many were missed',
        },
      ],
    });
  });

  it('sums the estimable strata as sumStratumEstimates does', () => {
    const { strata, sum } = estimateStrata(years.slice(0, 2), quick);
    const parts = years.slice(0, 2).map(({ table }) => {
      const e = estimatePopulationSize(table, quick);
      if (e.status !== 'ok') throw new Error(e.reason);
      return { observed: e.observed, nHat: e.total, lower: e.lower, upper: e.upper };
    });
    expect(strata.every((s) => s.result.status === 'ok')).toBe(true);
    expect(sum).toEqual(sumStratumEstimates(parts));
    expect(sum.status).toBe('ok');
  });
});
