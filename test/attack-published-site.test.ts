import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type AttackReport,
  attackPublication,
  monitorApiTables,
  type PublishedTable,
  readPublishedSite,
  summariseAttack,
} from '../src/attack/index.ts';
import { maxNoise } from '../src/disclosure/index.ts';
import { computeIndicators } from '../src/indicators/index.ts';
import { loadMonitorSummary } from '../src/publish/index.ts';
import type { Store } from '../src/store/index.ts';
import { publishTestEdition } from './support/published-test-edition.ts';

// The outside attacker on a real published edition, built the way the published-site browser tests
// build one. D is public (Kerckhoffs): the protector's maximum noise; 0 for a site of exact counts.
let dir: string;
let store: Store;
let root: string;
let tables: PublishedTable[];
let report: AttackReport;

beforeAll(async () => {
  ({ dir, store, root } = await publishTestEdition('zicht-attack-', { secret: 'attack-test-secret-long' }));
  tables = [...(await readPublishedSite(root)), ...monitorApiTables(await loadMonitorSummary(store))];
  report = await attackPublication(tables, { maxNoise, protection: 2 });
}, 120_000);
afterAll(() => {
  store?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the outside attacker on a published edition', () => {
  it('reads every download, rebuilds the obvious relations and bounds every attacked count', () => {
    const downloads = readdirSync(join(root, 'data', 'en')).filter((file) => file.endsWith('.csv'));
    expect(tables.filter((t) => !t.id.startsWith('api-')).map((t) => `${t.id}.csv`)).toEqual(downloads.sort());
    for (const table of tables) {
      expect(
        table.columns.some((c) => c.kind === 'dimension'),
        table.id,
      ).toBe(true);
      expect(
        table.columns.some((c) => c.kind === 'count' || c.kind === 'share'),
        table.id,
      ).toBe(true);
    }
    const texts = report.relations.map((r) => r.text);
    // Victims by sex add up to victims per year (through the shares' group totals when a sex is withheld).
    expect(texts).toContainEqual(
      expect.stringMatching(/^victims-by-sex.*Victims summed over Sex = victims-per-year: /),
    );
    expect(texts).toContainEqual(
      expect.stringMatching(/^victims-by-age-band: Victims summed over Age = victims-per-year: /),
    );
    expect(texts).toContainEqual(
      expect.stringMatching(/^werkvoorraad: Stock at start \+ Inflow = Outflow \+ Stock at end/),
    );
    expect(report.cells.length).toBeGreaterThan(100);
    for (const cell of report.cells) expect(cell.low).toBeLessThanOrEqual(cell.high);
    expect(report.timings.totalMs).toBeLessThan(60_000);
    const breached = report.cells.filter((c) => c.breached).length;
    console.log(`attack on the edition: ${breached} breached\n${summariseAttack(report, { limit: 20 }).join('\n')}`);
  });

  it('claims nothing false: every true count lies in the interval the attacker gives it', async () => {
    const truth = await computeIndicators(store, { from: 2018, to: 2025 });
    const byKey = new Map(report.cells.map((c) => [key(c.tableId, c.row, c.column), c]));
    let checked = 0;
    const wrong: string[] = [];
    for (const [id, rows] of Object.entries(truth)) {
      const file = join(root, 'data', `${id}.json`);
      if (!existsSync(file)) continue;
      const spec = JSON.parse(readFileSync(file, 'utf8')) as JsonTable;
      for (const row of rows) {
        const labels = Object.fromEntries(
          spec.dimensions.map((d) => {
            const code = String(row[d.id]);
            return [d.label.en, d.values.find((v) => v.code === code)?.label.en ?? code];
          }),
        );
        for (const measure of spec.measures) {
          const cell = byKey.get(key(id, labels, measure.label.en));
          const value = row[measure.id];
          if (!cell || (typeof value !== 'number' && typeof value !== 'bigint')) continue;
          checked++;
          if (Number(value) < cell.low || Number(value) > cell.high)
            wrong.push(
              `${id} ${JSON.stringify(labels)} ${measure.label.en}: ${value} not in [${cell.low}, ${cell.high}]`,
            );
        }
      }
    }
    expect(checked).toBeGreaterThan(report.cells.length / 2);
    expect(wrong).toEqual([]);
  });
});

type JsonTable = {
  dimensions: { id: string; label: { en: string }; values: { code: string; label: { en: string } }[] }[];
  measures: { id: string; label: { en: string } }[];
};

const key = (tableId: string, row: Readonly<Record<string, string>>, column: string) =>
  JSON.stringify([tableId, Object.entries(row).sort(([a], [b]) => (a < b ? -1 : 1)), column]);
