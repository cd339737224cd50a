import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { attackEditions } from './attack-editions.ts';

/**
 * Issue 12's bar as tests, one per chain: the outside attacker narrows no count of the published
 * edition below ±2, and differencing (a correction of three rows, overlapping periods, the live API
 * before and after) reveals no count of 1–9; the same correction published with exact counts is
 * revealed, so the test can fail.
 */
export function describeOutsideAttack(title: string, runs: readonly { seed: number; scale: number }[]): void {
  const dirs: string[] = [];
  afterAll(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  describe(title, () => {
    for (const { seed, scale } of runs)
      it(`finds nothing on seed ${seed} at scale ${scale}, alone or by differencing`, async () => {
        const dir = mkdtempSync(join(tmpdir(), `zicht-outside-attack-${seed}-${scale}-`));
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
}
