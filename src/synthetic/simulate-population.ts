import {
  type OffenceCategoryCode,
  type OffenceCode,
  type RegionCode,
  type RelationshipCode,
  regimeOnDate,
  type SettingCode,
} from '../contract/index.ts';
import { characteriseIncident } from './characterise-incident.ts';
import { createCategorical } from './create-categorical.ts';
import type { Rng } from '../random/index.ts';
import { ageOnDay, dayOf, isoOfDay } from './day-number.ts';
import { drawCoVictim } from './draw-co-victim.ts';
import { offenceCodeOf } from './offence-code-of.ts';

export type TruePerson = {
  index: number;
  id: string;
  sex: 'F' | 'M';
  birthDay: number;
  /** latent visibility of a child to all sources (logit scale); 0 for suspects */
  visibility: number;
  /** people of one family (surname, postcode) share this number; everyone else has their own */
  family: number;
  /** a twin or sibling who is a victim of the same suspect (set on both children), or null */
  relative: { kind: 'twin' | 'sibling'; person: TruePerson } | null;
};

export type TrueIncident = {
  index: number;
  id: string;
  year: number;
  fromDay: number;
  /** last day of a period of repeated abuse; equals fromDay for a single event */
  toDay: number;
  victim: TruePerson;
  suspect: TruePerson;
  victimAge: number;
  suspectAge: number;
  online: boolean;
  setting: SettingCode;
  relationship: RelationshipCode;
  category: OffenceCategoryCode;
  offence: OffenceCode;
  region: RegionCode;
};

export type TruePopulation = { incidents: TrueIncident[]; victims: TruePerson[]; suspects: TruePerson[] };

/** True incidents in 2018 at scale 1, and their yearly growth. */
export const incidentsIn2018 = 20_000;
export const yearlyGrowth = 0.05;

/** Age of a new child victim at the incident; tuned so registered victims average ≈ 12 with mode 15. */
const victimAge = createCategorical<number>(
  [0.7, 1.1, 1.7, 2.4, 3.0, 3.3, 3.6, 3.8, 4.0, 4.2, 4.4, 4.9, 5.8, 7.4, 9.0, 10.6, 9.0, 7.4].map(
    (w, age) => [age, w] as const,
  ),
);

const repeatVictimShare = 0.1;
const sameSuspectOnRepeat = 0.5;
const repeatSuspectShare = 0.1;

/**
 * Children, suspects and incidents year by year; incidents are in date order. `familyRng` decides
 * which new victims have a twin or sibling abused by the same suspect; that child's incident takes
 * the next incident of the year (same day), so the yearly counts stay as they were.
 */
