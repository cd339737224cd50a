import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SourceCode, sources } from '../contract/index.ts';
import type { Row, Store } from '../store/index.ts';
import type { RawRow, SyntheticChain } from '../synthetic/index.ts';
import { computeIndicators, type IndicatorValues } from './compute-indicators.ts';
import { openChainStore } from '../../test/support/open-chain-store.ts';

// A chain without faults, delivered and ingested as the partners would, then linked by the truth itself: with linkage
// exact, every indicator over linked children must equal what the ground truth says, to the child.
const options = {
  seed: 11,
  yearFrom: 2018,
  yearTo: 2025,
  scale: 0.05,
  faults: { nameTypo: 0, dobSwap: 0, dobMissing: 0, dobYearOff: 0, duplicateRow: 0, malformedRow: 0 },
};
const period = { from: options.yearFrom, to: options.yearTo };
let dir: string;
let store: Store;
let chain: SyntheticChain;
let values: IndicatorValues;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'zicht-indicators-true-linkage-'));
  ({ store, chain } = await openChainStore(options, dir));
  values = await computeIndicators(store, period);
});
afterAll(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

const rows = (id: string): readonly Row[] => values[id] ?? [];
/** Rows to loop over, asserted non-empty first: an indicator that returns nothing must fail, not pass vacuously. */
const nonEmpty = <T>(list: readonly T[]): readonly T[] => {
  expect(list.length).toBeGreaterThan(0);
  return list;
};
const year = (v: unknown) => Number(String(v).slice(0, 4));
/** Age in whole years on `date`, counted from the first day of the birth month (only the month is delivered). */
const ageAt = (birthYearMonth: string, date: string) =>
  year(date) - year(birthYearMonth) - (Number(date.slice(5, 7)) < Number(birthYearMonth.slice(5, 7)) ? 1 : 0);
const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const count = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);

/** A delivered registration with a victim, with the true child and true incident behind it. */
type TrueRegistration = {
  registration_date: string;
  incident_date_from: string | null;
  child: string;
  incident: string;
};

/** The truth about each child, and each registration as delivered with the true child behind its victim. */
function truth() {
  const trueIdOf = new Map(chain.truth.personLinks.map((l) => [`${l.source}/${l.person_id}`, l.true_person_id]));
  const victim = new Map(chain.truth.victims.map((v) => [v.true_person_id, v]));
  const incidentOf = new Map(
    chain.truth.registrationLinks.map((l) => [`${l.source}/${l.registration_id}`, l.true_incident_id]),
  );
  // What the sources know of a child: a sex other than U, and birth months. The chain has no faults, but an asylum
  // child's birth date may be an estimate (1 January) at some sources and the true date at others; as the indicators
  // do, the child's birth month is the one recorded most often, on a tie the earliest.
  const sexKnown = new Set<string>();
  const birthMonths = new Map<string, Map<string, number>>();
  for (const s of sources.codes) {
    for (const p of chain.extracts[s].person) {
      const id = trueIdOf.get(`${s}/${p.person_id}`) as string;
      if (p.role !== 'victim') continue;
      if (p.sex !== 'U') sexKnown.add(id);
      if (p.birth_year_month !== null) {
        const months = birthMonths.get(id) ?? new Map<string, number>();
        birthMonths.set(id, count(months, String(p.birth_year_month)));
      }
    }
  }
  const recordedBirthMonth = new Map(
    [...birthMonths].map(([id, months]) => {
      const [month] = [...months].sort(([a, n], [b, m]) => m - n || (a < b ? -1 : 1))[0] as [string, number];
      return [id, month] as const;
    }),
  );
  const registrations: TrueRegistration[] = sources.codes.flatMap((s: SourceCode) =>
    chain.extracts[s].registration
      .filter((r) => r.victim_person_id !== null)
      .map((r: RawRow) => ({
        registration_date: String(r.registration_date),
        incident_date_from: r.incident_date_from === null ? null : String(r.incident_date_from),
        child: trueIdOf.get(`${s}/${r.victim_person_id}`) as string,
        incident: incidentOf.get(`${s}/${r.registration_id}`) as string,
      })),
  );
  const birthMonthOf = (child: string): string | null => recordedBirthMonth.get(child) ?? null;
  const sexOf = (child: string): string => (sexKnown.has(child) ? (victim.get(child)?.sex ?? 'missing') : 'U');
  return { trueIdOf, registrations, birthMonthOf, sexOf };
}

