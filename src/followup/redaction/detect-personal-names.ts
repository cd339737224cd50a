import { nationalDigits, phoneFindings } from './detect-phone-numbers.ts';
import { dutchGivenNames } from './dutch-given-names.ts';
import {
  departmentCodes,
  greetingPattern,
  honorificPattern,
  initialsPattern,
  isNoPersonName,
  organisationalMailboxes,
  particlePattern,
  politicalParties,
  publicOfficeTitles,
  surnamePattern,
} from './redaction-lexicon.ts';

/** Someone whose name the detector knows: a user account or a contact of the nota. */
export type KnownPerson = {
  readonly name: string;
  readonly role?: string | undefined;
  readonly phone?: string | undefined;
  readonly email?: string | undefined;
};

/** A span of text that names or reaches a person; `ground` null: the officer should judge it. */
export type PersonalDataFinding = {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly ground: '5.1.2e' | null;
  readonly reason: string;
};

type Rule = { readonly pattern: RegExp; readonly reason: string; readonly check?: (m: RegExpExecArray) => boolean };

/** Makes the ASCII letters of a pattern match either case, leaving escapes alone (JS has no (?i:…)). */
export function caseless(pattern: string): string {
  return pattern.replace(/\\.|[a-z]/g, (c) => (c.length === 1 ? `[${c}${c.toUpperCase()}]` : c));
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const before = '(?<![\\p{L}\\p{N}]|\\p{L}-)';
const after = '(?![\\p{L}\\p{N}]|-\\p{L})';
const P = caseless(particlePattern);
const S = surnamePattern;
const I = initialsPattern;
const hasUpper = (s: string) => /\p{Lu}/u.test(s);
const particleWord = new RegExp(`^${particlePattern}$`, 'iu');

/** Splits a full name into given names and surname (with its particles): "Joris Fictief-de Wit". */
export function splitName(name: string): { given: string[]; surname: string } {
  const tokens = name.trim().split(/\s+/);
  if (tokens.length < 2) return { given: [], surname: tokens[0] ?? '' };
  let start = tokens.findIndex((t, i) => i > 0 && (particleWord.test(t) || /-(?:de|van|der|den|ter|ten)$/i.test(t)));
  if (start < 0) start = tokens.length - 1;
  return { given: tokens.slice(0, start), surname: tokens.slice(start).join(' ') };
}

/** The forms a surname is written in alone: whole, each part of a double name, the core after particles. */
function surnameForms(surname: string): string[] {
  const forms = new Set([surname]);
  for (const part of surname.split('-')) {
    forms.add(part.trim());
    const core = part.replace(new RegExp(`^(?:${particlePattern}\\s+)+`, 'iu'), '').trim();
    if (core.length >= 4) forms.add(core);
  }
  return [...forms].filter((f) => f.length >= 3 && /\p{Ll}/u.test(f) && !isNoPersonName(f));
}

const wordsPattern = (text: string) => text.trim().split(/\s+/).map(escapeRegExp).join('\\s+');

/** The rules that find one known person's name, partly or whole, in any case. */
function knownPersonRules(person: KnownPerson): Rule[] {
  const { given, surname } = splitName(person.name);
  const label = person.role ? `${person.name}, ${person.role}` : person.name;
  const forms = surnameForms(surname);
  const rules: Rule[] = [
    { pattern: new RegExp(`${before}${wordsPattern(person.name)}${after}`, 'giu'), reason: `naam van ${label}` },
  ];
  const first = given[0];
  for (const form of forms) {
    if (first) {
      const full = `${before}${escapeRegExp(first)}\\s+${wordsPattern(form)}${after}`;
      rules.push({ pattern: new RegExp(full, 'giu'), reason: `naam van ${label}` });
    }
    const initialled = `(?<![\\p{L}\\p{N}.])${I}\\s*${wordsPattern(form)}${after}`;
    rules.push({ pattern: new RegExp(initialled, 'gu'), reason: `initialen en achternaam van ${label}` });
    rules.push({
      pattern: new RegExp(`${before}${wordsPattern(form)}${after}`, 'giu'),
      reason: `achternaam van ${label}`,
      check: (m) => hasUpper(m[0]),
    });
  }
  if (first && first.length >= 3 && /\p{Ll}/u.test(first) && !isNoPersonName(first)) {
    rules.push({
      pattern: new RegExp(`${before}${escapeRegExp(first)}${after}`, 'giu'),
      reason: `voornaam van ${label}`,
      check: (m) => hasUpper(m[0]),
    });
  }
  if (person.email) {
    rules.push({ pattern: new RegExp(escapeRegExp(person.email), 'gi'), reason: `e-mailadres van ${label}` });
  }
  return rules;
}

const runRules = (text: string, rules: readonly Rule[], ground: '5.1.2e' | null): PersonalDataFinding[] =>
  rules.flatMap((rule) =>
    [...text.matchAll(rule.pattern)]
      .filter((m) => !rule.check || rule.check(m))
      .map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0], ground, reason: rule.reason })),
  );

