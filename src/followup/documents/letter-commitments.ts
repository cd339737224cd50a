import type { EditionRecord } from '../followup-data.ts';
import type { Commitment } from '../followup-model.ts';
import type { Footnoted } from './official-document.ts';
import { teInfinitive } from '../commitments/register-text.ts';
import { dutchDate, withArticle } from '../stance-labels.ts';

/** The letter's date: the one set on the edition (e.g. a seeded letter), else the day it was sent. */
export const letterDate = (record: EditionRecord): string | undefined =>
  record.edition.letter.date ?? record.workflow?.sentOn;

/** The letter's Kamerstuk number, only once the Kamer has given it. */
export const letterKamerstuk = (record: EditionRecord): string | undefined =>
  record.workflow?.kamerstuk ?? record.edition.letter.kamerstuk;

/**
 * The commitments a letter can speak of: those made on or before its date. A commitment recorded
 * after a letter was sent never appears in it (the frozen snapshot is the main guard; this is the second).
 */
export function letterCommitments(record: EditionRecord): Commitment[] {
  const date = letterDate(record);
  return record.commitments.filter((c) => !date || !c.madeOn || c.madeOn <= date);
}

/** "Kamerstukken II 2023/24, 31 015, nr. 275" → "31015/275", so two spellings of one Kamerstuk compare equal. */
function kamerstukKey(citation: string): string | undefined {
  const m = /(\d[\d\s]*\d|\d)\s*,\s*nr\.\s*(\d+)/.exec(citation);
  return m ? `${(m[1] ?? '').replace(/\s/g, '')}/${m[2]}` : undefined;
}

/** Whether a citation is the letter itself: a letter never cites itself in a footnote. */
export function citesLetter(citation: string, kamerstuk: string | undefined): boolean {
  if (!kamerstuk) return false;
  const key = kamerstukKey(citation);
  return citation.trim() === kamerstuk.trim() || (key !== undefined && key === kamerstukKey(kamerstuk));
}

/** Whether the commitment's date is the tool's reading of a phrase rather than a date the minister named. */
export const isDerivedDate = (c: Commitment): boolean => c.promised.derived ?? c.promised.phrase !== undefined;

/** When it was promised, in the words used: the phrase as written, or the date a minister named. */
export function promisedWhen(c: Commitment): string | undefined {
  if (c.promised.phrase) return c.promised.phrase;
  return c.promised.due && !isDerivedDate(c) ? `uiterlijk ${dutchDate(c.promised.due)}` : undefined;
}

/** Phrases that read well in the middle of a sentence ("Uw Kamer wordt na de zomer geïnformeerd"). */
const adverbial =
  /^(na|voor|vóór|in|rond|medio|eind|begin|uiterlijk|tijdens|bij|op|elk|ieder|binnen|nog|zo|dit|deze|volgend|halfjaarlijks|jaarlijks|periodiek|maandelijks)\b/i;

function inline(when: string | undefined): string | undefined {
  if (!when) return undefined;
  if (/^(eerste|tweede|derde|vierde) kwartaal\b/i.test(when)) return `in het ${when}`;
  return adverbial.test(when) ? when : undefined;
}

const capital = (s: string) => s.charAt(0).toLocaleUpperCase('nl') + s.slice(1);
/** Lower-cases a sentence's first word to continue after a colon; acronyms (OM, NIFP) stay. */
const lowerFirst = (s: string) => (/^[A-Z][a-z]/.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s);
const stripStop = (s: string) => s.trim().replace(/[.;]+$/, '');

/**
 * A commitment as the cabinet writes it in a letter ("Uw Kamer wordt na de zomer geïnformeerd over
 * …"): the phrase as promised, never the date the tool derives from it. References become footnotes,
 * except the letter itself.
 */
export function commitmentSentence(c: Commitment, record: EditionRecord): Footnoted {
  const kamerstuk = letterKamerstuk(record);
  const footnotes = c.references.map((r) => r.citation).filter((r) => !citesLetter(r, kamerstuk));
  const what = stripStop(c.what);
  const when = promisedWhen(c);
  const middle = inline(when);
  const who = capital(withArticle(c.who));
  const informs = /^(?:de|uw) kamer\s+(?:nader\s+|verder\s+)?informeren\s+over\s+(.+)$/i.exec(what);
  const reports = /^rapporteren\s+over\s+(.+)$/i.exec(what);
  const clause = teInfinitive(what);
  const metHere =
    c.status === 'met' && kamerstuk !== undefined && citesLetter(c.evidence ?? '', kamerstuk) && c.madeOn !== undefined;
  let text: string;
  if (metHere) {
    const made = `de toezegging van ${withArticle(c.who)} van ${dutchDate(c.madeOn as string)}`;
    text = clause
      ? `Hiermee komen wij terug op ${made} om ${lowerFirst(clause)}.`
      : `Hiermee komen wij terug op ${made}: ${lowerFirst(what)}.`;
  } else if (informs && (middle || !when)) {
    text = `Uw Kamer wordt ${middle ? `${middle} ` : ''}geïnformeerd over ${informs[1]}.`;
  } else if (reports && (middle || !when)) {
    text = `${who} rapporteert ${middle ? `${middle} ` : ''}aan uw Kamer over ${reports[1]}.`;
  } else {
    // "… zegt toe in het najaar de conceptkerndoelen te laten opleveren", as the register writes it
    if (clause && (middle || !when)) text = `${who} zegt toe ${middle ? `${middle} ` : ''}${lowerFirst(clause)}.`;
    else if (clause) text = `${who} zegt toe ${lowerFirst(clause)} (${when}).`;
    else text = `${who} zegt uw Kamer toe: ${lowerFirst(what)}${when ? ` (${when})` : ''}.`;
  }
  return { text, ...(footnotes.length ? { footnotes } : {}) };
}
