import { departmentCodes, organisationWords } from './redaction-lexicon.ts';
import { splitSentences } from './split-sentences.ts';

/** A phone number found in a text: a person's (5.1.2e), or one the officer should judge (ground null). */
export type PhoneFinding = {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly ground: '5.1.2e' | null;
  readonly reason: string;
};

/** Dutch numbers as written: 06-12345678, 070-3701234, 070 370 1234, (070) 3701234, +31 6 98765432, 0800-2000. */
const candidatePattern =
  /(?<![\p{L}\p{N}/.,-])(?:(?:\+|00)31[ -]?(?:\(0\)[ -]?)?|\(?0)\d[\d ()-]{4,13}\d(?![\p{L}\p{N}/-]|[.,]\d)/gu;

/** The number as dialled inside the Netherlands: "+31 6 98765432" → "0698765432". */
export function nationalDigits(written: string): string {
  const digits = written.replace(/\(0\)/, '').replace(/\D/g, '');
  if (written.trim().startsWith('+31')) return `0${digits.slice(2)}`;
  if (digits.startsWith('0031')) return `0${digits.slice(4)}`;
  return digits;
}

type Kind = 'mobile' | 'service' | 'fixed';

/** What kind of Dutch number, or null when it is none (a date, a case number, too few digits). */
export function phoneKind(national: string): Kind | null {
  if (/^0(?:800|90[069])\d{4}(?:\d{3})?$/.test(national)) return 'service';
  if (national.length !== 10 || !/^0[1-8]/.test(national)) return null;
  return national.startsWith('06') ? 'mobile' : 'fixed';
}

const caseNumberBefore =
  /(?:parket|zaak|dossier|kenmerk|referentie|rol|registratie|ecli|bsn|kamerstuk)\p{L}*\.?\s*(?:nr\.?|nummer)?\s*:?\s*$/iu;
const personWords = /\b(?:doorkies\p{L}*|direct|rechtstreeks|mobiel|privé|persoonlijk|bereikbaar)\b/iu;

function hasOrganisationWord(window: string): boolean {
  const words = window.toLocaleLowerCase('nl').split(/[^\p{L}\p{N}&-]+/u);
  return words.some((w) => organisationWords.has(w) || departmentCodes.has(w) || w === 'hulplijn' || w === 'meldpunt');
}

/**
 * Phone numbers of persons. A mobile number or a known contact's number is personal; a helpline
 * (0800/0900) never is; a fixed number is personal beside a person's name or "doorkiesnummer", an
 * organisation's beside an organisation, and otherwise returned with ground null for the officer.
 */
export function phoneFindings(
  text: string,
  names: readonly { readonly start: number; readonly end: number }[],
  /** National digits of known people's numbers, with whose they are. */
  knownPhones: ReadonlyMap<string, string>,
): PhoneFinding[] {
  const sentences = splitSentences(text);
  return [...text.matchAll(candidatePattern)].flatMap((m): PhoneFinding[] => {
    const unopened = m[0].startsWith('(') && !m[0].includes(')');
    const written = m[0].replace(/[ (-]+$/, '').slice(unopened ? 1 : 0);
    const start = m.index + (unopened ? 1 : 0);
    const end = start + written.length;
    const national = nationalDigits(written);
    const kind = phoneKind(national);
    if (!kind || kind === 'service') return [];
    if (caseNumberBefore.test(text.slice(Math.max(0, start - 30), start))) return [];
    const found = (ground: '5.1.2e' | null, reason: string) => [{ start, end, text: written, ground, reason }];
    const owner = knownPhones.get(national);
    if (owner) return found('5.1.2e', `telefoonnummer van ${owner}`);
    if (kind === 'mobile') return found('5.1.2e', 'mobiel telefoonnummer van een persoon');
    const sentence = sentences.find((x) => x.start <= start && x.end >= end) ?? { start: 0, end: text.length };
    const nearName = names.some((n) => n.end > sentence.start && n.start < sentence.end);
    const window = text.slice(sentence.start, sentence.end);
    if (nearName || personWords.test(window)) return found('5.1.2e', 'telefoonnummer bij een persoon (doorkiesnummer)');
    if (hasOrganisationWord(window)) return [];
    return found(
      null,
      'telefoonnummer zonder herkenbare persoon of organisatie: beoordeel of het een doorkiesnummer is',
    );
  });
}
