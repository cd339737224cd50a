import type { RelationshipCode } from '../contract/index.ts';
import type { Rng } from '../random/index.ts';
import { ageOnDay } from './day-number.ts';
import { familyRates } from './identity-rates.ts';

/** A brother or sister abused by the same suspect: who they are, before they become a TruePerson. */
export type CoVictim = { kind: 'twin' | 'sibling'; sex: 'F' | 'M'; birthDay: number; visibility: number };

const familyRelationships: readonly RelationshipCode[] = ['parent', 'other_family'];

/**
 * Whether a new child victim's twin or sibling is abused by the same suspect too, and if so who.
 * In a family the suspect often abuses more than one child; outside it (a coach, a neighbour) less
 * often. Online incidents reach one child. Siblings share the family's visibility to the sources
 * in part (correlation 0.8), so one child's report often brings the other's.
 */
export function drawCoVictim(
  rng: Rng,
  child: { sex: 'F' | 'M'; birthDay: number; visibility: number },
  incident: { fromDay: number; online: boolean; relationship: RelationshipCode },
): CoVictim | null {
  if (incident.online) return null;
  const family = familyRelationships.includes(incident.relationship) ? 'family' : 'other';
  const isTwin = rng.bernoulli(familyRates.twin);
  const visibility = 0.8 * child.visibility + 0.6 * 1.1 * rng.normal();
  if (isTwin) {
    if (!rng.bernoulli(familyRates.twinAlsoVictim[family])) return null;
    const sameSex = rng.bernoulli(familyRates.twinSameSex);
    const sex = sameSex ? child.sex : child.sex === 'F' ? 'M' : 'F';
    return { kind: 'twin', sex, birthDay: child.birthDay, visibility };
  }
  if (!rng.bernoulli(familyRates.siblingAlsoVictim[family])) return null;
  const [low, high] = familyRates.siblingGapYears;
  const gapDays = Math.floor((low + rng.next() * (high - low + 1)) * 365.25);
  const sex = rng.bernoulli(0.75) ? 'F' : 'M';
  for (const sign of rng.bernoulli(0.5) ? [1, -1] : [-1, 1]) {
    const birthDay = child.birthDay + sign * gapDays;
    const age = ageOnDay(birthDay, incident.fromDay);
    if (age >= 0 && age < 18) return { kind: 'sibling', sex, birthDay, visibility };
  }
  return null;
}
