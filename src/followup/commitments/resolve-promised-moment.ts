import type { PromisedMoment } from '../followup-model.ts';
import {
  christmasRecessStart,
  dayBefore,
  lastDayOfMonth,
  prinsjesdag,
  summerRecessStart,
} from './parliamentary-calendar.ts';

/**
 * Turns the words a minister used ("voor het zomerreces", "medio 2026", "halfjaarlijks") into a
 * date the tracker can watch, keeping the words and marking the date as derived. The words are
 * read from the day the promise was made: an occasion already past that year means the next one;
 * a year named in the words wins. Words without a date ("zo spoedig mogelijk", "in de volgende
 * voortgangsbrief") and words not understood are still recorded — a promise made in a debate must
 * always be recordable — with no date, the reason why, and a warning for the latter.
 *
 * The table of phrases and the dates they give is in docs/followup.md ("Promised moments").
 */
export type PromisedMomentReading = { readonly promised: PromisedMoment; readonly warnings: readonly string[] };

const monthNames: readonly (readonly string[])[] = [
  ['januari', 'january'],
  ['februari', 'february'],
  ['maart', 'march'],
  ['april'],
  ['mei', 'may'],
  ['juni', 'june'],
  ['juli', 'july'],
  ['augustus', 'august'],
  ['september'],
  ['oktober', 'october'],
  ['november'],
  ['december'],
];
const monthPattern = monthNames.flat().join('|');
const monthOf = (name: string) => monthNames.findIndex((names) => names.includes(name)) + 1;
const pad = (n: number) => String(n).padStart(2, '0');
const ymd = (year: number, month: number, day: number) => `${year}-${pad(month)}-${pad(day)}`;
const endOfMonth = (year: number, month: number) => ymd(year, month, lastDayOfMonth(year, month));

/** A reading of the words for a given year; `needsYear`: only when a year is named ("begin 2027"). */
type Rule = {
  readonly pattern: RegExp;
  readonly date: (year: number, match: RegExpMatchArray) => string;
  readonly needsYear?: boolean;
};

const quarterWords = ['eerste|first', 'tweede|second', 'derde|third', 'vierde|fourth'];

