import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestStore, type TestEvent, type TestRegistration } from '../../test/support/open-test-store.ts';
import { columnKind } from '../publish/column-labels.ts';
import type { Row, Store } from '../store/index.ts';
import { chainFunnel } from './chain-funnel/chain-funnel.ts';
import { prepareIndicatorTables, queryIndicator } from './compute-indicators.ts';
import { courtRulings } from './court-rulings/court-rulings.ts';
import type { IndicatorDefinition } from './indicator-definition.ts';
import { normAttainmentOm } from './norm-attainment-om/norm-attainment-om.ts';
import { normAttainmentPolice } from './norm-attainment-police/norm-attainment-police.ts';
import { omDecisionsByType } from './om-decisions-by-type/om-decisions-by-type.ts';
import { sentenceLength } from './sentence-length/sentence-length.ts';
import { cellKeyRange, cellKeySql, cellKeySuffix } from './sql/cell-key-sql.ts';
import { throughputTimes } from './throughput-times/throughput-times.ts';
import { werkvoorraad } from './werkvoorraad/werkvoorraad.ts';
import { werkvoorraadAge } from './werkvoorraad-age/werkvoorraad-age.ts';

// A handful of justice cases, each a police, OM and court registration of the same suspect, incident date and offence.
const registrations: TestRegistration[] = [];
const events: TestEvent[] = [];
const suspects = new Set<string>();
const reg = (source: string, id: string, registered: string, incident: string, suspect: string | null) => {
  registrations.push({
    source,
    registration_id: id,
    registration_date: registered,
    incident_date_from: incident,
    suspect_person_id: suspect && `${source}-${suspect}`,
  });
  if (suspect) suspects.add(`${source}|${suspect}`);
};
const ev = (source: string, id: string, step: string, date: string, extra: Record<string, string | number> = {}) =>
  events.push({ source, registration_id: id, step, event_date: date, ...extra });

// S1: through the whole chain in 2020, two sentences (one with a length)
reg('police', 'P1', '2020-01-12', '2020-01-10', 'S1');
ev('police', 'P1', 'report', '2020-01-12');
ev('police', 'P1', 'complaint', '2020-01-20');
ev('police', 'P1', 'suspect_registered', '2020-02-01');
reg('om', 'O1', '2020-03-01', '2020-01-10', 'S1');
ev('om', 'O1', 'om_inflow', '2020-03-01');
ev('om', 'O1', 'om_decision', '2020-04-01', { om_decision: 'summons' });
reg('courts', 'C1', '2020-05-01', '2020-01-10', 'S1');
ev('courts', 'C1', 'court_ruling', '2020-09-01', { court_ruling: 'conviction' }); // 184 days after OM inflow
ev('courts', 'C1', 'sentence', '2020-09-01', { event_id: 'sent-1', sentence_type: 'prison', sentence_days: 180 });
ev('courts', 'C1', 'sentence', '2020-09-01', { event_id: 'sent-2', sentence_type: 'fine' });
// S2: complaint, dismissed by the OM after 136 days
reg('police', 'P2', '2020-02-06', '2020-02-05', 'S2');
ev('police', 'P2', 'report', '2020-02-06');
ev('police', 'P2', 'complaint', '2020-02-10');
reg('om', 'O2', '2020-06-01', '2020-02-05', 'S2');
ev('om', 'O2', 'om_inflow', '2020-06-01');
ev('om', 'O2', 'om_decision', '2020-10-15', { om_decision: 'dismissal_policy' });
// S3: acquitted first, convicted later (so court-rulings' conviction is not the funnel's conviction step)
reg('police', 'P3', '2020-03-04', '2020-03-03', 'S3');
ev('police', 'P3', 'report', '2020-03-04');
reg('om', 'O3', '2020-05-01', '2020-03-03', 'S3');
ev('om', 'O3', 'om_inflow', '2020-05-01');
ev('om', 'O3', 'om_decision', '2020-05-20', { om_decision: 'summons' });
reg('courts', 'C3', '2020-06-15', '2020-03-03', 'S3');
ev('courts', 'C3', 'court_ruling', '2021-02-01', { court_ruling: 'acquittal' });
ev('courts', 'C3', 'court_ruling', '2021-03-01', { court_ruling: 'conviction' });
ev('courts', 'C3', 'sentence', '2021-03-01', {
  event_id: 'sent-3',
  sentence_type: 'community_service',
  sentence_days: 60,
});
// S4: at the OM, never decided
reg('om', 'O4', '2020-07-01', '2020-04-04', 'S4');
ev('om', 'O4', 'om_inflow', '2020-07-01');
// S5: the 2019 cohort; the court case stays open
reg('police', 'P5', '2019-11-20', '2019-11-11', 'S5');
ev('police', 'P5', 'report', '2019-11-20');
ev('police', 'P5', 'complaint', '2019-11-25');
reg('om', 'O5', '2019-12-01', '2019-11-11', 'S5');
ev('om', 'O5', 'om_inflow', '2019-12-01');
ev('om', 'O5', 'om_decision', '2020-02-01', { om_decision: 'penal_order' });
reg('courts', 'C5', '2019-12-20', '2019-11-11', 'S5');
// a report without a suspect, and an OM case decided in two weeks
reg('police', 'P6', '2020-05-06', '2020-05-05', null);
ev('police', 'P6', 'report', '2020-05-06');
reg('om', 'O7', '2020-07-01', '2020-06-06', 'S7');
ev('om', 'O7', 'om_inflow', '2020-07-01');
ev('om', 'O7', 'om_decision', '2020-07-15', { om_decision: 'summons' });

