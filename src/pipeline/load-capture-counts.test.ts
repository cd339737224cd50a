import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../store/index.ts';
import { estimationLists } from './estimate-hidden-victims.ts';
import { ageBandOf, loadCaptureCounts } from './load-capture-counts.ts';

let dir: string;
let store: Store;

// Three children, hand-linked. Child A: police 2021 (home, age 9) and CSG 2021 and Veilig Thuis 2022.
// Child B: victim support 2021 only, birth month unknown. Child C: OM 2021 (justice list) from a
// withdrawn delivery, so not counted, and courts 2021 from an active one.
const registrations = [
  ['d-police', 'police', 'r1', '2021-03-01', '2021-02-01', 'home_victim', 'pA'],
  ['d-csg', 'csg', 'r2', '2021-06-01', '2021-05-20', 'public_space', 'cA'],
  ['d-vt', 'veilig_thuis', 'r3', '2022-02-01', '2022-01-10', 'home_victim', 'vA'],
  ['d-vs', 'victim_support', 'r4', '2021-09-01', null, 'unknown', 'sB'],
  ['d-om-old', 'om', 'r5', '2021-04-01', '2021-03-01', 'school', 'oC'],
  ['d-courts', 'courts', 'r6', '2021-11-01', '2021-03-01', 'school', 'kC'],
] as const;
const persons = [
  ['d-police', 'police', 'pA', 'F', '2012-01', 'A'],
  ['d-csg', 'csg', 'cA', 'F', '2012-01', 'A'],
  ['d-vt', 'veilig_thuis', 'vA', 'U', '2012-01', 'A'],
  ['d-vs', 'victim_support', 'sB', 'M', null, 'B'],
  ['d-om-old', 'om', 'oC', 'F', '2005-02', 'C'],
  ['d-courts', 'courts', 'kC', 'F', '2005-02', 'C'],
] as const;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'zicht-capture-'));
  store = await openStore(join(dir, 'zicht.duckdb'));
  const deliveries = [...new Set(registrations.map((r) => `${r[0]}|${r[1]}`))];
  for (const d of deliveries) {
    const [id, source] = d.split('|');
    for (const recordType of ['registration', 'person']) {
      await store.run(
        `INSERT INTO delivery VALUES (?, ?, ?, '2021', 'f', 'csv', ?, '1', TIMESTAMP '2023-01-01', 1, 1, 0, ?, NULL, TIMESTAMP '2023-01-01')`,
        [
          `${id}-${recordType}`,
          source as string,
          recordType,
          `${id}-${recordType}`,
          id === 'd-om-old' ? 'withdrawn' : 'active',
        ],
      );
    }
  }
  for (const [delivery, source, id, registered, from, setting, victim] of registrations) {
    await store.run(
      `INSERT INTO registration VALUES (?, ?, ?, ?, ?, NULL, 'SR245', ?, false, 'GM0363', ?, NULL, 'unknown')`,
      [`${delivery}-registration`, source, id, registered, from, setting, victim],
    );
  }
  for (const [delivery, source, id, sex, birth, cluster] of persons) {
    await store.run(`INSERT INTO person VALUES (?, ?, ?, 'victim', ?, ?, NULL, NULL, NULL, NULL)`, [
      `${delivery}-person`,
      source,
      id,
      sex,
      birth,
    ]);
    await store.run(`INSERT INTO person_link VALUES (?, ?, ?, 'test')`, [source, id, cluster]);
  }
});
afterAll(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('loadCaptureCounts', () => {
  it('counts each linked child once per year, with its pattern of lists and its stratum', async () => {
    const rows = await loadCaptureCounts(store, estimationLists, { from: 2021, to: 2022 }, 'year');
    const sorted = [...rows].sort((a, b) => `${a.year}${a.history}`.localeCompare(`${b.year}${b.history}`));
    expect(sorted).toEqual(
      [
        { year: 2021, age_band: '16-17', sex: 'F', setting: 'school', history: '1000', count: 1 },
        { year: 2021, age_band: '0-11', sex: 'F', setting: 'home_victim', history: '1100', count: 1 },
        { year: 2021, age_band: 'unknown', sex: 'M', setting: 'unknown', history: '0001', count: 1 },
        { year: 2022, age_band: '0-11', sex: 'U', setting: 'home_victim', history: '0010', count: 1 },
      ].sort((a, b) => `${a.year}${a.history}`.localeCompare(`${b.year}${b.history}`)),
    );
  });

  it("over the period, joins a child's years into one history", async () => {
    const rows = await loadCaptureCounts(store, estimationLists, { from: 2021, to: 2022 }, 'period');
    expect(rows.map((r) => `${r.year}/${r.history}/${r.count}`).sort()).toEqual([
      'null/0001/1',
      'null/1000/1',
      'null/1110/1',
    ]);
  });

  it('counts the clusters of a linkage extreme when asked: A split in two apart, A and B one child together', async () => {
    // the clusters of each record (police pA, CSG cA, Veilig Thuis vA, victim support sB, courts kC)
    const link = async (linkage: string, clusters: readonly string[]) => {
      const records = [
        ['police', 'pA'],
        ['csg', 'cA'],
        ['veilig_thuis', 'vA'],
        ['victim_support', 'sB'],
        ['courts', 'kC'],
      ];
      for (const [i, [source, id]] of records.entries())
        await store.run('INSERT INTO person_link_alternative VALUES (?, ?, ?, ?)', [
          linkage,
          source as string,
          id as string,
          clusters[i] as string,
        ]);
    };
    await link('review-apart', ['A', 'A2', 'A2', 'B', 'C']);
    await link('review-together', ['A', 'A', 'A', 'A', 'C']);
    const histories = async (linkage: 'review-apart' | 'review-together') =>
      (await loadCaptureCounts(store, estimationLists, { from: 2021, to: 2022 }, 'period', linkage))
        .map((r) => `${r.history}/${r.count}`)
        .sort();
    // A's police record and C (another stratum) are each a child seen by justice alone
    expect(await histories('review-apart')).toEqual(['0001/1', '0110/1', '1000/1', '1000/1']);
    expect(await histories('review-together')).toEqual(['1000/1', '1111/1']);
    await expect(
      loadCaptureCounts(store, estimationLists, { from: 2021, to: 2022 }, 'period', "x' OR 1=1 --" as 'chosen'),
    ).rejects.toThrow(/no linkage variant/);
  });

  it('bands ages as the strata do', () => {
    expect([
      ageBandOf(0),
      ageBandOf(11),
      ageBandOf(12),
      ageBandOf(15),
      ageBandOf(16),
      ageBandOf(17),
      ageBandOf(18),
      ageBandOf(null),
    ]).toEqual(['0-11', '0-11', '12-15', '12-15', '16-17', '16-17', 'unknown', 'unknown']);
  });
});