const rules: readonly Rule[] = [
  // a month, with or without a day ("medio september", "eind oktober 2026", "in november")
  { pattern: new RegExp(`\\b(medio|mid|mid-) ?(${monthPattern})\\b`), date: (y, m) => ymd(y, monthOf(m[2] ?? ''), 15) },
  {
    pattern: new RegExp(`\\b(begin|early|begin van) (${monthPattern})\\b`),
    date: (y, m) => ymd(y, monthOf(m[2] ?? ''), 10),
  },
  {
    pattern: new RegExp(`\\b(eind|einde|end of|uiterlijk|in|by|voor|before)? ?(${monthPattern})\\b`),
    date: (y, m) => endOfMonth(y, monthOf(m[2] ?? '')),
  },
  // the Kamer's calendar
  {
    pattern: /\b(voor|before) (de zomer|het zomerreces|the summer)( recess)?\b/,
    date: (y) => dayBefore(summerRecessStart(y)),
  },
  { pattern: /\b(na|after) (de zomer|het zomerreces|the summer)( recess)?\b/, date: (y) => ymd(y, 9, 30) },
  {
    pattern: /\b(rond de zomer|in de zomer|deze zomer|around the summer|in the summer|this summer)\b/,
    date: (y) => ymd(y, 8, 31),
  },
  {
    pattern: /\b(voor het kerstreces|before the christmas recess)\b/,
    date: (y) => dayBefore(christmasRecessStart(y)),
  },
  { pattern: /\b(na het kerstreces|after the christmas recess)\b/, date: (y) => ymd(y, 1, 31) },
  { pattern: /\b(voor|before) (prinsjesdag|budget day)\b/, date: (y) => dayBefore(prinsjesdag(y)) },
  { pattern: /\b(op|met|bij|rond|on) (prinsjesdag|budget day)\b|\bbij de begroting\b/, date: (y) => prinsjesdag(y) },
  {
    pattern: /\b(voor|before) de begrotingsbehandeling(en)?\b|\bbefore the budget debates?\b/,
    date: (y) => ymd(y, 11, 30),
  },
  // seasons, halves, quarters, the year
  { pattern: /\b(in het voorjaar|voorjaar|in the spring|this spring)\b/, date: (y) => ymd(y, 5, 31) },
  { pattern: /\b(in het najaar|najaar|in the autumn|this autumn|in the fall)\b/, date: (y) => ymd(y, 11, 30) },
  {
    pattern: /\b(eerste|tweede|derde|vierde|first|second|third|fourth) (kwartaal|quarter)\b|\bq([1-4])\b/,
    date: (y, m) => {
      const q = m[3] ? Number(m[3]) : quarterWords.findIndex((w) => w.split('|').includes(m[1] ?? '')) + 1;
      return endOfMonth(y, q * 3);
    },
  },
  { pattern: /\b(eerste helft|first half)\b/, date: (y) => ymd(y, 6, 30) },
  { pattern: /\b(tweede helft|second half)\b/, date: (y) => ymd(y, 12, 31) },
  { pattern: /\b(medio|mid|halverwege|midden)\b/, date: (y) => ymd(y, 6, 30), needsYear: true },
  { pattern: /\b(begin|early|start of)\b/, date: (y) => ymd(y, 3, 31), needsYear: true },
  {
    pattern:
      /\b(voor het einde? van (het|dit) jaar|eind van het jaar|voor de jaarwisseling|before the end of the year|by the end of the year|end of the year|eind|einde|end of|in|dit jaar|this year)\b/,
    date: (y) => ymd(y, 12, 31),
  },
];

const recurring: readonly { pattern: RegExp; everyMonths: number }[] = [
  {
    pattern:
      /\b(halfjaarlijks|elk half jaar|ieder half jaar|iedere zes maanden|half-yearly|every six months|twice a year)\b/,
    everyMonths: 6,
  },
  { pattern: /\b(jaarlijks|elk jaar|ieder jaar|annually|every year|yearly)\b/, everyMonths: 12 },
  { pattern: /\b(per kwartaal|elk kwartaal|ieder kwartaal|quarterly|every quarter)\b/, everyMonths: 3 },
];

const laterEvent =
  /\b(volgende|eerstvolgende) (voortgangsbrief|voortgangsrapportage|verzamelbrief|brief|rapportage)\b|\bnext (progress )?(letter|report)\b/;
const noTerm =
  /\b(zo spoedig mogelijk|zo snel mogelijk|zsm|z\.s\.m\.?|binnenkort|op korte termijn|op termijn|spoedig|as soon as possible|asap|soon|shortly|in due course)\b/;
const explicitDay = new RegExp(`\\b(voor|before)? ?(\\d{1,2}) (${monthPattern})( (\\d{4}))?\\b`);

export const understoodPhrases = [
  'YYYY-MM-DD; 1 september 2026, uiterlijk 1 september 2026, voor 1 september 2026',
  'voor de zomer / voor het zomerreces / before the summer (recess)',
  'na de zomer / na het zomerreces / after the summer',
  'rond de zomer / around the summer',
  'voor het kerstreces, na het kerstreces, voor Prinsjesdag, voor de begrotingsbehandeling',
  'in het voorjaar / in the spring, in het najaar / in the autumn',
  'medio 2026, begin 2027, eind 2026, in 2026, eerste/tweede helft 2026, Q3 2026, derde kwartaal 2026',
  'medio/begin/eind september, in november (with or without a year; "volgend jaar")',
  'jaarlijks, halfjaarlijks, per kwartaal (recurring)',
  'zo spoedig mogelijk, binnenkort, op korte termijn (no term), in de volgende voortgangsbrief (a later letter)',
] as const;