const definitions: readonly IndicatorDefinition[] = [
  chainFunnel,
  omDecisionsByType,
  courtRulings,
  sentenceLength,
  normAttainmentOm,
  normAttainmentPolice,
  throughputTimes,
  werkvoorraad,
  werkvoorraadAge,
];
const period = { from: 2019, to: 2021 };
let store: Store;
const values = new Map<string, Row[]>();

beforeAll(async () => {
  const split = [...suspects].map((s) => s.split('|') as [string, string]);
  store = await openTestStore({
    registrations,
    events,
    persons: split.map(([source, suspect]) => ({ source, person_id: `${source}-${suspect}`, role: 'suspect' })),
    links: split.map(([source, suspect]) => ({ source, person_id: `${source}-${suspect}`, cluster_id: suspect })),
  });
  await store.session(async () => {
    const drop = await prepareIndicatorTables(store);
    for (const d of definitions) values.set(d.id, await queryIndicator(store, d, period));
    await drop();
  });
});
afterAll(() => store.close());

const rowsOf = (id: string): Row[] => {
  const rows = values.get(id) ?? [];
  expect(rows.length, id).toBeGreaterThan(0);
  return rows;
};
const key = (row: Row | undefined, count: string): number => {
  const k = row?.[`${count}${cellKeySuffix}`];
  expect(typeof k, count).toBe('number');
  return k as number;
};
const mod = (n: number) => ((n % cellKeyRange) + cellKeyRange) % cellKeyRange;
const sumKeys = (rows: readonly Row[], count: string) => mod(rows.reduce((a, r) => a + key(r, count), 0));

/** The cell key of an explicit set of units, each its identity values (as the indicators hash them). */
async function keyOf(units: readonly (readonly string[])[]): Promise<number> {
  if (units.length === 0) return 0;
  const columns = (units[0] ?? []).map((_, i) => `u${i}`);
  return store.session(async () => {
    await store.run('SET VARIABLE zicht_cell_secret = (SELECT min(secret) FROM disclosure_secret)');
    const [row] = await store.all(
      `SELECT ${cellKeySql(columns)} AS k FROM (VALUES ${units.map((u) => `(${u.map(() => '?').join(', ')})`).join(', ')}) AS t(${columns.join(', ')})`,
      units.flat(),
    );
    return Number(row?.k);
  });
}
const registrationKey = (ids: string) =>
  keyOf(ids.split(' ').map((id) => [{ P: 'police', O: 'om', C: 'courts' }[id[0] as 'P' | 'O' | 'C'], id]));

/** The count columns of a row: kind 'count' in the column labels (not the step order) and the helper counts `n_…`. */
const countColumns = (row: Row) =>
  Object.keys(row).filter(
    (c) => (columnKind(c) === 'count' && c !== 'step_order') || (c.startsWith('n_') && !c.endsWith(cellKeySuffix)),
  );

