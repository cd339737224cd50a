import {
  homeSettings,
  offenceCategoryOf,
  type OffenceCode,
  offenceDefinitions,
  type SettingCode,
} from '../../src/contract/index.ts';
import type { RawRow, SyntheticChain } from '../../src/synthetic/index.ts';

/** The figures the seeds state, as measured on a generated chain (registered data, as the monitor sees it). */
export type CalibrationFigures = {
  /** distinct police-registered child victims who are girls */
  victimShareFemale: number;
  /** age at incident over police registrations with a known victim date of birth */
  victimMeanAge: number;
  victimModalAge: number;
  /** police registrations in a home (home_victim, home_suspect, home_other) */
  policeHomeShare: number;
  /** distinct police-registered suspects younger than 21 at their first registered incident */
  policeSuspectsUnder21: number;
  /** distinct suspects with an om_inflow who were minors at the incident */
  omSuspectsMinor: number;
  /** police registrations by year of registration */
  policeReportsPerYear: { year: number; count: number }[];
  /** online share (online flag or setting) of police registrations by incident year */
  onlineSharePerYear: { year: number; share: number }[];
  /** online police registrations that are sexual approach or CSAM */
  onlineApproachOrCsamShare: number;
};

const isIsoDate = (v: unknown): v is string =>
  typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(v));

export function ageAt(dob: string, date: string): number {
  const age = Number(date.slice(0, 4)) - Number(dob.slice(0, 4));
  return date.slice(5) < dob.slice(5) ? age - 1 : age;
}

function trueIdsOf(chain: SyntheticChain, source: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const l of chain.truth.personLinks) if (l.source === source) map.set(l.person_id, l.true_person_id);
  return map;
}

function dobsOf(rows: readonly RawRow[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const p of rows)
    if (typeof p.person_id === 'string' && isIsoDate(p.date_of_birth)) map.set(p.person_id, p.date_of_birth);
  return map;
}

const share = (hits: number, n: number) => (n === 0 ? Number.NaN : hits / n);

export function measureCalibration(chain: SyntheticChain): CalibrationFigures {
  const police = chain.extracts.police;
  const policeTrue = trueIdsOf(chain, 'police');
  const policeDob = dobsOf(police.person);
  const sexOf = new Map(chain.truth.victims.map((v) => [v.true_person_id, v.sex]));

  const victims = new Set<string>();
  const ages: number[] = [];
  const suspectAge = new Map<string, { date: string; age: number }>();
  let home = 0;
  let online = 0;
  let onlineApproach = 0;
  const reports = new Map<number, number>();
  const onlineByYear = new Map<number, [number, number]>();
  for (const r of police.registration) {
    if (
      !isIsoDate(r.registration_date) ||
      !isIsoDate(r.incident_date_from) ||
      r.incident_date_from > r.registration_date
    )
      continue;
    const v = typeof r.victim_person_id === 'string' ? policeTrue.get(r.victim_person_id) : undefined;
    if (v) victims.add(v);
    const vDob = typeof r.victim_person_id === 'string' ? policeDob.get(r.victim_person_id) : undefined;
    if (vDob) ages.push(ageAt(vDob, r.incident_date_from));
    const s = typeof r.suspect_person_id === 'string' ? policeTrue.get(r.suspect_person_id) : undefined;
    const sDob = typeof r.suspect_person_id === 'string' ? policeDob.get(r.suspect_person_id) : undefined;
    if (s && sDob) {
      const seen = suspectAge.get(s);
      if (!seen || r.incident_date_from < seen.date)
        suspectAge.set(s, { date: r.incident_date_from, age: ageAt(sDob, r.incident_date_from) });
    }
    if (homeSettings.includes(r.setting as SettingCode)) home++;
    const isOnline = r.online === true || r.setting === 'online';
    if (isOnline) {
      online++;
      const code = r.offence_code as OffenceCode;
      if (code in offenceDefinitions && ['sexual_approach', 'csam'].includes(offenceCategoryOf(code))) onlineApproach++;
    }
    const ry = Number(r.registration_date.slice(0, 4));
    reports.set(ry, (reports.get(ry) ?? 0) + 1);
    const iy = Number(r.incident_date_from.slice(0, 4));
    const cell = onlineByYear.get(iy) ?? [0, 0];
    cell[0] += isOnline ? 1 : 0;
    cell[1] += 1;
    onlineByYear.set(iy, cell);
  }

  const counts = new Map<number, number>();
  for (const a of ages) counts.set(a, (counts.get(a) ?? 0) + 1);
  const modal = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? Number.NaN;

  const om = chain.extracts.om;
  const omTrue = trueIdsOf(chain, 'om');
  const omDob = dobsOf(om.person);
  const omIncidentDate = new Map<string, string>();
  for (const r of om.registration)
    if (typeof r.registration_id === 'string' && isIsoDate(r.incident_date_from))
      omIncidentDate.set(r.registration_id, r.incident_date_from);
  const omMinor = new Map<string, boolean>();
  for (const e of om.case_event) {
    if (e.step !== 'om_inflow' || typeof e.person_id !== 'string' || typeof e.registration_id !== 'string') continue;
    const t = omTrue.get(e.person_id);
    const dob = omDob.get(e.person_id);
    const date = omIncidentDate.get(e.registration_id);
    if (!t || !dob || !date) continue;
    omMinor.set(t, (omMinor.get(t) ?? false) || ageAt(dob, date) < 18);
  }

  const years = [...reports.keys()].sort((a, b) => a - b);
  return {
    victimShareFemale: share([...victims].filter((v) => sexOf.get(v) === 'F').length, victims.size),
    victimMeanAge: ages.reduce((s, a) => s + a, 0) / ages.length,
    victimModalAge: modal,
    policeHomeShare: share(home, police.registration.length),
    policeSuspectsUnder21: share([...suspectAge.values()].filter((s) => s.age < 21).length, suspectAge.size),
    omSuspectsMinor: share([...omMinor.values()].filter(Boolean).length, omMinor.size),
    policeReportsPerYear: years.map((year) => ({ year, count: reports.get(year) ?? 0 })),
    onlineSharePerYear: [...onlineByYear.entries()]
      .sort((a, b) => a[0] - b[0])
      .map(([year, [o, n]]) => ({ year, share: o / n })),
    onlineApproachOrCsamShare: share(onlineApproach, online),
  };
}
