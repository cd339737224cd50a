import { type SourceCode, sources } from '../contract/index.ts';
import { isoOfDay } from './day-number.ts';
import type { TruePerson, TruePopulation } from './simulate-population.ts';
import type { SourceRecord } from './simulate-pathway.ts';
import type { TrueVictim, VictimsInYear } from './synthetic-chain.ts';

/** Every true child victim, and per year how many there were and how many any source registered. */
export function summariseVictims(
  population: TruePopulation,
  records: readonly SourceRecord[],
  years: { from: number; to: number },
): { victims: TrueVictim[]; victimsPerYear: VictimsInYear[]; incidentsPerYear: { year: number; total: number }[] } {
  const span = years.to - years.from + 1;
  // per victim: a bit per source that knows them, a bit per year with an incident, a bit per year registered
  const sourceBits = new Map<TruePerson, number>();
  const registeredYearBits = new Map<TruePerson, number>();
  for (const r of records) {
    if (!r.victimKnown) continue;
    const v = r.incident.victim;
    sourceBits.set(v, (sourceBits.get(v) ?? 0) | (1 << sources.codes.indexOf(r.source)));
    registeredYearBits.set(v, (registeredYearBits.get(v) ?? 0) | (1 << (r.incident.year - years.from)));
  }
  const yearsOf = new Map<TruePerson, number[]>();
  const incidents = new Array<number>(span).fill(0);
  for (const i of population.incidents) {
    incidents[i.year - years.from] = (incidents[i.year - years.from] ?? 0) + 1;
    const list = yearsOf.get(i.victim);
    if (list) list.push(i.year);
    else yearsOf.set(i.victim, [i.year]);
  }
  const total = new Array<number>(span).fill(0);
  const registered = new Array<number>(span).fill(0);
  const victims: TrueVictim[] = population.victims.map((v) => {
    const bits = sourceBits.get(v) ?? 0;
    const incidentYears = yearsOf.get(v) ?? [];
    const registeredBits = registeredYearBits.get(v) ?? 0;
    let seen = 0;
    for (const year of incidentYears) {
      const k = year - years.from;
      if (seen & (1 << k)) continue;
      seen |= 1 << k;
      total[k] = (total[k] ?? 0) + 1;
      if (registeredBits & (1 << k)) registered[k] = (registered[k] ?? 0) + 1;
    }
    const chosen: SourceCode[] = sources.codes.filter((_, k) => (bits & (1 << k)) !== 0);
    return {
      true_person_id: v.id,
      sex: v.sex,
      date_of_birth: isoOfDay(v.birthDay),
      incident_years: incidentYears,
      registered: bits !== 0,
      sources: chosen,
      twin_of: v.relative?.kind === 'twin' ? v.relative.person.id : null,
      sibling_of: v.relative?.kind === 'sibling' ? v.relative.person.id : null,
    };
  });
  return {
    victims,
    victimsPerYear: total.map((t, k) => ({
      year: years.from + k,
      total: t,
      registeredByAnySource: registered[k] ?? 0,
    })),
    incidentsPerYear: incidents.map((n, k) => ({ year: years.from + k, total: n })),
  };
}