const normalise = (words: string) =>
  words.trim().toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/\s+/g, ' ');

/** The year the words name: "2026", "volgend jaar" (the year after it was said), "dit jaar". */
function yearNamedIn(text: string, refYear: number): number | undefined {
  const year = text.match(/\b(19|20)\d{2}\b/);
  if (year) return Number(year[0]);
  if (/\b(volgend jaar|next year)\b/.test(text)) return refYear + 1;
  if (/\b(dit jaar|this year)\b/.test(text)) return refYear;
  return undefined;
}

/** `referenceDate` is YYYY-MM-DD: the day the promise was made (the letter's or the debate's date). */
export function readPromisedMoment(words: string, referenceDate: string): PromisedMomentReading {
  const phrase = words.trim();
  const text = normalise(words);
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return { promised: { due: text, derived: false }, warnings: [] };
  const refYear = Number(referenceDate.slice(0, 4));
  const namedYear = yearNamedIn(text, refYear);
  const beforeMade = (due: string) =>
    due < referenceDate ? [`"${phrase}" reads as ${due}, before the day it was promised (${referenceDate}).`] : [];
  // the first date on or after the day it was made, unless a year is named
  const next = (date: (year: number) => string) => {
    if (namedYear !== undefined) return date(namedYear);
    const candidate = date(refYear);
    return candidate < referenceDate ? date(refYear + 1) : candidate;
  };

  for (const r of recurring)
    if (r.pattern.test(text)) {
      return {
        promised: { phrase, due: addMonths(referenceDate, r.everyMonths), everyMonths: r.everyMonths, derived: true },
        warnings: [],
      };
    }
  const day = text.match(explicitDay);
  if (day) {
    const [, before, d, month, , year] = day;
    const at = (y: number) =>
      ymd(y, monthOf(month ?? ''), Math.min(Number(d), lastDayOfMonth(y, monthOf(month ?? ''))));
    const date = year ? at(Number(year)) : next(at);
    const due = before ? dayBefore(date) : date;
    // a full date the minister gave is not derived; "voor 1 september" or a year we filled in is
    return { promised: { phrase, due, derived: Boolean(before) || !year }, warnings: beforeMade(due) };
  }
  if (laterEvent.test(text))
    return {
      promised: { phrase, due: null, derived: false, undated: 'event' },
      warnings: [`"${phrase}" has no date of its own: give the date of that letter when it is planned.`],
    };
  for (const rule of rules) {
    const match = text.match(rule.pattern);
    if (!match || (rule.needsYear && namedYear === undefined)) continue;
    // "in 2026" and "eind 2026" need the year; "in september" is read by the month rule above
    if (rule === rules.at(-1) && namedYear === undefined && !/\b(jaar|year|jaarwisseling)\b/.test(text)) continue;
    const due = next((y) => rule.date(y, match));
    return { promised: { phrase, due, derived: true }, warnings: beforeMade(due) };
  }
  if (noTerm.test(text)) return { promised: { phrase, due: null, derived: false, undated: 'no-term' }, warnings: [] };
  return {
    promised: { phrase, due: null, derived: false, undated: 'not-understood' },
    warnings: [
      `No date derived from "${phrase}"; it is recorded without a date. Give the date when it is known, or use one of: ${understoodPhrases.join('; ')}.`,
    ],
  };
}

/** The promised moment alone; see `readPromisedMoment` for the warnings. */
export function resolvePromisedMoment(words: string, referenceDate: string): PromisedMoment {
  return readPromisedMoment(words, referenceDate).promised;
}

/** Whether the date is the tracker's reading (older records lack the flag: a phrase means derived). */
export function isDerivedDate(promised: PromisedMoment): boolean {
  return promised.derived ?? (promised.phrase !== undefined && promised.due !== null);
}

/** The same day `months` later, clipped to the month's last day (31 August + 6 months = 28/29 February). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  return ymd(year, month, Math.min(d, lastDayOfMonth(year, month)));
}
