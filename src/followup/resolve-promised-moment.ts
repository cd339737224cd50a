import { FollowupError } from './followup-error.ts';
import type { PromisedMoment } from './followup-model.ts';

/**
 * Turns the words a minister used ("na de zomer", "in het najaar", "halfjaarlijks") into a date the
 * tracker can watch, keeping the words. The reference date is when the promise was made: a season
 * that has already passed that year means next year's. Where a phrase names a year, that year wins.
 *
 * Conventions (documented in docs/followup.md): the Kamer's summer recess ends early September, so
 * "after the summer" is due by 30 September; "before the summer" by 30 June (before the recess);
 * spring by 31 May; autumn (meteorological: September to November) by 30 November; "before the end
 * of the year" and "in <year>" by 31 December; a quarter by its last day.
 */
type Rule = { readonly pattern: RegExp; readonly monthDay: (match: RegExpMatchArray) => readonly [number, number] };

const seasonRules: readonly Rule[] = [
  { pattern: /\b(na de zomer|after the summer)\b/, monthDay: () => [9, 30] },
  { pattern: /\b(voor de zomer|before the summer)\b/, monthDay: () => [6, 30] },
  { pattern: /\b(in het voorjaar|voorjaar|in the spring|this spring)\b/, monthDay: () => [5, 31] },
  { pattern: /\b(in het najaar|najaar|in the autumn|this autumn|in the fall)\b/, monthDay: () => [11, 30] },
  {
    pattern:
      /\b(voor het einde? van het jaar|voor het einde? van dit jaar|eind van het jaar|before the end of the year|by the end of the year|eind \d{4}|end of \d{4}|in \d{4})\b/,
    monthDay: () => [12, 31],
  },
  {
    pattern: /\b(eerste|tweede|derde|vierde|first|second|third|fourth) (kwartaal|quarter)\b|\bq([1-4])\b/,
    monthDay: (m) => {
      const words = ['eerste|first', 'tweede|second', 'derde|third', 'vierde|fourth'];
      const q = m[3] ? Number(m[3]) : words.findIndex((w) => w.split('|').includes(m[1] ?? '')) + 1;
      return [q * 3, [31, 30, 30, 31][q - 1] as number];
    },
  },
];

const recurringRules: readonly { pattern: RegExp; everyMonths: number }[] = [
  {
    pattern: /\b(halfjaarlijks|elk half jaar|iedere zes maanden|half-yearly|every six months|twice a year)\b/,
    everyMonths: 6,
  },
  { pattern: /\b(jaarlijks|elk jaar|ieder jaar|annually|every year|yearly)\b/, everyMonths: 12 },
  { pattern: /\b(per kwartaal|elk kwartaal|quarterly)\b/, everyMonths: 3 },
];

export const understoodPhrases = [
  'YYYY-MM-DD',
  'na de zomer / after the summer',
  'voor de zomer / before the summer',
  'in het voorjaar / in the spring',
  'in het najaar / in the autumn',
  'voor het einde van het jaar / before the end of the year',
  'eind 2024, in 2024',
  'tweede kwartaal 2024, Q2 2024',
  'halfjaarlijks / half-yearly, jaarlijks / annually, per kwartaal / quarterly',
] as const;

const pad = (n: number) => String(n).padStart(2, '0');

/** `referenceDate` is YYYY-MM-DD: the day the promise was made (the letter's or debate's date). */
export function resolvePromisedMoment(phrase: string, referenceDate: string): PromisedMoment {
  const text = phrase.trim().toLowerCase();
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return { due: text };
  const refYear = Number(referenceDate.slice(0, 4));
  const namedYear = text.match(/\b(19|20)\d{2}\b/);
  for (const rule of recurringRules) {
    if (rule.pattern.test(text))
      return { phrase: phrase.trim(), due: addMonths(referenceDate, rule.everyMonths), everyMonths: rule.everyMonths };
  }
  for (const rule of seasonRules) {
    const match = text.match(rule.pattern);
    if (!match) continue;
    const [month, day] = rule.monthDay(match);
    let year = namedYear ? Number(namedYear[0]) : refYear;
    const candidate = `${year}-${pad(month)}-${pad(day)}`;
    if (!namedYear && candidate < referenceDate) year++;
    return { phrase: phrase.trim(), due: `${year}-${pad(month)}-${pad(day)}` };
  }
  throw new FollowupError(
    `Cannot read "${phrase}" as a promised moment: give a date (YYYY-MM-DD) or one of: ${understoodPhrases.join('; ')}.`,
    'invalid-input',
  );
}

/** The same day `months` later, clipped to the month's last day (31 August + 6 months = 28/29 February). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${pad(month)}-${pad(Math.min(d, last))}`;
}