export type NameDetectorContext = {
  readonly people: readonly KnownPerson[];
  /** Names of public office holders (the letter's signatories): never redacted. */
  readonly publicNames: readonly string[];
};

/**
 * A detector of civil servants' personal data in one text: known people's names (whole, first name,
 * surname, initials + surname, any case), e-mail addresses and phone numbers of persons, and names of
 * people nobody listed (see `unknownNameFindings`). Organisations, public office holders, helplines
 * and case numbers are left alone; a phone number it cannot place is returned with ground null.
 */
export function personalDataDetector(context: NameDetectorContext): (text: string) => PersonalDataFinding[] {
  const rules = context.people.filter((p) => !isPublicOfficeHolder(p)).flatMap(knownPersonRules);
  const knownPhones = new Map(
    context.people.flatMap((p) =>
      p.phone ? [[nationalDigits(p.phone), p.role ? `${p.name}, ${p.role}` : p.name] as const] : [],
    ),
  );
  const publicSurnames = new Set(
    context.publicNames.map((n) => (n.trim().split(/\s+/).pop() ?? '').toLocaleLowerCase('nl')).filter(Boolean),
  );
  return (text) => {
    const names = resolveOverlaps([
      ...runRules(text, rules, '5.1.2e'),
      ...unknownNameFindings(text, publicSurnames),
      ...emailFindings(text),
    ]);
    return resolveOverlaps([...names, ...phoneFindings(text, names, knownPhones)]).sort((a, b) => a.start - b.start);
  };
}

const isPublicOfficeHolder = (p: KnownPerson) => /^(?:minister|staatssecretaris|bewindspersoon)\b/i.test(p.role ?? '');

/** Keeps the longest of overlapping findings (a full name over its surname); earlier rules win ties. */
function resolveOverlaps(findings: readonly PersonalDataFinding[]): PersonalDataFinding[] {
  const ordered = findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => b.f.end - b.f.start - (a.f.end - a.f.start) || a.i - b.i);
  const kept: PersonalDataFinding[] = [];
  for (const { f } of ordered) {
    if (kept.every((k) => f.end <= k.start || f.start >= k.end)) kept.push(f);
  }
  return kept;
}

