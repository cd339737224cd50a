import { describe, expect, it } from 'vitest';
import { bestPairwiseModel } from './best-pairwise-model.ts';
import { pairwiseModelSpace } from './pairwise-model-space.ts';
import { readReferenceTable } from '../../test/support/estimation-reference/read-reference-table.ts';
import { samplePoisson } from './sample-poisson.ts';
import { searchPairwiseModels } from './search-pairwise-models.ts';
import { seededRandom } from '../random/index.ts';
import { rankCandidates, selectLogLinearModel } from './select-log-linear-model.ts';

describe('bestPairwiseModel', () => {
  for (const [name, criterion] of [
    ['UKdat_5', 'aic'],
    ['NewOrl_5', 'aic'],
    ['Western', 'bic'],
  ] as const) {
    it(`finds the same winner as ranking every model, with far fewer fits (${name}, ${criterion})`, () => {
      const table = readReferenceTable(name);
      const space = pairwiseModelSpace(table.sources);
      const chosen = selectLogLinearModel(table, { criterion, profileInterval: false }).chosen;
      if (!chosen) throw new Error('no model');
      const random = seededRandom(11);
      let fits = 0;
      // Simulated tables like the bootstrap's, and the data itself without a good first guess.
      const tables = [
        table,
        ...Array.from({ length: 12 }, () => ({
          sources: table.sources,
          cells: chosen.fitted.map((cell) => ({ history: cell.history, count: samplePoisson(cell.fitted, random) })),
        })),
      ];
      for (const replicate of tables) {
        const full = rankCandidates(
          searchPairwiseModels(replicate, { search: 'all-subsets', criterion, space }).models,
          criterion,
        )[0];
        const best = bestPairwiseModel(replicate, { criterion, space });
        expect(best?.interactions).toEqual(full?.interactions);
        expect(Math.abs((best?.score ?? 0) - (full?.score ?? 0))).toBeLessThan(1e-8 * Math.abs(full?.score ?? 1));
        expect(Math.abs((best?.nHat ?? 0) - (full?.nHat ?? 0)) / (full?.nHat ?? 1)).toBeLessThan(1e-8);
        fits += best?.fitted ?? 0;
      }
      expect(fits / tables.length).toBeLessThan(0.5 * 1024);
    });
  }
});
