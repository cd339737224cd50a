import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { attackEditions } from './support/attack-editions.ts';

// Issue 12's bar, on the published output as an outsider sees it (site files and the live API): the
// independent attacker (src/attack) pins no count and narrows none below ±2, on editions of five
// chains; differencing an edition before and after a correction delivery of three rows, two
// editions for overlapping periods, and the live API before and after, reveals no count of 1–9.
// The same correction published with exact counts (the old way) is revealed, so this can fail.
// Scale 0.5 for every seed runs in `npm run eval:disclosure`; here seed 1 at that scale.
const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

const runs = [...[1, 2, 3, 4, 5].map((seed) => ({ seed, scale: 0.05 })), { seed: 1, scale: 0.5 }];

describe('the outside attacker on published editions', () => {
  for (const { seed, scale } of runs)
    it(`finds nothing on seed ${seed} at scale ${scale}, alone or by differencing`, async () => {
      const dir = mkdtempSync(join(tmpdir(), `zicht-outside-attack-${seed}-`));
      dirs.push(dir);
      const figures = await attackEditions(seed, scale, dir);
      expect(figures.attacked).toBeGreaterThan(2000);
      expect(figures.relations).toBeGreaterThan(40);
      expect(
        figures.breached.map((c) => `${c.tableId} ${JSON.stringify(c.row)} ${c.column}: ${c.low}–${c.high}`),
      ).toEqual([]);
      expect(figures.correction.changedTruly).toBe(3);
      expect(figures.correction.compared).toBeGreaterThan(2000);
      expect(figures.correction.revealed).toEqual([]);
      expect(figures.correction.revealedWhenExact).toBeGreaterThan(0);
      expect(figures.overlap.compared).toBeGreaterThan(500);
      expect(figures.overlap.revealed).toEqual([]);
      expect(figures.live.compared).toBeGreaterThan(20);
      expect(figures.live.revealed).toEqual([]);
      expect(figures.publishSeconds).toBeGreaterThan(0);
      console.log(
        `seed ${seed} scale ${scale}: ${figures.attacked} counts attacked, ${figures.relations} relations, publish ${figures.publishSeconds.toFixed(1)} s (audit ${figures.auditSeconds.toFixed(1)} s); ${figures.disclosure.changed}/${figures.disclosure.published} published counts changed, mean change ${figures.disclosure.meanAbsoluteChange.toFixed(2)}, rows withheld ${figures.disclosure.suppressed.threshold}+${figures.disclosure.suppressed.secondary} of ${figures.disclosure.rows}; correction: exact publication reveals ${figures.correction.revealedWhenExact}`,
      );
    }, 300_000);
});