export function simulatePopulation(
  rng: Rng,
  years: { from: number; to: number },
  scale: number,
  familyRng: Rng,
): TruePopulation {
  const incidents: TrueIncident[] = [];
  const victims: TruePerson[] = [];
  const suspects: TruePerson[] = [];
  const lastSuspectOf = new Map<TruePerson, TruePerson>();
  let personCount = 0;
  const newPerson = (sex: 'F' | 'M', birthDay: number, visibility: number, family?: number): TruePerson => {
    personCount++;
    const id = `TP${String(personCount).padStart(8, '0')}`;
    return { index: personCount, id, sex, birthDay, visibility, family: family ?? personCount, relative: null };
  };
  const birthDayFor = (age: number, onDay: number) => onDay - Math.floor((age + rng.next()) * 365.25);

  for (let year = years.from; year <= years.to; year++) {
    const expected = incidentsIn2018 * scale * (1 + yearlyGrowth) ** (year - 2018);
    const count = Math.floor(expected) + (rng.bernoulli(expected % 1) ? 1 : 0);
    const first = dayOf(year, 1, 1);
    const length = dayOf(year + 1, 1, 1) - first;
    const days = Array.from({ length: count }, () => first + rng.int(length)).sort((a, b) => a - b);
    const onlineShare = Math.min(0.6, 0.17 + 0.03 * (year - 2018));
    const recentVictims = Math.max(1, Math.round(expected * 2));
    const recentSuspects = Math.max(1, Math.round(expected * 3));

    for (let slot = 0; slot < days.length; slot++) {
      const fromDay = days[slot] as number;
      let victim: TruePerson | undefined;
      let isNew = false;
      if (victims.length > 0 && rng.bernoulli(repeatVictimShare)) {
        const candidate = victims[victims.length - 1 - rng.int(Math.min(victims.length, recentVictims))];
        if (candidate && ageOnDay(candidate.birthDay, fromDay) < 18) victim = candidate;
      }
      if (!victim) {
        const sex = rng.bernoulli(0.75) ? 'F' : 'M';
        victim = newPerson(sex, birthDayFor(victimAge(rng), fromDay), 1.1 * rng.normal());
        victims.push(victim);
        isNew = true;
      }
      const vAge = ageOnDay(victim.birthDay, fromDay);

      let suspect: TruePerson | undefined;
      const previous = lastSuspectOf.get(victim);
      if (previous && rng.bernoulli(sameSuspectOnRepeat)) suspect = previous;
      else if (suspects.length > 0 && rng.bernoulli(repeatSuspectShare)) {
        suspect = suspects[suspects.length - 1 - rng.int(Math.min(suspects.length, recentSuspects))];
      }
      if (!suspect || ageOnDay(suspect.birthDay, fromDay) < 12) {
        const young = rng.bernoulli(vAge >= 12 ? 0.49 : 0.21);
        const age = young
          ? vAge >= 12
            ? Math.max(12, Math.min(20, vAge - 1 + rng.int(6)))
            : 12 + rng.int(9)
          : Math.min(85, 21 + Math.floor(rng.lognormal(16, 0.55)));
        suspect = newPerson(rng.bernoulli(0.96) ? 'M' : 'F', birthDayFor(age, fromDay), 0);
        suspects.push(suspect);
      }
      lastSuspectOf.set(victim, suspect);
      const sAge = ageOnDay(suspect.birthDay, fromDay);

      const online = rng.bernoulli(vAge >= 12 ? onlineShare * 1.25 : onlineShare * 0.6);
      const character = characteriseIncident(rng, vAge, sAge, online);
      const ongoing =
        !online &&
        (character.relationship === 'parent' || character.relationship === 'other_family') &&
        rng.bernoulli(0.4);
      const toDay = ongoing ? fromDay + Math.round(rng.lognormal(120, 1)) : fromDay;
      const index = incidents.length + 1;
      const incident: TrueIncident = {
        index,
        id: `TI${String(index).padStart(8, '0')}`,
        year,
        fromDay,
        toDay,
        victim,
        suspect,
        victimAge: vAge,
        suspectAge: sAge,
        online,
        ...character,
        offence: offenceCodeOf(rng, character.category, regimeOnDate(isoOfDay(fromDay)), vAge),
      };
      incidents.push(incident);
      const coVictim = isNew && slot + 1 < days.length ? drawCoVictim(familyRng, victim, incident) : null;
      if (coVictim) {
        // the same suspect, the same place and kind of abuse, on the same day: it takes the next slot
        slot++;
        const sibling = newPerson(coVictim.sex, coVictim.birthDay, coVictim.visibility, victim.family);
        sibling.relative = { kind: coVictim.kind, person: victim };
        victim.relative = { kind: coVictim.kind, person: sibling };
        victims.push(sibling);
        lastSuspectOf.set(sibling, suspect);
        const age = ageOnDay(sibling.birthDay, fromDay);
        const next = incidents.length + 1;
        incidents.push({
          ...incident,
          index: next,
          id: `TI${String(next).padStart(8, '0')}`,
          victim: sibling,
          victimAge: age,
          offence: offenceCodeOf(familyRng, character.category, regimeOnDate(isoOfDay(fromDay)), age),
        });
      }
    }
  }
  return { incidents, victims, suspects };
}
