import type { Rng } from '../random/index.ts';
import { type AsylumOrigin, asylumNames, type Spellings } from './asylum-names.ts';
import { createCategorical } from './create-categorical.ts';
import { dayOf, yearOfDay } from './day-number.ts';
import { dutchNames } from './dutch-names.ts';
import { drawDutchSurname, drawGivenName } from './name-pools.ts';
import { identityRates } from './identity-rates.ts';

/** A surname with its particle (tussenvoegsel) apart, as the BRP keeps it. */
export type NameForm = { surnamePrefix: string; surname: string };

/** What makes an asylum child's identifiers unstable between partners. */
export type AsylumIdentity = {
  origin: AsylumOrigin;
  /** spellings of the given name, the registered one first */
  firstName: Spellings;
  /** the names partners take as surname, the registered one first (a family name, the father's or the grandfather's name), each with its spellings */
  surnames: readonly Spellings[];
  /** the day the BSN was issued; before it no partner can record one */
  bsnFromDay: number;
  /** the official birth date when the true one was unknown: 1 January of the true year or one off; else null */
  estimatedBirthDay: number | null;
};

/** The direct identifiers a person has (all invented); how a partner writes them is `recordIdentity`'s business. */
export type Identity = {
  bsn: string;
  /** official first names, space-separated */
  firstNames: string;
  /** the name the person goes by when it is not the first official name (roepnaam), else null */
  callName: string | null;
  surnamePrefix: string;
  surname: string;
  /** the mother's surname, when the child is known under a double surname (Jansen-de Vries); else null */
  doubleSurname: NameForm | null;
  /** the surname before a change (recognition, adoption), in use until `untilDay`; else null */
  previousSurname: (NameForm & { untilDay: number }) | null;
  postcode: string;
  /** people of one family share it (and surname, postcode) */
  familyId: string;
  /** the true person id of a twin who is a victim too */
  twinOf: string | null;
  /** the true person id of a (non-twin) brother or sister who is a victim too */
  siblingOf: string | null;
  asylum: AsylumIdentity | null;
};

/** Who needs an identity: the person's true facts the identity must agree with. */
export type IdentitySubject = {
  sex: 'F' | 'M';
  family: number;
  /** children get the child-only cases: asylum, double and changed surnames */
  child: boolean;
  birthDay: number;
  /** the day of the person's first incident */
  firstDay: number;
  relative: { kind: 'twin' | 'sibling'; id: string } | null;
};

