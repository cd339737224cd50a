import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  homeSettings,
  type OffenceCode,
  offenceCategoryOf,
  offenceDefinitions,
  type SettingCode,
  type SourceCode,
} from '../contract/index.ts';
import { type PipelineResult, runPipeline } from '../pipeline/index.ts';
import { openStore, type Row, type Store } from '../store/index.ts';
import { type RawRow, type SyntheticChain, simulateChain } from '../synthetic/index.ts';
import { expectedQuarantine, type RowKey, rowKey } from '../../test/support/expected-quarantine.ts';

// One small pipeline run shared by every test: simulate → pseudonymise → ingest → link → estimate → indicators.
const options = {
  seed: 7,
  yearFrom: 2018,
  yearTo: 2025,
  scale: 0.05,
  secret: 'test-secret-of-enough-length',
  today: '2026-06-30',
};
let dir: string;
let store: Store;
let result: PipelineResult;
let chain: SyntheticChain;
/** What must be quarantined, decided from the simulator's fault log (never from the store under test). */
let mustQuarantine: Map<RowKey, Set<string>>;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'zicht-indicators-'));
  store = await openStore(join(dir, 'zicht.duckdb'));
  let tick = 0;
  result = await runPipeline(
    store,
    { ...options, workDir: join(dir, 'work') },
    { now: () => new Date(Date.UTC(2026, 5, 30, 12, 0, tick++)), log: () => {} },
  );
  chain = simulateChain(options);
  mustQuarantine = expectedQuarantine(chain);
});
afterAll(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

const values = (id: string): readonly Row[] => result.indicators[id] ?? [];
/** Rows to loop over, asserted non-empty first: an indicator that returns nothing must fail, not pass vacuously. */
const nonEmpty = <T>(rows: readonly T[]): readonly T[] => {
  expect(rows.length).toBeGreaterThan(0);
  return rows;
};
/** What the partner delivered and the store must accept: the extract without the rows the fault log says are refused. */
const kept = (source: SourceCode, type: 'registration' | 'case_event' | 'person'): RawRow[] =>
  chain.extracts[source][type].filter((_, i) => !mustQuarantine.has(rowKey(source, type, i + 1)));
const year = (v: unknown) => Number(String(v).slice(0, 4));
const tally = (keys: string[]) => {
  const m = new Map<string, number>();
  for (const k of keys) m.set(k, (m.get(k) ?? 0) + 1);
  return m;
};
const sourcesWith = (): SourceCode[] => [
  'police',
  'om',
  'courts',
  'csg',
  'veilig_thuis',
  'victim_support',
  'probation',
];
const allRegistrations = () => sourcesWith().flatMap((s) => kept(s, 'registration'));

describe('the quarantine, against the fault log', () => {
  it('holds exactly the rows the fault log says must be refused, each with the rule it breaks', async () => {
    const stored = new Map<string, Set<string>>();
    for (const q of await store.all<{ source: string; record_type: string; row_number: number; rule: string }>(
      'SELECT source, record_type, row_number, rule FROM quarantine',
    )) {
      const key = `${q.source}/${q.record_type}/${q.row_number}`;
      stored.set(key, (stored.get(key) ?? new Set<string>()).add(q.rule));
    }
    const direct = chain.truth.faults.filter((f) => f.invalid || f.kind === 'duplicate_row');
    expect(direct.length).toBeGreaterThan(20);
    expect([...stored.keys()].sort()).toEqual([...mustQuarantine.keys()].sort());
    for (const [key, rules] of mustQuarantine)
      expect([...(stored.get(key) ?? [])].sort(), key).toEqual([...rules].sort());
    // the consequences are there too: rows pointing at a refused row
    expect([...mustQuarantine.values()].filter((rules) => rules.has('reference')).length).toBeGreaterThan(0);
  });
});

describe('indicators that count what partners delivered match the chain exactly', () => {
  it('registrations per source and year', () => {
    const expected = tally(nonEmpty(allRegistrations()).map((r) => `${year(r.registration_date)}|${r.source}`));
    const actual = new Map(
      values('registrations-per-year-by-source').map((r) => [`${r.year}|${r.source}`, r.registrations]),
    );
    expect(actual).toEqual(expected);
  });

  it('registrations in a home, online, by relationship and by offence category (comparable across the 2024 law)', () => {
    const regs = allRegistrations();
    const key = (r: RawRow) => `${year(r.registration_date)}|${r.source}`;
    const home = tally(regs.filter((r) => homeSettings.includes(r.setting as SettingCode)).map(key));
    for (const row of nonEmpty(values('home-share'))) {
      const k = `${row.year}|${row.source}`;
      expect(row.in_home, k).toBe(home.get(k) ?? 0);
      expect(row.share).toBeCloseTo(Number(row.in_home) / Number(row.registrations), 12);
    }
    const online = tally(regs.filter((r) => r.online === true || r.setting === 'online').map(key));
    for (const row of nonEmpty(values('online-share')))
      expect(row.online, `${row.year}|${row.source}`).toBe(online.get(`${row.year}|${row.source}`) ?? 0);
    const relationships = tally(regs.map((r) => `${key(r)}|${r.relationship}`));
    expect(
      new Map(
        values('relationship-to-suspect').map((r) => [`${r.year}|${r.source}|${r.relationship}`, r.registrations]),
      ),
    ).toEqual(relationships);
    const categories = tally(regs.map((r) => `${key(r)}|${offenceCategoryOf(r.offence_code as OffenceCode)}`));
    expect(
      new Map(values('offence-categories').map((r) => [`${r.year}|${r.source}|${r.category}`, r.registrations])),
    ).toEqual(categories);
    const wsm = regs.filter((r) => offenceDefinitions[r.offence_code as OffenceCode].regime === 'wsm').length;
    expect(values('offence-categories').reduce((n, r) => n + Number(r.under_wsm), 0)).toBe(wsm);
  });

  it('the police share of reports with a complaint', () => {
    const complained = new Set(
      kept('police', 'case_event')
        .filter((e) => e.step === 'complaint')
        .map((e) => e.registration_id),
    );
    const police = kept('police', 'registration');
    for (const row of nonEmpty(values('complaint-share'))) {
      const inYear = police.filter((r) => year(r.registration_date) === row.year);
      expect(row.registrations).toBe(inYear.length);
      expect(row.with_complaint).toBe(inYear.filter((r) => complained.has(r.registration_id)).length);
    }
  });

  it('the chain funnel per incident cohort, step by step, and the OM decisions and rulings in it', () => {
    const expected = new Map<string, number>();
    for (const source of ['police', 'om', 'courts'] as const) {
      const cohortOf = new Map(
        kept(source, 'registration').map((r) => [r.registration_id, year(r.incident_date_from)]),
      );
      const reached = new Set<string>();
      for (const e of kept(source, 'case_event')) {
        const cohort = cohortOf.get(e.registration_id as string);
        if (cohort === undefined) continue;
        reached.add(`${cohort}|${e.step}|${e.registration_id}`);
        if (e.step === 'court_ruling' && e.court_ruling === 'conviction')
          reached.add(`${cohort}|conviction|${e.registration_id}`);
      }
      for (const k of reached) {
        const [cohort, step] = k.split('|');
        if (!['probation_start', 'probation_end'].includes(step as string))
          expected.set(`${cohort}|${step}`, (expected.get(`${cohort}|${step}`) ?? 0) + 1);
      }
    }
    expect(new Map(values('chain-funnel').map((r) => [`${r.cohort}|${r.step}`, r.incidents]))).toEqual(expected);
    const decisions = tally(
      kept('om', 'case_event')
        .filter((e) => e.step === 'om_decision')
        .map((e) => String(e.om_decision)),
    );
    const byDecision = new Map<string, number>();
    for (const r of nonEmpty(values('om-decisions-by-type')))
      byDecision.set(String(r.decision), (byDecision.get(String(r.decision)) ?? 0) + Number(r.cases));
    expect(byDecision).toEqual(decisions);
    const convictions = kept('courts', 'case_event').filter((e) => e.court_ruling === 'conviction').length;
    expect(
      values('court-rulings')
        .filter((r) => r.ruling === 'conviction')
        .reduce((n, r) => n + Number(r.cases), 0),
    ).toBe(convictions);
  });

  it('the werkvoorraad: stock(t) = stock(t−1) + inflow − outflow, and the stock the chain implies at each half-year end', () => {
    const rows = values('werkvoorraad');
    expect(rows.length).toBe(2 * 16);
    for (const source of ['om', 'courts']) {
      const series = rows.filter((r) => r.source === source);
      for (const [i, r] of nonEmpty(series).entries()) {
        expect(r.stock_end).toBe(Number(r.stock_start) + Number(r.inflow) - Number(r.outflow));
        if (i > 0) expect(r.stock_start).toBe(series[i - 1]?.stock_end);
      }
    }
    const omEvents = kept('om', 'case_event');
    const inflow = new Map(
      omEvents.filter((e) => e.step === 'om_inflow').map((e) => [e.registration_id, String(e.event_date)]),
    );
    const decided = new Map(
      omEvents.filter((e) => e.step === 'om_decision').map((e) => [e.registration_id, String(e.event_date)]),
    );
    for (const r of nonEmpty(rows.filter((r) => r.source === 'om'))) {
      const end = String(r.half_year_end);
      const open = [...inflow].filter(([id, opened]) => opened <= end && !((decided.get(id) ?? '9999') <= end)).length;
      expect(r.stock_end, end).toBe(open);
    }
  });
});

describe('indicators of what one partner recorded (no linkage) match the delivered rows exactly', () => {
  const inPeriod = (r: RawRow) =>
    year(r.registration_date) >= options.yearFrom && year(r.registration_date) <= options.yearTo;
  const days = (from: string, to: string) =>
    Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

  it('data completeness: per source and year the share of registrations with each field known, the victim as its own source delivered it', () => {
    const expected = new Map<string, number[]>();
    for (const source of sourcesWith()) {
      // a source's registration points at its own person row; duplicates are refused, so the first row is the stored one
      const persons = new Map<unknown, RawRow>();
      for (const p of kept(source, 'person')) if (!persons.has(p.person_id)) persons.set(p.person_id, p);
      for (const r of kept(source, 'registration').filter(inPeriod)) {
        const victim = r.victim_person_id === null ? undefined : persons.get(r.victim_person_id);
        const known = [
          r.incident_date_from !== null,
          r.setting !== 'unknown',
          r.relationship !== 'unknown',
          r.region !== 'UNK',
          r.victim_person_id !== null,
          victim !== undefined && victim.sex !== null && victim.sex !== 'U',
          victim !== undefined && victim.birth_year_month !== null,
        ];
        const key = `${year(r.registration_date)}|${source}`;
        const sums = expected.get(key) ?? [0, 0, 0, 0, 0, 0, 0, 0];
        sums[0] = (sums[0] as number) + 1;
        known.forEach((k, i) => {
          sums[i + 1] = (sums[i + 1] as number) + (k ? 1 : 0);
        });
        expected.set(key, sums);
      }
    }
    const columns = [
      'incident_date_known',
      'setting_known',
      'relationship_known',
      'region_known',
      'victim_known',
      'victim_sex_known',
      'victim_birth_known',
    ];
    const rows = nonEmpty(values('data-completeness'));
    expect(rows.map((r) => `${r.year}|${r.source}`).sort()).toEqual([...expected.keys()].sort());
    for (const r of rows) {
      const [n, ...known] = expected.get(`${r.year}|${r.source}`) as number[];
      expect(r.registrations).toBe(n);
      for (const [i, c] of columns.entries())
        expect(r[c], `${r.year} ${r.source} ${c}`).toBeCloseTo((known[i] as number) / (n as number), 12);
    }
    // not every field is always known: the comparison is not one of ones
    expect(rows.some((r) => Number(r.victim_birth_known) < 1 && Number(r.setting_known) < 1)).toBe(true);
  });

  it('reporting delay: police and CSG registrations by days from the end of the incident (its start without one) to the registration', () => {
    const band = (d: number | null) =>
      d === null
        ? 'unknown'
        : d <= 3
          ? '0-3d'
          : d <= 14
            ? '4-14d'
            : d <= 30
              ? '15-30d'
              : d <= 91
                ? '31-91d'
                : d <= 365
                  ? '3-12m'
                  : d <= 1826
                    ? '1-5y'
                    : '>5y';
    const keys = (['police', 'csg'] as const).flatMap((source) =>
      kept(source, 'registration')
        .filter(inPeriod)
        .map((r) => {
          const end = r.incident_date_to ?? r.incident_date_from;
          return `${year(r.registration_date)}|${source}|${band(end === null ? null : days(String(end), String(r.registration_date)))}`;
        }),
    );
    const expected = tally(keys);
    expect(
      new Map(
        nonEmpty(values('reporting-delay')).map((r) => [`${r.year}|${r.source}|${r.delay_band}`, r.registrations]),
      ),
    ).toEqual(expected);
    expect(new Set([...expected.keys()].map((k) => k.split('|')[2])).size).toBeGreaterThanOrEqual(6);
  });

  it('sentence length: court sentences per incident cohort and type, with mean, median and 80th percentile (interpolated) of the days', () => {
    const incidentOf = new Map(kept('courts', 'registration').map((r) => [r.registration_id, r.incident_date_from]));
    const groups = new Map<string, { sentences: number; lengths: number[] }>();
    for (const e of kept('courts', 'case_event').filter((e) => e.step === 'sentence')) {
      const incident = incidentOf.get(e.registration_id);
      if (
        incident === null ||
        incident === undefined ||
        year(incident) < options.yearFrom ||
        year(incident) > options.yearTo
      )
        continue;
      const key = `${year(incident)}|${e.sentence_type}`;
      const g = groups.get(key) ?? { sentences: 0, lengths: [] };
      g.sentences++;
      if (e.sentence_days !== null) g.lengths.push(Number(e.sentence_days));
      groups.set(key, g);
    }
    const quantile = (sorted: number[], q: number) => {
      const at = q * (sorted.length - 1);
      const below = sorted[Math.floor(at)] as number;
      return below + (at - Math.floor(at)) * ((sorted[Math.ceil(at)] as number) - below);
    };
    const rows = nonEmpty(values('sentence-length'));
    expect(rows.map((r) => `${r.cohort}|${r.sentence_type}`).sort()).toEqual([...groups.keys()].sort());
    for (const r of rows) {
      const g = groups.get(`${r.cohort}|${r.sentence_type}`) as { sentences: number; lengths: number[] };
      const sorted = [...g.lengths].sort((a, b) => a - b);
      expect(r.sentences).toBe(g.sentences);
      expect(r.with_length).toBe(sorted.length);
      if (sorted.length === 0) {
        expect([r.mean_days, r.median_days, r.p80_days]).toEqual([null, null, null]);
        continue;
      }
      expect(r.mean_days).toBeCloseTo(sorted.reduce((a, b) => a + b, 0) / sorted.length, 9);
      expect(r.median_days).toBeCloseTo(quantile(sorted, 0.5), 9);
      expect(r.p80_days).toBeCloseTo(quantile(sorted, 0.8), 9);
    }
    expect(rows.some((r) => r.with_length === 0)).toBe(true); // fines and TBS have no length
    expect(rows.some((r) => Number(r.with_length) >= 5)).toBe(true);
  });

  it('settings distribution: registrations per source, year and setting (unknown included), with the share within source and year', () => {
    const regs = nonEmpty(allRegistrations().filter(inPeriod));
    const expected = tally(regs.map((r) => `${year(r.registration_date)}|${r.source}|${r.setting}`));
    const perSourceYear = tally(regs.map((r) => `${year(r.registration_date)}|${r.source}`));
    const rows = nonEmpty(values('settings-distribution'));
    expect(new Map(rows.map((r) => [`${r.year}|${r.source}|${r.setting}`, r.registrations]))).toEqual(expected);
    for (const r of rows)
      expect(r.share).toBeCloseTo(Number(r.registrations) / (perSourceYear.get(`${r.year}|${r.source}`) as number), 12);
    expect(rows.some((r) => r.setting === 'unknown')).toBe(true);
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
    for (const row of nonEmpty(values('victims-per-year'))) {
      const expected = truth.get(Number(row.year))?.size ?? 0;
      expect(Number(row.registered), String(row.year)).toBeGreaterThanOrEqual(0.97 * expected);
      expect(Number(row.registered), String(row.year)).toBeLessThanOrEqual(1.1 * expected);
    }
  });

  it('the share of girls among victims: within 2 points of the truth', () => {
    const sexOf = new Map(chain.truth.victims.map((v) => [v.true_person_id, v.sex]));
    const ids = trueIdOf();
    const children = new Set(
      allRegistrations()
        .filter((r) => r.victim_person_id !== null && year(r.registration_date) === 2024)
        .map((r) => ids.get(`${r.source}/${r.victim_person_id}`)),
    );
    const girls = [...children].filter((c) => sexOf.get(c as string) === 'F').length / children.size;
    const row = values('victims-by-sex').find((r) => r.year === 2024 && r.sex === 'F');
    expect(Math.abs(Number(row?.share) - girls)).toBeLessThan(0.02);
  });

  it('distinct suspects across sources: within 97–110 % of the true suspects registered that year', () => {
    const ids = trueIdOf();
    for (const row of nonEmpty(values('suspects-per-year').filter((r) => r.source === 'all'))) {
      const truth = new Set(
        allRegistrations()
          .filter((r) => r.suspect_person_id !== null && year(r.registration_date) === row.year)
          .map((r) => ids.get(`${r.source}/${r.suspect_person_id}`)),
      );
      expect(Number(row.suspects), String(row.year)).toBeGreaterThanOrEqual(0.97 * truth.size);
      expect(Number(row.suspects), String(row.year)).toBeLessThanOrEqual(1.1 * truth.size);
    }
  });

  it('the mean and modal age of police-registered victims, from the delivered birth month, exactly', () => {
    const birth = new Map(chain.extracts.police.person.map((p) => [p.person_id, p.birth_year_month]));
    for (const row of nonEmpty(values('victim-age-summary').filter((r) => r.source === 'police'))) {
      const ages = kept('police', 'registration')
        .filter(
          (r) =>
            year(r.registration_date) === row.year &&
            typeof birth.get(r.victim_person_id) === 'string' &&
            r.incident_date_from !== null,
        )
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
