import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestDelivery } from '../deliveries/index.ts';
import { computeIndicators } from '../indicators/index.ts';
import { linkPersons } from '../linkage/index.ts';
import { runPipeline } from '../pipeline/index.ts';
import { openStore, type Store } from '../store/index.ts';
import { buildEditionTables, computeEditionTables } from './build-edition-tables.ts';
import { createEdition, readEdition } from './create-edition.ts';
import { EditionError } from './edition-error.ts';
import type { EditionTable, EditionTables } from './edition-table.ts';
import { tableCsv } from './table-downloads.ts';

const period = { from: 2018, to: 2025 };
let dir: string;
let store: Store;
let before: EditionTables;

const bytes = (tables: EditionTables) => JSON.stringify(tables) + tables.tables.map(tableCsv).join('');

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'zicht-edition-'));
  store = await openStore(join(dir, 'zicht.duckdb'));
  const options = {
    seed: 11,
    yearFrom: 2018,
    yearTo: 2025,
    scale: 0.03,
    secret: 'test-secret-of-enough-length',
    today: '2026-06-30',
    workDir: join(dir, 'work'),
  };
  await runPipeline(store, options, { now: () => new Date(Date.UTC(2026, 5, 30)), log: () => {} });
  await createEdition(store, { id: '2018-2025', period, title: 'Test' }, () => new Date(Date.UTC(2026, 6, 1)));
  before = await buildEditionTables(store, '2018-2025');
}, 120_000);
afterAll(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('an edition', () => {
  it('rebuilds to the same bytes after a correction superseded a delivery and persons were re-linked', async () => {
    const live = await computeIndicators(store, period);
    const original = readFileSync(
      join(dir, 'work', 'synthetic', 'extracts', 'police', 'registration.csv'),
      'utf8',
    ).split('\n');
    const corrected = join(dir, 'police-registration-correction.csv');
    writeFileSync(corrected, original.slice(0, Math.floor(original.length / 2)).join('\n'));
    const result = await ingestDelivery(
      store,
      { file: corrected, source: 'police', recordType: 'registration', period: '2018-2025' },
      { today: '2026-06-30', now: () => new Date(Date.UTC(2026, 7, 1)) },
    );
    expect(result.rowsAccepted).toBeGreaterThan(0);
    const [{ n } = { n: 0 }] = await store.all<{ n: number }>(
      "SELECT count(*) AS n FROM delivery WHERE status = 'superseded'",
    );
    expect(n).toBe(1);
    await linkPersons(store);
    // the live indicators did change, so an unchanged edition is not an accident
    expect(JSON.stringify(await computeIndicators(store, period))).not.toBe(JSON.stringify(live));
    const after = await buildEditionTables(store, '2018-2025');
    expect(bytes(after)).toBe(bytes(before));
  });

  it('puts the count tables of children through disclosure control: small counts withheld, with the reason', () => {
    const bySource = before.tables.find((t) => t.id === 'victims-per-year-by-source');
    if (!bySource) throw new Error('no victims-per-year-by-source table');
    const withheld = bySource.rows.filter((r) => r.status !== 'published');
    expect(withheld.length).toBeGreaterThan(0);
    for (const row of withheld) expect(row.values.victims).toBeNull();
    for (const row of bySource.rows)
      if (row.status === 'published')
        expect(Number(row.values.victims)).toBeGreaterThanOrEqual(before.disclosure.threshold);
    expect(tableCsv(bySource)).toMatch(/^year,source,victims,status\r\n/);
    expect(before.disclosure.audited).toBeGreaterThan(0);
  });

  it('perturbs every count by its cell key, so one set of registrations has one published number in every table', async () => {
    const d = before.disclosure;
    expect(d.tables).toBeGreaterThanOrEqual(28);
    expect(d.cells).toBeGreaterThan(1000);
    expect(d.published).toBeLessThan(d.cells);
    expect(d.changed / d.published).toBeGreaterThan(0.5);
    expect(d.meanAbsoluteChange).toBeGreaterThan(0.5);
    expect(d.meanAbsoluteChange).toBeLessThan(d.maxNoise);
    expect(d.suppressed.threshold).toBeGreaterThan(0);
    const raw = await computeEditionTables(store, await readEdition(store, '2018-2025'));
    const published = (id: string) => before.tables.find((t) => t.id === id) as EditionTable;
    const truth = raw.find((t) => t.id === 'registrations-per-year-by-source') as EditionTable;
    let differ = 0;
    for (const [i, row] of published('registrations-per-year-by-source').rows.entries()) {
      const { year, source, registrations } = row.values;
      if (registrations !== truth.rows[i]?.values.registrations) differ += 1;
      for (const other of ['home-share', 'online-share', 'data-completeness']) {
        const same = published(other).rows.find((r) => r.values.year === year && r.values.source === source);
        // a row withheld for another of its counts (few online registrations) shows none
        if (same?.status === 'published' && row.status === 'published')
          expect(same.values.registrations, `${other} ${year} ${source}`).toBe(registrations);
      }
    }
    expect(differ).toBeGreaterThan(0);
  });

  it('refuses an id twice and names the editions there are for an unknown one', async () => {
    await expect(createEdition(store, { id: '2018-2025', period, title: 'again' })).rejects.toThrow(EditionError);
    await expect(buildEditionTables(store, 'nope')).rejects.toThrow(/no edition nope; there are: 2018-2025/);
  });
});