/** The 11-proef of the BSN: 9·d1 + 8·d2 + … + 2·d8 − 1·d9 is a multiple of 11. */
export function passesElfProef(bsn: string): boolean {
  if (!/^\d{9}$/.test(bsn)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(bsn[i]) * (9 - i);
  sum -= Number(bsn[8]);
  return sum % 11 === 0;
}

const postcodeLetters = [...'ABCDEFGHJKLMNPRSTVWXZ'];
const forbiddenLetterPairs = new Set(['SA', 'SD', 'SS']);
const asylumOrigin = createCategorical<AsylumOrigin>(identityRates.asylumOrigin);

type Family = {
  name: NameForm;
  mother: NameForm;
  postcode: string;
  double: boolean;
  asylum: { origin: AsylumOrigin; surnames: Spellings[]; bsnFromDay: number | null } | null;
  /** first names given in the family: brothers and sisters never share one */
  given: Set<string>;
};

/** Hands out invented identities; BSNs are unique within one simulation, families share surname and postcode. */
export function createIdentityFactory(rng: Rng): (subject: IdentitySubject) => Identity {
  const usedBsn = new Set<number>();
  const families = new Map<number, Family>();
  const nextBsn = (): string => {
    for (;;) {
      const head = 10_000_000 + rng.int(90_000_000);
      let sum = 0;
      let rest = head;
      for (let weight = 2; weight <= 9; weight++) {
        sum += (rest % 10) * weight;
        rest = Math.floor(rest / 10);
      }
      const check = sum % 11;
      if (check === 10) continue;
      const bsn = head * 10 + check;
      if (usedBsn.has(bsn)) continue;
      usedBsn.add(bsn);
      return String(bsn);
    }
  };
  const nextPostcode = (): string => {
    for (;;) {
      const letters = rng.pick(postcodeLetters) + rng.pick(postcodeLetters);
      if (!forbiddenLetterPairs.has(letters)) return `${1000 + rng.int(9000)} ${letters}`;
    }
  };
  const dutchSurname = (): NameForm => {
    const [surnamePrefix, surname] = drawDutchSurname(rng);
    return { surnamePrefix, surname };
  };
  const newFamily = (child: boolean): Family => {
    const postcode = nextPostcode();
    if (child && rng.bernoulli(identityRates.asylum)) {
      const origin = asylumOrigin(rng);
      const names = asylumNames[origin];
      const father = rng.pick(names.men);
      const grandfather = rng.pick(names.men.filter((n) => n !== father));
      // Eritrean surnames are the father's and grandfather's names; Afghan and Syrian children have a
      // family name, and some partners write the father's name instead
      const surnames = names.families.length > 0 ? [rng.pick(names.families), father] : [father, grandfather];
      const name = { surnamePrefix: '', surname: surnames[0]?.[0] as string };
      return {
        name,
        mother: name,
        postcode,
        double: false,
        asylum: { origin, surnames, bsnFromDay: null },
        given: new Set(),
      };
    }
    const name = dutchSurname();
    let mother = dutchSurname();
    while (mother.surname === name.surname) mother = dutchSurname();
    const double = child && rng.bernoulli(identityRates.doubleSurname);
    return { name, mother, postcode, double, asylum: null, given: new Set() };
  };
  const givenNames = (sex: 'F' | 'M', family: Family): { firstNames: string; callName: string | null } => {
    const traditional = Object.entries(sex === 'F' ? dutchNames.callNames.girls : dutchNames.callNames.boys);
    const count = rng.bernoulli(0.45) ? 1 : rng.bernoulli(0.8) ? 2 : 3;
    const names: string[] = [];
    let callName: string | null = null;
    if (rng.bernoulli(identityRates.callName)) {
      const [official, calls] = rng.pick(traditional);
      if (!family.given.has(official)) {
        names.push(official);
        callName = rng.pick(calls);
      }
    }
    while (names.length < count) {
      const name = drawGivenName(rng, sex);
      if (names.length === 0 && family.given.has(name)) continue;
      if (!names.includes(name)) names.push(name);
    }
    family.given.add(names[0] as string);
    return { firstNames: names.join(' '), callName };
  };
  return (subject) => {
    let family = families.get(subject.family);
    if (!family) {
      family = newFamily(subject.child);
      families.set(subject.family, family);
    }
    const familyId = `TF${String(subject.family).padStart(8, '0')}`;
    const twinOf = subject.relative?.kind === 'twin' ? subject.relative.id : null;
    const siblingOf = subject.relative?.kind === 'sibling' ? subject.relative.id : null;
    const bsn = nextBsn();
    if (family.asylum) {
      const a = family.asylum;
      const list = asylumNames[a.origin];
      let firstName = rng.pick(subject.sex === 'F' ? list.girls : list.boys);
      while (family.given.has(firstName[0])) firstName = rng.pick(subject.sex === 'F' ? list.girls : list.boys);
      family.given.add(firstName[0]);
      // brothers and sisters came together: the family's BSNs come on one day
      a.bsnFromDay ??= rng.bernoulli(identityRates.asylumBsnLater)
        ? subject.firstDay + Math.round(rng.lognormal(identityRates.asylumBsnDelayMedianDays, 0.7))
        : Number.NEGATIVE_INFINITY;
      let estimatedBirthDay: number | null = null;
      if (rng.bernoulli(identityRates.asylumEstimatedBirth[a.origin])) {
        const off = rng.bernoulli(identityRates.asylumEstimateYearOff) ? (rng.bernoulli(0.5) ? 1 : -1) : 0;
        estimatedBirthDay = dayOf(yearOfDay(subject.birthDay) + off, 1, 1);
      }
      return {
        bsn,
        firstNames: firstName[0],
        callName: null,
        ...family.name,
        doubleSurname: null,
        previousSurname: null,
        postcode: family.postcode,
        familyId,
        twinOf,
        siblingOf,
        asylum: { origin: a.origin, firstName, surnames: a.surnames, bsnFromDay: a.bsnFromDay, estimatedBirthDay },
      };
    }
    const { firstNames, callName } = givenNames(subject.sex, family);
    const changed = subject.child && rng.bernoulli(identityRates.changedSurname);
    return {
      bsn,
      firstNames,
      callName,
      ...family.name,
      doubleSurname: family.double ? family.mother : null,
      previousSurname: changed
        ? { ...family.mother, untilDay: subject.firstDay + rng.int(identityRates.changedSurnameWithinDays) }
        : null,
      postcode: family.postcode,
      familyId,
      twinOf,
      siblingOf,
      asylum: null,
    };
  };
}
