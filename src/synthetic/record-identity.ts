import type { RoleCode, SourceCode } from '../contract/index.ts';
import type { Rng } from '../random/index.ts';
import type { Spellings } from './asylum-names.ts';
import { createCategorical } from './create-categorical.ts';
import type { Identity, NameForm } from './create-identity.ts';
import { isoOfDay } from './day-number.ts';
import { identityRates, recordingStyle } from './identity-rates.ts';
import type { PersonPhenomenon } from './synthetic-chain.ts';

/** The direct identifiers on one partner's person row, and the hard cases of linkage they carry. */
export type RecordedIdentity = {
  bsn: string | null;
  first_names: string | null;
  surname_prefix: string | null;
  surname: string | null;
  date_of_birth: string | null;
  postcode: string | null;
  phenomena: PersonPhenomenon[];
};

/** What the partner's own recording (source-recording.ts) already decided for this row. */
export type RecordingDraws = {
  bsnMissing: boolean;
  dobMissing: boolean;
  postcodeMissing: boolean;
  allFirstNames: boolean;
};

type ParticleForm = 'column' | 'inside' | 'capitalised' | 'joined' | 'abbreviated';
const particleForms: readonly ParticleForm[] = ['column', 'inside', 'capitalised', 'joined', 'abbreviated'];
const particleForm = new Map(
  Object.entries(recordingStyle).map(([source, style]) => [
    source,
    createCategorical<ParticleForm>(particleForms.map((form, k) => [form, style.particle[k] as number] as const)),
  ]),
);
const doubleForms = ['whole', 'first', 'second'] as const;
const doubleForm = new Map(
  Object.entries(recordingStyle).map(([source, style]) => [
    source,
    createCategorical(doubleForms.map((form, k) => [form, style.doubleSurname[k] as number] as const)),
  ]),
);

const capitalise = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/** A particle written as Dutch records do: apart, inside the surname, capitalised, joined or abbreviated ("v.d."). */
function writeParticle(form: ParticleForm, name: NameForm): NameForm {
  const { surnamePrefix: prefix, surname } = name;
  if (prefix === '' || form === 'column') return name;
  if (form === 'inside') return { surnamePrefix: '', surname: `${prefix} ${surname}` };
  if (form === 'capitalised') return { surnamePrefix: '', surname: `${capitalise(prefix)} ${surname}` };
  if (form === 'joined')
    return { surnamePrefix: '', surname: capitalise(`${prefix.replace(/[\s']/g, '')}${surname.toLowerCase()}`) };
  // only the "van …" particles have a customary abbreviation (v., v.d.)
  if (!prefix.startsWith('van')) return name;
  const short = prefix
    .split(' ')
    .map((w) => `${w.charAt(0)}.`)
    .join('');
  return { surnamePrefix: short, surname };
}

/** One spelling: the registered one with probability `official`, else another one, evenly. */
function spell(rng: Rng, spellings: Spellings, official: number): string {
  if (spellings.length === 1 || rng.bernoulli(official)) return spellings[0];
  return spellings[1 + rng.int(spellings.length - 1)] as string;
}

/**
 * Writes one person's identifiers as one partner would on a given day: call names at help services,
 * particles in many forms, one part of a double surname, an old surname before a change, and an
 * asylum child's spellings, patronyms, estimated birth date and late BSN; anonymous CSG contacts.
 */
export function recordIdentity(
  rng: Rng,
  source: SourceCode,
  role: RoleCode,
  day: number,
  identity: Identity,
  birthDay: number,
  draws: RecordingDraws,
): RecordedIdentity {
  const style = recordingStyle[source];
  const phenomena: PersonPhenomenon[] = [];
  if (identity.twinOf) phenomena.push('twin');
  if (identity.siblingOf) phenomena.push('sibling');
  if (identity.asylum) phenomena.push('asylum');
  if (identity.doubleSurname) phenomena.push('double_surname');
  if (identity.previousSurname) phenomena.push('changed_surname');

  if (source === 'csg' && role === 'victim' && rng.bernoulli(identityRates.anonymousCsg)) {
    const first = identity.asylum
      ? spell(rng, identity.asylum.firstName, style.officialSpelling)
      : (identity.callName ?? (identity.firstNames.split(' ')[0] as string));
    phenomena.push('anonymous_contact', 'no_bsn', 'dob_missing');
    return {
      bsn: null,
      first_names: first,
      surname_prefix: null,
      surname: null,
      date_of_birth: null,
      postcode: null,
      phenomena,
    };
  }

  let firstNames: string;
  let name: NameForm;
  let dob = draws.dobMissing ? null : isoOfDay(birthDay);
  let bsn = draws.bsnMissing ? null : identity.bsn;
  const a = identity.asylum;
  if (a) {
    firstNames = spell(rng, a.firstName, style.officialSpelling);
    const official = a.surnames[0] as Spellings;
    const other = a.surnames[1] ?? official;
    const surnameSpellings = rng.bernoulli(style.officialSurname) ? official : other;
    if (surnameSpellings !== official) phenomena.push('patronym_surname');
    const surname = spell(rng, surnameSpellings, style.officialSpelling);
    name = { surnamePrefix: '', surname };
    if (firstNames !== a.firstName[0] || surname !== surnameSpellings[0]) phenomena.push('transliteration');
    if (day < a.bsnFromDay || rng.bernoulli(identityRates.asylumBsnNotFound)) bsn = null;
    if (dob !== null && a.estimatedBirthDay !== null && rng.bernoulli(style.officialBirthDate)) {
      dob = isoOfDay(a.estimatedBirthDay);
      phenomena.push('estimated_birth_date');
    }
  } else {
    const useCallName = identity.callName !== null && rng.bernoulli(style.callName);
    if (useCallName) phenomena.push('call_name');
    firstNames = useCallName
      ? (identity.callName as string)
      : draws.allFirstNames
        ? identity.firstNames
        : (identity.firstNames.split(' ')[0] as string);
    name = { surnamePrefix: identity.surnamePrefix, surname: identity.surname };
    if (identity.previousSurname && day < identity.previousSurname.untilDay) name = identity.previousSurname;
    else if (identity.doubleSurname) {
      const form = doubleForm.get(source)?.(rng) ?? 'first';
      const mother = identity.doubleSurname;
      if (form === 'second') name = mother;
      else if (form === 'whole') {
        const tail = `${mother.surnamePrefix ? `${mother.surnamePrefix} ` : ''}${mother.surname}`;
        name = { surnamePrefix: name.surnamePrefix, surname: `${name.surname}-${tail}` };
      }
    }
    const written = writeParticle(particleForm.get(source)?.(rng) ?? 'column', name);
    if (written !== name) phenomena.push('particle_variant');
    name = written;
  }
  if (bsn === null) phenomena.push('no_bsn');
  if (dob === null) phenomena.push('dob_missing');
  return {
    bsn,
    first_names: firstNames,
    surname_prefix: name.surnamePrefix,
    surname: name.surname,
    date_of_birth: dob,
    postcode: draws.postcodeMissing ? null : identity.postcode,
    phenomena,
  };
}