describe('with exact linkage, indicators over linked children equal the ground truth', () => {
  it('nothing of the fault-free chain was quarantined, so every delivered row counts', async () => {
    const [row] = await store.all<{ n: number }>('SELECT count(*)::INTEGER AS n FROM quarantine');
    expect(row?.n).toBe(0);
  });

  it('victims by sex: the true sex of each child registered in the year (U only when no source recorded it)', () => {
    const { registrations, sexOf } = truth();
    const expected = new Map<string, number>();
    const children = new Set(registrations.map((r) => `${year(r.registration_date)}|${r.child}`));
    for (const key of children) {
      const [y, child] = key.split('|') as [string, string];
      count(expected, `${y}|${sexOf(child)}`);
    }
    const actual = nonEmpty(rows('victims-by-sex'));
    expect(new Map(actual.map((r) => [`${r.year}|${r.sex}`, r.victims]))).toEqual(expected);
    expect(actual.some((r) => r.sex === 'U')).toBe(true);
    for (const r of actual) {
      const all = actual.filter((o) => o.year === r.year).reduce((n, o) => n + Number(o.victims), 0);
      expect(r.share).toBeCloseTo(Number(r.victims) / all, 12);
    }
  });

  it('suspects by age band (all of police, OM and courts): each suspect at the youngest age of the year, from any source’s birth month', () => {
    const { trueIdOf } = truth();
    // In a chain without faults every source that records a suspect's birth month records the true one.
    const birthOf = new Map<string, string>();
    for (const s of sources.codes) {
      for (const p of chain.extracts[s].person) {
        if (p.role === 'suspect' && p.birth_year_month !== null)
          birthOf.set(trueIdOf.get(`${s}/${p.person_id}`) as string, String(p.birth_year_month));
      }
    }
    const youngest = new Map<string, number | null>();
    for (const s of ['police', 'om', 'courts'] as const) {
      for (const r of chain.extracts[s].registration) {
        if (r.suspect_person_id === null) continue;
        const suspect = trueIdOf.get(`${s}/${r.suspect_person_id}`) as string;
        const key = `${year(r.registration_date)}|${suspect}`;
        const birth = birthOf.get(suspect);
        const age =
          birth === undefined || r.incident_date_from === null ? null : ageAt(birth, String(r.incident_date_from));
        const seen = youngest.get(key);
        youngest.set(key, seen === undefined || seen === null ? age : age === null ? seen : Math.min(seen, age));
      }
    }
    const band = (age: number | null) => (age === null ? 'unknown' : age < 18 ? '<18' : age < 21 ? '18-20' : '>=21');
    const expected = new Map<string, number>();
    for (const [key, age] of youngest) count(expected, `${key.split('|')[0]}|${band(age)}`);
    const actual = rows('suspects-by-age-band').filter((r) => r.source === 'all');
    expect(new Map(actual.map((r) => [`${r.year}|${r.age_band}`, r.suspects]))).toEqual(expected);
    expect([...expected.keys()].some((k) => k.endsWith('|<18'))).toBe(true);
  });

  it('victims by age band: each child at its youngest age at an incident of the year, from the true birth month', () => {
    const { registrations, birthMonthOf } = truth();
    const youngest = new Map<string, number | null>();
    for (const r of registrations) {
      const key = `${year(r.registration_date)}|${r.child}`;
      const birth = birthMonthOf(r.child);
      const age = birth === null || r.incident_date_from === null ? null : ageAt(birth, String(r.incident_date_from));
      const seen = youngest.get(key);
      youngest.set(key, seen === undefined || seen === null ? age : age === null ? seen : Math.min(seen, age));
    }
    const band = (age: number | null) => (age === null ? 'unknown' : age < 12 ? '0-11' : age < 16 ? '12-15' : '16-17');
    const expected = new Map<string, number>();
    for (const [key, age] of youngest) count(expected, `${key.split('|')[0]}|${band(age)}`);
    expect(new Map(rows('victims-by-age-band').map((r) => [`${r.year}|${r.age_band}`, r.victims]))).toEqual(expected);
    expect(expected.get('2024|unknown') ?? 0).toBeGreaterThan(0);
  });

  it('repeat victimisation: children with true incidents on two or more dates, by cohort and age at the first incident', () => {
    const { registrations, birthMonthOf } = truth();
    // The age at the child's first incident with a known date (a registration without one gives no age). Incidents are
    // the true ones, told apart by their start date: the sources share no incident key, so two incidents on one day
    // cannot be told from one incident at two sources (seed 11 has one such child, counted once by definition).
    type Child = { first: string; earliest: string; age: number | null; incidents: Map<string, string> };
    const children = new Map<string, Child>();
    for (const r of registrations.filter(
      (r) => year(r.registration_date) >= period.from && year(r.registration_date) <= period.to,
    )) {
      const registered = String(r.registration_date);
      const when = String(r.incident_date_from ?? r.registration_date);
      const birth = birthMonthOf(r.child);
      const age = birth === null || r.incident_date_from === null ? null : ageAt(birth, String(r.incident_date_from));
      const c = children.get(r.child) ?? {
        first: registered,
        earliest: when,
        age,
        incidents: new Map<string, string>(),
      };
      if (registered < c.first) c.first = registered;
      if (age !== null && (c.age === null || when < c.earliest)) Object.assign(c, { earliest: when, age });
      if (r.incident_date_from !== null) c.incidents.set(r.incident, String(r.incident_date_from));
      children.set(r.child, c);
    }
    const expected = new Map<string, { children: number; repeat: number }>();
    for (const c of children.values()) {
      const key = `${year(c.first)}|${c.age === null ? 'unknown' : c.age < 12 ? '0-11' : '12-17'}`;
      const e = expected.get(key) ?? { children: 0, repeat: 0 };
      e.children++;
      if (new Set(c.incidents.values()).size >= 2) e.repeat++;
      expected.set(key, e);
    }
    const actual = rows('repeat-victimisation');
    expect(
      new Map(actual.map((r) => [`${r.cohort}|${r.age_group}`, { children: r.children, repeat: r.repeat_victims }])),
    ).toEqual(expected);
    expect(actual.reduce((n, r) => n + Number(r.repeat_victims), 0)).toBeGreaterThan(0);
  });

  it('help after a police report: children with a help-service contact on or up to 365 days after their first report of the year', () => {
    const { trueIdOf } = truth();
    const victimOf = new Map<string, string>();
    for (const s of sources.codes) {
      for (const r of chain.extracts[s].registration)
        if (r.victim_person_id !== null)
          victimOf.set(`${s}/${r.registration_id}`, trueIdOf.get(`${s}/${r.victim_person_id}`) as string);
    }
    const firstReport = new Map<string, string>(); // year|child → first report date that year
    for (const e of chain.extracts.police.case_event.filter((e) => e.step === 'report')) {
      const child = victimOf.get(`police/${e.registration_id}`);
      const date = String(e.event_date);
      if (child === undefined || year(date) < period.from || year(date) > period.to) continue;
      const key = `${year(date)}|${child}`;
      if (!firstReport.has(key) || date < (firstReport.get(key) as string)) firstReport.set(key, date);
    }
    const services = ['csg', 'veilig_thuis', 'victim_support'] as const;
    const contacts = new Map<string, { service: string; date: string }[]>();
    for (const s of services) {
      for (const e of chain.extracts[s].case_event.filter((e) => e.step === `${s}_contact`)) {
        const child = victimOf.get(`${s}/${e.registration_id}`);
        if (child !== undefined)
          contacts.set(child, [...(contacts.get(child) ?? []), { service: s, date: String(e.event_date) }]);
      }
    }
    const reported = new Map<number, number>();
    const helped = new Map<string, number>();
    for (const [key, reportedOn] of firstReport) {
      const [y, child] = key.split('|') as [string, string];
      reported.set(Number(y), (reported.get(Number(y)) ?? 0) + 1);
      const within = (contacts.get(child) ?? []).filter(
        (c) => c.date >= reportedOn && c.date <= addDays(reportedOn, 365),
      );
      for (const service of new Set(within.map((c) => c.service))) count(helped, `${y}|${service}`);
      if (within.length > 0) count(helped, `${y}|any`);
    }
    const actual = nonEmpty(rows('help-contact-after-report'));
    expect(actual.length).toBe(4 * reported.size);
    for (const r of actual) {
      expect(r.children_reported, `${r.year}`).toBe(reported.get(Number(r.year)));
      expect(r.with_contact, `${r.year} ${r.service}`).toBe(helped.get(`${r.year}|${r.service}`) ?? 0);
    }
    expect([...helped.values()].reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
  });
});

describe('with exact linkage, the indicators that join police, OM and courts equal the truth, case by true incident', () => {
  const days = (from: string, to: string) =>
    Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
  const inPeriod = (date: string) => year(date) >= period.from && year(date) <= period.to;

  /**
   * Each OM case with the first date of its inflow and decision, and the first complaint and ruling of the police and
   * court registrations of the same true incident (the partners share no case number; the truth does).
   */
  function omCases() {
    const incidentOf = new Map(
      chain.truth.registrationLinks.map((l) => [`${l.source}/${l.registration_id}`, l.true_incident_id]),
    );
    const first = (source: SourceCode, step: string, byIncident: boolean) => {
      const dates = new Map<string, string>();
      for (const e of chain.extracts[source].case_event.filter((e) => e.step === step)) {
        const key = byIncident
          ? (incidentOf.get(`${source}/${e.registration_id}`) as string)
          : String(e.registration_id);
        if (!dates.has(key) || String(e.event_date) < (dates.get(key) as string)) dates.set(key, String(e.event_date));
      }
      return dates;
    };
    const inflow = first('om', 'om_inflow', false);
    const decided = first('om', 'om_decision', false);
    const complaint = first('police', 'complaint', true);
    const ruled = first('courts', 'court_ruling', true);
    return chain.extracts.om.registration
      .filter((r) => r.suspect_person_id !== null && r.incident_date_from !== null)
      .map((r) => {
        const incident = incidentOf.get(`om/${r.registration_id}`) as string;
        const id = String(r.registration_id);
        return {
          inflow: inflow.get(id),
          decided: decided.get(id),
          complaint: complaint.get(incident),
          ruled: ruled.get(incident),
        };
      });
  }
  type Tally = { cases: number; within: number };
  const add = (m: Map<string, Tally>, key: string, within: boolean) => {
    const t = m.get(key) ?? { cases: 0, within: 0 };
    m.set(key, { cases: t.cases + 1, within: t.within + (within ? 1 : 0) });
  };
  const expectRows = (
    actual: readonly Row[],
    keyOf: (r: Row) => string,
    expected: Map<string, Tally>,
    normDays: (r: Row) => number,
  ) => {
    expect(actual.map(keyOf).sort()).toEqual([...expected.keys()].sort());
    for (const r of actual) {
      const e = expected.get(keyOf(r)) as Tally;
      expect([r.cases, r.within_norm, r.norm_days, r.target_share], keyOf(r)).toEqual([
        e.cases,
        e.within,
        normDays(r),
        0.8,
      ]);
      expect(r.share_within_norm).toBeCloseTo(e.within / e.cases, 12);
      expect(r.meets_target).toBe(e.within / e.cases >= 0.8);
    }
  };

  it('norm attainment police: of the OM cases of the year with a complaint, those that reached the OM within 183 days of it', () => {
    const expected = new Map<string, Tally>();
    for (const c of omCases()) {
      if (c.inflow === undefined || c.complaint === undefined || !inPeriod(c.inflow)) continue;
      add(expected, String(year(c.inflow)), days(c.complaint, c.inflow) <= 183);
    }
    const actual = nonEmpty(rows('norm-attainment-police'));
    expectRows(
      actual,
      (r) => String(r.year),
      expected,
      () => 183,
    );
    expect([...expected.values()].some((t) => t.within < t.cases)).toBe(true);
  });

  it('norm attainment OM: decisions within 60 days of inflow and rulings within 183 days, by the year they came', () => {
    const expected = new Map<string, Tally>();
    for (const c of omCases()) {
      if (c.inflow === undefined) continue;
      if (c.decided !== undefined && inPeriod(c.decided))
        add(expected, `${year(c.decided)}|assessment`, days(c.inflow, c.decided) <= 60);
      if (c.ruled !== undefined && inPeriod(c.ruled))
        add(expected, `${year(c.ruled)}|hearing`, days(c.inflow, c.ruled) <= 183);
    }
    const actual = nonEmpty(rows('norm-attainment-om'));
    expectRows(
      actual,
      (r) => `${r.year}|${r.norm}`,
      expected,
      (r) => (r.norm === 'assessment' ? 60 : 183),
    );
    expect([...expected.keys()].some((k) => k.endsWith('|hearing'))).toBe(true);
    expect([...expected.values()].some((t) => t.within > 0 && t.within < t.cases)).toBe(true);
  });

  it('suspects by sex: each true suspect once per year and source (and once over the three), by the sex the sources recorded', () => {
    const trueIdOf = new Map(chain.truth.personLinks.map((l) => [`${l.source}/${l.person_id}`, l.true_person_id]));
    // In a chain without faults a source records a person's true sex or U: the known sexes of one person never disagree.
    const recorded = new Map<string, Set<string>>();
    for (const s of sources.codes) {
      for (const p of chain.extracts[s].person) {
        const id = trueIdOf.get(`${s}/${p.person_id}`) as string;
        if (p.sex !== 'U') recorded.set(id, (recorded.get(id) ?? new Set<string>()).add(String(p.sex)));
      }
    }
    for (const sexes of recorded.values()) expect(sexes.size).toBe(1);
    const sexOf = (id: string) => [...(recorded.get(id) ?? ['U'])][0] as string;
    const seen = new Set<string>();
    for (const s of ['police', 'om', 'courts'] as const) {
      for (const r of chain.extracts[s].registration) {
        if (r.suspect_person_id === null || !inPeriod(String(r.registration_date))) continue;
        const suspect = trueIdOf.get(`${s}/${r.suspect_person_id}`) as string;
        for (const source of [s, 'all']) seen.add(`${year(r.registration_date)}|${source}|${suspect}`);
      }
    }
    const expected = new Map<string, number>();
    for (const key of seen) {
      const [y, source, suspect] = key.split('|') as [string, string, string];
      count(expected, `${y}|${source}|${sexOf(suspect)}`);
    }
    const actual = nonEmpty(rows('suspects-by-sex'));
    expect(new Map(actual.map((r) => [`${r.year}|${r.source}|${r.sex}`, r.suspects]))).toEqual(expected);
    for (const r of actual) {
      const all = actual
        .filter((o) => o.year === r.year && o.source === r.source)
        .reduce((n, o) => n + Number(o.suspects), 0);
      expect(r.share).toBeCloseTo(Number(r.suspects) / all, 12);
    }
    expect(actual.some((r) => r.source === 'all' && r.sex === 'F')).toBe(true);
  });
});
