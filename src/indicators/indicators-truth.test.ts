import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { homeSettings, type OffenceCode, offenceCategoryOf, offenceDefinitions, type SettingCode, type SourceCode } from '../contract/index.ts';
import { type PipelineResult, runPipeline } from '../pipeline/index.ts';
import { openStore, type Row, type Store } from '../store/index.ts';
import { type RawRow, type SyntheticChain, simulateChain } from '../synthetic/index.ts';

// One small pipeline run shared by every test: simulate → pseudonymise → ingest → link → estimate → indicators.
const options = { seed: 7, yearFrom: 2018, yearTo: 2025, scale: 0.05, secret: 'test-secret-of-enough-length', today: '2026-06-30' };
let dir: string;
let store: Store;
let result: PipelineResult;
let chain: SyntheticChain;
let quarantined: Set<string>;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'zicht-indicators-'));
  store = await openStore(join(dir, 'zicht.duckdb'));
  let tick = 0;
  result = await runPipeline(store, { ...options, workDir: join(dir, 'work') }, { now: () => new Date(Date.UTC(2026, 5, 30, 12, 0, tick++)), log: () => {} });
  chain = simulateChain(options);
  const q = await store.all<{ source: string; record_type: string; row_number: number }>('SELECT DISTINCT source, record_type, row_number FROM quarantine');
  quarantined = new Set(q.map((r) => `${r.source}/${r.record_type}/${r.row_number}`));
});
afterAll(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

const values = (id: string): readonly Row[] => result.indicators[id] ?? [];
/** What the partner delivered and the store accepted: the extract without its quarantined rows. */
const kept = (source: SourceCode, type: 'registration' | 'case_event'): RawRow[] =>
  chain.extracts[source][type].filter((_, i) => !quarantined.has(`${source}/${type}/${i + 1}`));
const year = (v: unknown) => Number(String(v).slice(0, 4));
const tally = (keys: string[]) => {
  const m = new Map<string, number>();
  for (const k of keys) m.set(k, (m.get(k) ?? 0) + 1);
  return m;
};
const sourcesWith = (): SourceCode[] => ['police', 'om', 'courts', 'csg', 'veilig_thuis', 'victim_support', 'probation'];
const allRegistrations = () => sourcesWith().flatMap((s) => kept(s, 'registration'));

describe('indicators that count what partners delivered match the chain exactly', () => {
  it('registrations per source and year', () => {
    const expected = tally(allRegistrations().map((r) => `${year(r.registration_date)}|${r.source}`));
    const actual = new Map(values('registrations-per-year-by-source').map((r) => [`${r.year}|${r.source}`, r.registrations]));
    expect(actual).toEqual(expected);
  });

  it('registrations in a home, online, by relationship and by offence category (comparable across the 2024 law)', () => {
    const regs = allRegistrations();
    const key = (r: RawRow) => `${year(r.registration_date)}|${r.source}`;
    const home = tally(regs.filter((r) => homeSettings.includes(r.setting as SettingCode)).map(key));
    for (const row of values('home-share')) {
      const k = `${row.year}|${row.source}`;
      expect(row.in_home, k).toBe(home.get(k) ?? 0);
      expect(row.share).toBeCloseTo(Number(row.in_home) / Number(row.registrations), 12);
    }
    const online = tally(regs.filter((r) => r.online === true || r.setting === 'online').map(key));
    for (const row of values('online-share')) expect(row.online, `${row.year}|${row.source}`).toBe(online.get(`${row.year}|${row.source}`) ?? 0);
    const relationships = tally(regs.map((r) => `${key(r)}|${r.relationship}`));
    expect(new Map(values('relationship-to-suspect').map((r) => [`${r.year}|${r.source}|${r.relationship}`, r.registrations]))).toEqual(relationships);
    const categories = tally(regs.map((r) => `${key(r)}|${offenceCategoryOf(r.offence_code as OffenceCode)}`));
    expect(new Map(values('offence-categories').map((r) => [`${r.year}|${r.source}|${r.category}`, r.registrations]))).toEqual(categories);
    const wsm = regs.filter((r) => offenceDefinitions[r.offence_code as OffenceCode].regime === 'wsm').length;
    expect(values('offence-categories').reduce((n, r) => n + Number(r.under_wsm), 0)).toBe(wsm);
  });

  it('the police share of reports with a complaint', () => {
    const complained = new Set(kept('police', 'case_event').filter((e) => e.step === 'complaint').map((e) => e.registration_id));
    const police = kept('police', 'registration');
    for (const row of values('complaint-share')) {
      const inYear = police.filter((r) => year(r.registration_date) === row.year);
      expect(row.registrations).toBe(inYear.length);
      expect(row.with_complaint).toBe(inYear.filter((r) => complained.has(r.registration_id)).length);
    }
  });

  it('the chain funnel per incident cohort, step by step, and the OM decisions and rulings in it', () => {
    const expected = new Map<string, number>();
    for (const source of ['police', 'om', 'courts'] as const) {
      const cohortOf = new Map(kept(source, 'registration').map((r) => [r.registration_id, year(r.incident_date_from)]));
      const reached = new Set<string>();
      for (const e of kept(source, 'case_event')) {
        const cohort = cohortOf.get(e.registration_id as string);
        if (cohort === undefined) continue;
        reached.add(`${cohort}|${e.step}|${e.registration_id}`);
        if (e.step === 'court_ruling' && e.court_ruling === 'conviction') reached.add(`${cohort}|conviction|${e.registration_id}`);
      }
      for (const k of reached) {
        const [cohort, step] = k.split('|');
        if (!['probation_start', 'probation_end'].includes(step as string)) expected.set(`${cohort}|${step}`, (expected.get(`${cohort}|${step}`) ?? 0) + 1);
      }
    }
    expect(new Map(values('chain-funnel').map((r) => [`${r.cohort}|${r.step}`, r.incidents]))).toEqual(expected);
    const decisions = tally(kept('om', 'case_event').filter((e) => e.step === 'om_decision').map((e) => String(e.om_decision)));
    const byDecision = new Map<string, number>();
    for (const r of values('om-decisions-by-type')) byDecision.set(String(r.decision), (byDecision.get(String(r.decision)) ?? 0) + Number(r.cases));
    expect(byDecision).toEqual(decisions);
    const convictions = kept('courts', 'case_event').filter((e) => e.court_ruling === 'conviction').length;
    expect(values('court-rulings').filter((r) => r.ruling === 'conviction').reduce((n, r) => n + Number(r.cases), 0)).toBe(convictions);
  });

  it('the werkvoorraad: stock(t) = stock(t−1) + inflow − outflow, and the stock the chain implies at each half-year end', () => {
    const rows = values('werkvoorraad');
    expect(rows.length).toBe(2 * 16);
    for (const source of ['om', 'courts']) {
      const series = rows.filter((r) => r.source === source);
      for (const [i, r] of series.entries()) {
        expect(r.stock_end).toBe(Number(r.stock_start) + Number(r.inflow) - Number(r.outflow));
        if (i > 0) expect(r.stock_start).toBe(series[i - 1]?.stock_end);
      }
    }
    const omEvents = kept('om', 'case_event');
    const inflow = new Map(omEvents.filter((e) => e.step === 'om_inflow').map((e) => [e.registration_id, String(e.event_date)]));
    const decided = new Map(omEvents.filter((e) => e.step === 'om_decision').map((e) => [e.registration_id, String(e.event_date)]));
    for (const r of rows.filter((r) => r.source === 'om')) {
      const end = String(r.half_year_end);
      const open = [...inflow].filter(([id, opened]) => opened <= end && !((decided.get(id) ?? '9999') <= end)).length;
      expect(r.stock_end, end).toBe(open);
    }
  });
});

describe('indicators that count persons match the truth within the linkage error', () => {
  const trueIdOf = () => new Map(chain.truth.personLinks.map((l) => [`${l.source}/${l.person_id}`, l.true_person_id]));

  it('registered victims per year: no fewer than 97 % and no more than 110 % of the true children registered that year (typos split a few)', () => {
    const ids = trueIdOf();
    const truth = new Map<number, Set<string>>();
    for (const r of allRegistrations()) {
      if (r.victim_person_id === null) continue;
      const set = truth.get(year(r.registration_date)) ?? new Set<string>();
      set.add(ids.get(`${r.source}/${r.victim_person_id}`) as string);
      truth.set(year(r.registration_date), set);
    }
    for (const row of values('victims-per-year')) {
      const expected = truth.get(Number(row.year))?.size ?? 0;
      expect(Number(row.registered), String(row.year)).toBeGreaterThanOrEqual(0.97 * expected);
      expect(Number(row.registered), String(row.year)).toBeLessThanOrEqual(1.1 * expected);
    }
  });

  it('the share of girls among victims: within 2 points of the truth', () => {
    const sexOf = new Map(chain.truth.victims.map((v) => [v.true_person_id, v.sex]));
    const ids = trueIdOf();
    const children = new Set(allRegistrations().filter((r) => r.victim_person_id !== null && year(r.registration_date) === 2024).map((r) => ids.get(`${r.source}/${r.victim_person_id}`)));
    const girls = [...children].filter((c) => sexOf.get(c as string) === 'F').length / children.size;
    const row = values('victims-by-sex').find((r) => r.year === 2024 && r.sex === 'F');
    expect(Math.abs(Number(row?.share) - girls)).toBeLessThan(0.02);
  });

  it('distinct suspects across sources: within 97–110 % of the true suspects registered that year', () => {
    const ids = trueIdOf();
    for (const row of values('suspects-per-year').filter((r) => r.source === 'all')) {
      const truth = new Set(allRegistrations().filter((r) => r.suspect_person_id !== null && year(r.registration_date) === row.year).map((r) => ids.get(`${r.source}/${r.suspect_person_id}`)));
      expect(Number(row.suspects), String(row.year)).toBeGreaterThanOrEqual(0.97 * truth.size);
      expect(Number(row.suspects), String(row.year)).toBeLessThanOrEqual(1.1 * truth.size);
    }
  });

  it('the mean and modal age of police-registered victims, from the delivered birth month, exactly', () => {
    const birth = new Map(chain.extracts.police.person.map((p) => [p.person_id, p.birth_year_month]));
    for (const row of values('victim-age-summary').filter((r) => r.source === 'police')) {
      const ages = kept('police', 'registration')
        .filter((r) => year(r.registration_date) === row.year && typeof birth.get(r.victim_person_id) === 'string' && r.incident_date_from !== null)
        .map((r) => {
          const b = String(birth.get(r.victim_person_id));
          const d = String(r.incident_date_from);
          return year(d) - year(b) - (Number(d.slice(5, 7)) < Number(b.slice(5, 7)) ? 1 : 0);
        });
      expect(row.registrations).toBe(ages.length);
      expect(row.mean_age).toBeCloseTo(ages.reduce((a, b) => a + b, 0) / ages.length, 9);
      const counts = [...tally(ages.map(String))].sort((a, b) => b[1] - a[1] || Number(a[0]) - Number(b[0]));
      expect(row.modal_age).toBe(Number(counts[0]?.[0]));
    }
  });

  it('the estimated total is the estimation stage’s own result', () => {
    const [row] = values('estimated-total-victims');
    expect(row?.total).toBeCloseTo(result.estimate?.total ?? Number.NaN, 6);
    expect(row?.observed).toBe(result.estimate?.observed);
    expect(row?.ratio).toBeCloseTo((result.estimate?.total ?? 0) / (result.estimate?.observed ?? 1), 9);
  });
});