describe('cell keys of the justice indicators', () => {
  it('stands beside every count: an integer in [0, 2^31), 0 for a count of 0, and no key without its count', () => {
    for (const d of definitions) {
      for (const row of rowsOf(d.id)) {
        const counts = countColumns(row);
        expect(counts.length, d.id).toBeGreaterThan(0);
        for (const c of counts) {
          const k = key(row, c);
          expect(Number.isInteger(k) && k >= 0 && k < cellKeyRange, `${d.id} ${c}`).toBe(true);
          if (row[c] === 0) expect(k, `${d.id} ${c}`).toBe(0);
          else expect(k, `${d.id} ${c}`).not.toBe(0);
        }
        const keyed = Object.keys(row).filter((c) => c.endsWith(cellKeySuffix));
        expect(keyed.map((c) => c.slice(0, -cellKeySuffix.length)).sort(), d.id).toEqual([...counts].sort());
      }
    }
    // zeros do occur: a hearing norm missed by one day, half-years without court inflow
    expect(rowsOf('norm-attainment-om').some((r) => r.within_norm === 0)).toBe(true);
    expect(rowsOf('werkvoorraad').some((r) => r.inflow === 0)).toBe(true);
  });

  it('declares every share as a ratio of keyed counts that gives the published value, and every mean or percentile', () => {
    for (const d of definitions) {
      const rows = rowsOf(d.id);
      const columns = Object.keys(rows[0] ?? {});
      const shares = columns.filter((c) => columnKind(c) === 'share' && c !== 'target_share');
      expect(Object.keys(d.ratios ?? {}).sort(), d.id).toEqual(shares.sort());
      const summarised = columns.filter((c) => columnKind(c) === 'days' && c !== 'norm_days');
      expect(Object.keys(d.summaries ?? {}).sort(), d.id).toEqual(summarised.sort());
      for (const s of Object.values(d.summaries ?? {})) expect(countColumns(rows[0] ?? {}), d.id).toContain(s.count);
      for (const [share, ratio] of Object.entries(d.ratios ?? {})) {
        for (const c of [ratio.numerator, ratio.denominator]) expect(countColumns(rows[0] ?? {}), d.id).toContain(c);
        const previous = ratio.previousRow;
        for (const [i, row] of rows.entries()) {
          let denominator: unknown = row[ratio.denominator];
          if (previous) {
            const before = rows
              .slice(0, i)
              .filter((r) => previous.partition.every((p) => r[p] === row[p]))
              .sort((a, b) => Number(a[previous.order]) - Number(b[previous.order]))
              .at(-1);
            denominator = before?.[ratio.denominator] ?? null;
          }
          if (denominator === null) expect(row[share], `${d.id} ${share}`).toBeNull();
          else
            expect(row[share], `${d.id} ${share}`).toBeCloseTo(Number(row[ratio.numerator]) / Number(denominator), 12);
        }
      }
    }
  });

  it('werkvoorraad: opening + inflow = closing + outflow, closing = next opening, age bands = closing, for the keys too', async () => {
    const rows = rowsOf('werkvoorraad');
    for (const r of rows)
      expect(mod(key(r, 'stock_start') + key(r, 'inflow'))).toBe(mod(key(r, 'stock_end') + key(r, 'outflow')));
    for (const [i, r] of rows.entries()) {
      const next = rows[i + 1];
      if (next?.source === r.source) expect(key(next, 'stock_start')).toBe(key(r, 'stock_end'));
    }
    const bands = rowsOf('werkvoorraad-age');
    for (const r of rows) {
      const of = bands.filter((b) => b.source === r.source && b.half_year_end === r.half_year_end);
      expect(of.reduce((a, b) => a + Number(b.cases), 0)).toBe(r.stock_end);
      expect(sumKeys(of, 'cases')).toBe(key(r, 'stock_end'));
    }
    const at = (source: string, end: string) => rows.find((r) => r.source === source && r.half_year_end === end);
    expect(key(at('om', '2020-06-30'), 'stock_end')).toBe(await registrationKey('O2'));
    expect(key(at('om', '2020-06-30'), 'outflow')).toBe(await registrationKey('O5 O1 O3'));
    expect(key(at('om', '2020-12-31'), 'stock_end')).toBe(await registrationKey('O4'));
    expect(key(at('courts', '2020-12-31'), 'stock_end')).toBe(await registrationKey('C5 C3'));
  });

  it('chain funnel: each step is a count of registrations', async () => {
    const funnel = rowsOf('chain-funnel');
    const step = (cohort: number, name: string) => funnel.find((r) => r.cohort === cohort && r.step === name);
    expect(key(step(2020, 'report'), 'incidents')).toBe(await registrationKey('P1 P2 P3 P6'));
    expect(key(step(2020, 'om_inflow'), 'incidents')).toBe(await registrationKey('O1 O2 O3 O4 O7'));
    expect(key(step(2020, 'conviction'), 'incidents')).toBe(await registrationKey('C1 C3'));
    expect(key(step(2019, 'complaint'), 'incidents')).toBe(await registrationKey('P5'));
  });

  it('OM decisions and court rulings by type add up to the cohort and to its step in the chain funnel', async () => {
    const funnel = rowsOf('chain-funnel');
    for (const [id, step, total] of [
      ['om-decisions-by-type', 'om_decision', 'n_decisions'],
      ['court-rulings', 'court_ruling', 'n_rulings'],
    ] as const) {
      const rows = rowsOf(id);
      for (const cohort of new Set(rows.map((r) => r.cohort))) {
        const of = rows.filter((r) => r.cohort === cohort);
        const reached = funnel.find((r) => r.cohort === cohort && r.step === step);
        expect(
          of.reduce((a, r) => a + Number(r.cases), 0),
          id,
        ).toBe(reached?.incidents);
        expect(sumKeys(of, 'cases'), id).toBe(key(reached, 'incidents'));
        for (const r of of) expect(key(r, total), id).toBe(key(reached, 'incidents'));
      }
    }
    const decisions = rowsOf('om-decisions-by-type');
    const summons = decisions.find((r) => r.cohort === 2020 && r.decision === 'summons');
    expect(key(summons, 'cases')).toBe(await registrationKey('O1 O3 O7'));
    // the first ruling: C3 was acquitted before it was convicted, so court-rulings' conviction is not the funnel's
    const convictions = rowsOf('court-rulings').find((r) => r.cohort === 2020 && r.ruling === 'conviction');
    expect(key(convictions, 'cases')).toBe(await registrationKey('C1'));
  });

  it('sentences are events: (source, registration_id, event_id), not the registrations of the funnel', async () => {
    const rows = rowsOf('sentence-length').filter((r) => r.cohort === 2020);
    const of = (type: string) => rows.find((r) => r.sentence_type === type);
    expect(key(of('prison'), 'sentences')).toBe(await keyOf([['courts', 'C1', 'sent-1']]));
    expect(key(of('prison'), 'with_length')).toBe(key(of('prison'), 'sentences'));
    expect(of('fine')).toMatchObject({ sentences: 1, with_length: 0, with_length__cell_key: 0 });
    expect(key(of('fine'), 'sentences')).toBe(await keyOf([['courts', 'C1', 'sent-2']]));
  });

  it("an OM case is hashed as its OM registration ('om', registration_id), the same set in every table", async () => {
    const om = rowsOf('norm-attainment-om');
    const police = rowsOf('norm-attainment-police');
    const throughput = rowsOf('throughput-times');
    const stage = (name: string, year: number) => throughput.find((r) => r.stage === name && r.year === year);
    const assessment = om.find((r) => r.year === 2020 && r.norm === 'assessment');
    expect(key(assessment, 'cases')).toBe(await registrationKey('O1 O2 O3 O5 O7'));
    expect(key(assessment, 'within_norm')).toBe(await registrationKey('O1 O3 O7'));
    expect(key(stage('om_inflow_to_decision', 2020), 'cases')).toBe(key(assessment, 'cases'));
    const hearing = om.find((r) => r.year === 2020 && r.norm === 'hearing');
    expect(hearing).toMatchObject({ cases: 1, within_norm: 0, within_norm__cell_key: 0 });
    expect(key(hearing, 'cases')).toBe(await registrationKey('O1'));
    const complaint = police.find((r) => r.year === 2020);
    expect(key(complaint, 'cases')).toBe(await registrationKey('O1 O2'));
    expect(key(stage('complaint_to_om_inflow', 2020), 'cases')).toBe(key(complaint, 'cases'));
    expect(key(stage('complaint_to_om_inflow', 2020), 'within_norm')).toBe(key(complaint, 'within_norm'));
    expect(key(stage('report_to_complaint', 2020), 'cases')).toBe(await registrationKey('P1 P2'));
    expect(key(stage('court_registration_to_ruling', 2021), 'cases')).toBe(await registrationKey('C3'));
  });
});