/** Unknown people: address + name, initials + surname, given name + surname, name (DEPT), signatures. */
function unknownNameFindings(text: string, publicSurnames: ReadonlySet<string>): PersonalDataFinding[] {
  const G = '\\p{Lu}\\p{Ll}+';
  const name = `(?:${I}\\s*)?(?:${G}\\s+)?(?:${P}\\s+)?${S}`;
  const dept = '([\\p{L}&]+)(?:\\s*[/-]\\s*[\\p{L}&]+)*';
  const rules: Rule[] = [
    {
      pattern: new RegExp(`(?<![\\p{L}])${caseless(honorificPattern)}\\s+(${name})${after}`, 'gu'),
      reason: 'mogelijke naam van een persoon (aanspreekvorm)',
    },
    {
      pattern: new RegExp(`(?<![\\p{L}\\p{N}.])(${I}\\s*(?:${P}\\s+)?${S})${after}`, 'gu'),
      reason: 'mogelijke naam van een persoon (initialen en achternaam)',
    },
    {
      pattern: new RegExp(`${before}((${G})\\s+(?:(${G})\\s+)?(?:${P}\\s+)?${S})${after}`, 'gu'),
      reason: 'mogelijke naam van een persoon (voornaam en achternaam)',
      check: (m) =>
        dutchGivenNames.has((m[2] ?? '').toLocaleLowerCase('nl')) &&
        (m[3] === undefined || dutchGivenNames.has(m[3].toLocaleLowerCase('nl'))),
    },
    {
      pattern: new RegExp(`${before}(${name})\\s*\\(\\s*${dept}\\s*\\)`, 'gu'),
      reason: 'mogelijke naam van een ambtenaar (naam met afkorting van een departement)',
      check: (m) => departmentCodes.has((m[2] ?? '').toLowerCase()),
    },
    {
      pattern: new RegExp(`\\(\\s*(${name})\\s*,\\s*${dept}\\s*\\)`, 'gu'),
      reason: 'mogelijke naam van een ambtenaar (naam met afkorting van een departement)',
      check: (m) => departmentCodes.has((m[2] ?? '').toLowerCase()),
    },
    {
      pattern: new RegExp(`(?<![\\p{L}])${caseless(greetingPattern)}[,:]?\\s+(${name})${after}`, 'gu'),
      reason: 'mogelijke naam van een persoon (ondertekening)',
    },
    {
      pattern: new RegExp(`(?<=[\\p{Ll},;:]\\s+)(${G})${after}(?!\\s+\\p{Lu})`, 'gu'),
      reason: 'mogelijke voornaam van een persoon',
      check: (m) => dutchGivenNames.has((m[1] ?? '').toLocaleLowerCase('nl')),
    },
  ];
  return rules.flatMap((rule) =>
    [...text.matchAll(rule.pattern)]
      .filter((m) => !rule.check || rule.check(m))
      .flatMap((m): PersonalDataFinding[] => {
        const found = m[1] ?? m[0];
        const start = m.index + m[0].indexOf(found);
        const end = start + found.length;
        if (!isPersonLike(found, publicSurnames) || afterPublicOffice(text, start) || beforeParty(text, end)) return [];
        return [{ start, end, text: found, ground: '5.1.2e', reason: rule.reason }];
      }),
  );
}

/** A found name is no person's when it is an organisation's, a heading word's or a public office holder's. */
function isPersonLike(found: string, publicSurnames: ReadonlySet<string>): boolean {
  const words = found.replace(new RegExp(I, 'gu'), ' ').trim();
  if (!words || isNoPersonName(words)) return false;
  const last = (found.trim().split(/\s+/).pop() ?? '').toLocaleLowerCase('nl');
  if (publicSurnames.has(last)) return false;
  return !words.split(/\s+/).some((w) => publicOfficeTitles.has(w.toLocaleLowerCase('nl')));
}

/** "Minister voor Rechtsbescherming F.M. Weerwind", "het lid Synhaeve": a public office holder's name. */
function afterPublicOffice(text: string, start: number): boolean {
  const tokens = text
    .slice(Math.max(0, start - 90), start)
    .split(/[\s(]+/)
    .filter(Boolean)
    .reverse();
  for (const token of tokens.slice(0, 8)) {
    const word = token.replace(/[,:]$/, '').toLocaleLowerCase('nl');
    if (publicOfficeTitles.has(word)) return true;
    if (/^\p{Lu}/u.test(token) || /^(?:van|voor|en|der|de|het|&)$/.test(word)) continue;
    return false;
  }
  return false;
}

/** "Synhaeve (D66)", "Jansen, VVD": a member of Parliament. */
function beforeParty(text: string, end: number): boolean {
  const m = /^\s*[(,]\s*([\p{L}\p{N}-]+)/u.exec(text.slice(end, end + 30));
  return !!m && politicalParties.has((m[1] ?? '').toLowerCase());
}

const emailPattern = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;

/** E-mail addresses of persons; an organisation's mailbox (info@, secretariaat@ …) is not one. */
function emailFindings(text: string): PersonalDataFinding[] {
  return [...text.matchAll(emailPattern)].flatMap((m): PersonalDataFinding[] => {
    const local = (m[0].split('@')[0] ?? '').toLowerCase();
    if (organisationalMailboxes.has(local)) return [];
    return [{ start: m.index, end: m.index + m[0].length, text: m[0], ground: '5.1.2e', reason: 'e-mailadres' }];
  });
}
