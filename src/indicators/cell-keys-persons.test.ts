import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { homeSettings } from '../contract/index.ts';
import { estimationLists, loadCaptureCounts } from '../pipeline/index.ts';
import { columnKind } from '../publish/column-labels.ts';
import type { Row, Store } from '../store/index.ts';
import { prepareIndicatorTables, queryIndicator } from './compute-indicators.ts';
import { indicatorRegistry } from './indicator-registry.ts';
import { cellKeyRange, cellKeySql, cellKeySuffix } from './sql/cell-key-sql.ts';
import { openChainStore } from '../../test/support/open-chain-store.ts';

// The cell keys of the indicators that count children, suspects and registrations, on one small chain linked by the
// truth: every count has a key, a key is the sum of its units' record keys (so it adds up over disjoint parts exactly
// as the counts do), and the same unit has the same record key in every table.
const options = { seed: 5, yearFrom: 2018, yearTo: 2025, scale: 0.03 };
const period = { from: options.yearFrom, to: options.yearTo };
const ids = [
  'victims-per-year',
  'victims-by-age-band',
  'victims-by-sex',
  'victims-per-year-by-source',
  'repeat-victimisation',
  'help-contact-after-report',
  'victim-age-summary',
  'suspects-per-year',
  'suspects-by-age-band',
  'suspects-by-sex',
  'registrations-per-year-by-source',
  'data-completeness',
  'home-share',
  'online-share',
  'offence-categories',
  'relationship-to-suspect',
  'settings-distribution',
  'reporting-delay',
  'complaint-share',
  'estimated-total-victims',
] as const;
let dir: string;
let store: Store;
const values: Record<string, Row[]> = {};
/** The children the estimate observed, as the estimation stage counts them, and their cell key. */
let observed: { capture: number; children: number; cell_key: number };
let emptyKey: number;
let stored: Row[];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'zicht-cell-keys-persons-'));
  ({ store } = await openChainStore(options, dir));
  // the estimation stage's output, with its own count of the children it observed (the model itself is not needed)
  const capture = (await loadCaptureCounts(store, estimationLists, period, 'period')).reduce((a, c) => a + c.count, 0);
  const output = {
    period,
    lists: estimationLists.map((l) => l.name),
    observed: capture,
    hidden: 100,
    total: capture + 100,
    lower: capture + 50,
    upper: capture + 200,
    model: '[justice][csg][veilig_thuis][victim_support]',
  };
  await store.run("INSERT INTO pipeline_output VALUES ('run', 'estimate', now(), 0, 'test', ?)", [
    JSON.stringify(output),
  ]);
  await store.session(async () => {
    const drop = await prepareIndicatorTables(store);
    try {
      for (const id of ids) values[id] = await queryIndicator(store, indicatorRegistry.get(id) as never, period);
      // the same children as the capture histories (src/pipeline/load-capture-counts.ts), read apart from the indicator
      const [row] = await store.all<{ children: number; cell_key: number }>(
        `SELECT CAST(count(DISTINCT cluster_id) AS INTEGER) AS children, ${cellKeySql(['cluster_id'])} AS cell_key
         FROM (
           SELECT l.cluster_id FROM registration_current r
           JOIN person_link l ON l.source = r.source AND l.person_id = r.victim_person_id
           WHERE year(coalesce(r.incident_date_from, r.registration_date)) BETWEEN ? AND ?)`,
        [period.from, period.to],
      );
      observed = { capture, ...(row as { children: number; cell_key: number }) };
      const [empty] = await store.all<{ k: number }>(
        `SELECT ${cellKeySql(['source', 'registration_id'])} AS k FROM indicator_registration WHERE false`,
      );
      emptyKey = empty?.k as number;
      // a later estimate that stores the key of its observed children: the indicator takes that one
      await store.run(
        "INSERT INTO pipeline_output VALUES ('later', 'estimate', now() + INTERVAL 1 HOUR, 0, 'test', ?)",
        [JSON.stringify({ ...output, observedCellKey: 12345 })],
      );
      stored = await queryIndicator(store, indicatorRegistry.get('estimated-total-victims') as never, period);
    } finally {
      await drop();
    }
  });
}, 300_000);
afterAll(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

const rows = (id: string): readonly Row[] => {
  const list = values[id] ?? [];
  expect(list.length, id).toBeGreaterThan(0);
  return list;
};
const key = (row: Row | undefined, count: string): number => row?.[`${count}${cellKeySuffix}`] as number;
/** The sum of cell keys modulo 2^31: the key of the union of disjoint sets. */
const sumKeys = (keys: readonly number[]) => keys.reduce((a, k) => (a + k) % cellKeyRange, 0);
const isCount = (column: string) =>
  (columnKind(column) === 'count' && column !== 'step_order') ||
  (column.startsWith('n_') && !column.endsWith(cellKeySuffix));
const groupBy = (list: readonly Row[], by: readonly string[]) => {
  const groups = new Map<string, Row[]>();
  for (const r of list) {
    const k = by.map((c) => String(r[c])).join('|');
    groups.set(k, [...(groups.get(k) ?? []), r]);
  }
  return groups;
};
/** The parts' counts and keys add up to the whole's, for every whole (`on` names the whole in both tables). */
function expectAdditive(
  whole: readonly Row[],
  wholeCount: string,
  parts: readonly Row[],
  partCount: string,
  on: readonly string[],
) {
  const byWhole = groupBy(parts, on);
  expect(whole.length).toBeGreaterThan(0);
  for (const w of whole) {
    const ps = byWhole.get(on.map((c) => String(w[c])).join('|')) ?? [];
    const at = on.map((c) => `${c}=${w[c]}`).join(' ');
    expect(
      ps.reduce((a, p) => a + (p[partCount] as number), 0),
      `${at}: count`,
    ).toBe(w[wholeCount]);
    expect(sumKeys(ps.map((p) => key(p, partCount))), `${at}: key`).toBe(key(w, wholeCount));
  }
}

describe('cell keys of the counts of children, suspects and registrations', () => {
  it('every count has an integer cell key in [0, 2^31), and every cell key a count', () => {
    for (const id of ids) {
      const columns = Object.keys(rows(id)[0] as Row);
      const counts = columns.filter(isCount);
      expect(counts.length, id).toBeGreaterThan(0);
      expect(columns.filter((c) => c.endsWith(cellKeySuffix)).sort(), id).toEqual(
        counts.map((c) => `${c}${cellKeySuffix}`).sort(),
      );
      for (const r of rows(id)) {
        for (const c of counts) {
          const k = key(r, c);
          expect(Number.isInteger(k), `${id}.${c}`).toBe(true);
          expect(k).toBeGreaterThanOrEqual(0);
          expect(k).toBeLessThan(cellKeyRange);
        }
      }
    }
  });

  it('a count of 0 has key 0 (an empty set has no record keys), and there are such counts', () => {
    expect(emptyKey).toBe(0);
    let zeros = 0;
    for (const id of ids) {
      for (const r of rows(id)) {
        for (const c of Object.keys(r).filter(isCount)) {
          if (r[c] !== 0) continue;
          zeros++;
          expect(key(r, c), `${id}.${c}`).toBe(0);
        }
      }
    }
    expect(zeros).toBeGreaterThan(0);
  });

  it('every ratio and summary names counts of its own table', () => {
    for (const id of ids) {
      const definition = indicatorRegistry.get(id);
      const columns = new Set(Object.keys(rows(id)[0] as Row));
      for (const [share, ratio] of Object.entries(definition?.ratios ?? {})) {
        expect(columns.has(share), `${id}.${share}`).toBe(true);
        for (const count of [ratio.numerator, ratio.denominator]) {
          expect(columns.has(count) && columns.has(`${count}${cellKeySuffix}`), `${id}.${count}`).toBe(true);
          expect(isCount(count), `${id}.${count}`).toBe(true);
        }
        // the share is the ratio of its counts, as disclosure control will recompute it
        for (const r of rows(id)) {
          const d = r[ratio.denominator] as number;
          if (d > 0) expect(r[share] as number, `${id}.${share}`).toBeCloseTo((r[ratio.numerator] as number) / d, 12);
        }
      }
      for (const [summary, { count }] of Object.entries(definition?.summaries ?? {}))
        expect(columns.has(summary) && isCount(count) && columns.has(`${count}${cellKeySuffix}`), summary).toBe(true);
      for (const c of columns)
        if (columnKind(c) === 'share') expect(definition?.ratios?.[c], `${id}.${c} declared`).toBeDefined();
    }
  });

  it('a year’s victims are the sum of their age bands and of their sexes; a child has one key in every table', () => {
    const perYear = rows('victims-per-year');
    expectAdditive(perYear, 'registered', rows('victims-by-age-band'), 'victims', ['year']);
    expectAdditive(perYear, 'registered', rows('victims-by-sex'), 'victims', ['year']);
    const total = new Map(perYear.map((r) => [r.year, key(r, 'registered')]));
    for (const r of rows('victims-by-sex')) expect(key(r, 'n_total')).toBe(total.get(r.year));
    // the first cohort of repeat victimisation: every child registered in the period's first year
    const first = rows('repeat-victimisation').filter((r) => r.cohort === period.from);
    expectAdditive(
      perYear.filter((r) => r.year === period.from),
      'registered',
      first.map((r) => ({ ...r, year: r.cohort })),
      'children',
      ['year'],
    );
  });

  it('suspects per year and source are the sum of their age bands and of their sexes', () => {
    const perSource = rows('suspects-per-year').filter((r) => ['police', 'om', 'courts'].includes(r.source as string));
    expect(perSource.length).toBeGreaterThan(0);
    expectAdditive(perSource, 'suspects', rows('suspects-by-age-band'), 'suspects', ['year', 'source']);
    expectAdditive(perSource, 'suspects', rows('suspects-by-sex'), 'suspects', ['year', 'source']);
    // across police, OM and courts together: the same suspects by age band and by sex
    const all = (id: string) => rows(id).filter((r) => r.source === 'all');
    const byAge = [...groupBy(all('suspects-by-age-band'), ['year'])].map(([, g]) => ({
      year: g[0]?.year,
      suspects: g.reduce((a, r) => a + (r.suspects as number), 0),
      suspects__cell_key: sumKeys(g.map((r) => key(r, 'suspects'))),
    }));
    expectAdditive(byAge, 'suspects', all('suspects-by-sex'), 'suspects', ['year']);
    for (const id of ['suspects-by-age-band', 'suspects-by-sex']) {
      for (const g of groupBy(rows(id), ['year', 'source']).values())
        for (const r of g) expect(key(r, 'n_total')).toBe(sumKeys(g.map((p) => key(p, 'suspects'))));
    }
  });

  it('registrations per year and source are the sum of their relationships, settings, categories and delay bands', () => {
    const perSource = rows('registrations-per-year-by-source');
    for (const id of ['relationship-to-suspect', 'settings-distribution', 'offence-categories'])
      expectAdditive(perSource, 'registrations', rows(id), 'registrations', ['year', 'source']);
    expectAdditive(
      perSource.filter((r) => r.source === 'police' || r.source === 'csg'),
      'registrations',
      rows('reporting-delay'),
      'registrations',
      ['year', 'source'],
    );
    const total = new Map(perSource.map((r) => [`${r.year}|${r.source}`, key(r, 'registrations')]));
    for (const id of ['relationship-to-suspect', 'settings-distribution'])
      for (const r of rows(id)) expect(key(r, 'n_total'), id).toBe(total.get(`${r.year}|${r.source}`));
    for (const id of ['home-share', 'online-share', 'data-completeness'])
      expectAdditive(perSource, 'registrations', rows(id), 'registrations', ['year', 'source']);
    const police = perSource.filter((r) => r.source === 'police');
    expectAdditive(police, 'registrations', rows('complaint-share'), 'registrations', ['year']);
  });

  it('registrations in a home are those of the home settings; with a known setting those of the other settings but unknown', () => {
    const settings = rows('settings-distribution');
    const home = rows('home-share');
    expectAdditive(
      home,
      'in_home',
      settings.filter((r) => homeSettings.includes(r.setting as never)),
      'registrations',
      ['year', 'source'],
    );
    expectAdditive(
      home,
      'known_setting',
      settings.filter((r) => r.setting !== 'unknown'),
      'registrations',
      ['year', 'source'],
    );
    expectAdditive(
      home,
      'known_setting',
      rows('data-completeness').map((r) => ({
        ...r,
        known_setting: r.n_setting_known,
        known_setting__cell_key: key(r, 'n_setting_known'),
      })),
      'known_setting',
      ['year', 'source'],
    );
    for (const r of home) expect(r.in_home as number).toBeLessThanOrEqual(r.known_setting as number);
  });

  it('help contacts: the children reported have one key whatever the service', () => {
    for (const g of groupBy(rows('help-contact-after-report'), ['year']).values()) {
      expect(g.length).toBe(4);
      expect(new Set(g.map((r) => key(r, 'children_reported'))).size).toBe(1);
    }
  });

  it('the estimate’s observed children have the key stored with it, else that of the children its capture histories count', () => {
    expect(observed.children).toBe(observed.capture);
    const [row] = rows('estimated-total-victims');
    expect(row?.observed).toBe(observed.capture);
    expect(key(row, 'observed')).toBe(observed.cell_key);
    expect(stored.map((r) => key(r, 'observed'))).toEqual([12345]);
  });
});
