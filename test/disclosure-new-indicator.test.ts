import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AttackReport, attackPublication } from '../src/attack/index.ts';
import { maxNoise } from '../src/disclosure/index.ts';
import { cellKeySql, type IndicatorDefinition, indicatorRegistry } from '../src/indicators/index.ts';
import { runPipeline } from '../src/pipeline/index.ts';
import {
  buildEditionTables,
  computeEditionTables,
  createEdition,
  disclosureThreshold,
  type EditionTables,
  protectionLevel,
  publishedForAttack,
  readEdition,
} from '../src/publish/index.ts';
import { openStore, type Store } from '../src/store/index.ts';
import { thresholdOnly } from './support/attack-editions.ts';

// A new indicator whose numbers relate to existing ones — victims by age band AND sex, which add up
// over sex to 'victims by age band' and over age band to 'victims by sex' — is added with nothing
// but its SQL (a cell key beside its count). No spec says how it relates to the others. Published
// with exact counts and threshold suppression, the outside attacker recovers its withheld cells from
// those relations; protected by the cell keys, it recovers nothing.
const newIndicator: IndicatorDefinition = {
  id: 'victims-by-age-band-and-sex',
  title: { nl: 'Slachtoffers naar leeftijd en geslacht', en: 'Victims by age and sex' },
  definition: { nl: 'Kinderen per jaar, naar leeftijd en geslacht.', en: 'Children per year, by age and sex.' },
  unit: { nl: 'kinderen', en: 'children' },
  sources: [],
  breakdowns: ['year', 'age_band', 'sex'],
  sql: `
    WITH child AS (
      SELECT year, cluster_id, any_value(sex) AS sex, min(age) AS age FROM victim_year WHERE year BETWEEN $1 AND $2
      GROUP BY year, cluster_id)
    SELECT year,
      CASE WHEN age IS NULL THEN 'unknown' WHEN age < 12 THEN '0-11' WHEN age < 16 THEN '12-15' ELSE '16-17' END AS age_band,
      sex, CAST(count(*) AS INTEGER) AS victims, ${cellKeySql(['cluster_id'])} AS victims__cell_key
    FROM child
    GROUP BY ALL
    ORDER BY year, age_band, sex`,
};

const registry = indicatorRegistry as Map<string, IndicatorDefinition>;
const options = { maxNoise, protection: protectionLevel, threshold: disclosureThreshold };
let dir: string;
let store: Store;
let protectedEdition: EditionTables;
let exactAttack: AttackReport;
let protectedAttack: AttackReport;

beforeAll(async () => {
  registry.set(newIndicator.id, newIndicator);
  dir = mkdtempSync(join(tmpdir(), 'zicht-new-indicator-'));
  store = await openStore(join(dir, 'zicht.duckdb'));
  await runPipeline(
    store,
    {
      seed: 2,
      yearFrom: 2018,
      yearTo: 2025,
      scale: 0.05,
      workDir: join(dir, 'work'),
      secret: 'new-indicator-secret',
      today: '2026-06-30',
    },
    { now: () => new Date(Date.UTC(2026, 5, 30)), log: () => {} },
  );
  await createEdition(
    store,
    { id: 'e', period: { from: 2018, to: 2025 }, title: 'e' },
    () => new Date(Date.UTC(2026, 6, 1)),
  );
  const family = ['victims-per-year', 'victims-by-age-band', 'victims-by-sex', newIndicator.id];
  const raw = (await computeEditionTables(store, await readEdition(store, 'e'))).filter((t) => family.includes(t.id));
  exactAttack = await attackPublication(publishedForAttack(thresholdOnly(raw)), { ...options, maxNoise: 0 });
  protectedEdition = await buildEditionTables(store, 'e');
  protectedAttack = await attackPublication(publishedForAttack(protectedEdition.tables), options);
}, 180_000);
afterAll(() => {
  registry.delete(newIndicator.id);
  store?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('a new indicator related to existing ones, with no spec', () => {
  it('is open to the attack through those relations when published the old way', () => {
    const pinned = exactAttack.cells.filter((c) => c.tableId === newIndicator.id && c.breached && c.high > 0);
    expect(pinned.length).toBeGreaterThan(0);
    expect(exactAttack.relations.some((r) => r.text.includes(newIndicator.id))).toBe(true);
  });

  it('is protected by its cell keys alone: the attacker finds the same relations and narrows nothing', () => {
    const table = protectedEdition.tables.find((t) => t.id === newIndicator.id);
    expect(table?.rows.some((r) => r.status === 'threshold')).toBe(true);
    expect(protectedAttack.relations.some((r) => r.text.includes(newIndicator.id))).toBe(true);
    const attacked = protectedAttack.cells.filter((c) => c.tableId === newIndicator.id);
    expect(attacked.length).toBeGreaterThan(20);
    expect(protectedAttack.cells.filter((c) => c.breached && c.high > 0)).toEqual([]);
  });
});
