import type { Language } from './language.ts';

const locales: Record<Language, string> = { nl: 'nl-NL', en: 'en-GB' };

export type Formatters = {
  readonly locale: string;
  /** A count with the locale's grouping: 12.345 (nl) or 12,345 (en). */
  count(value: number): string;
  /** A number with up to two decimals, as the language writes it: 1.234,56 (nl) or 1,234.56 (en). */
  decimal(value: number): string;
  /** A calendar date (YYYY-MM-DD) in words: 30 september 2024 (nl) or 30 September 2024 (en). */
  date(isoDate: string): string;
  /** An ISO timestamp as a date and time in Dutch time. */
  dateTime(iso: string): string;
  /** A duration in milliseconds, in ms below a second and seconds above. */
  duration(ms: number): string;
  /** A list joined the way the language does: a, b en c / a, b and c. */
  list(items: readonly string[]): string;
};

export function formattersFor(language: Language): Formatters {
  const locale = locales[language];
  const integer = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const decimal = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const dateTime = new Intl.DateTimeFormat(locale, {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Europe/Amsterdam',
  });
  // A calendar date has no time of day: read and write it in UTC so no time zone shifts the day.
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
  const milliseconds = new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: 'millisecond',
    unitDisplay: 'narrow',
    maximumFractionDigits: 0,
  });
  const seconds = new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: 'second',
    unitDisplay: 'narrow',
    maximumFractionDigits: 1,
  });
  const list = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' });
  return {
    locale,
    count: (value) => integer.format(value),
    decimal: (value) => decimal.format(value),
    date: (isoDate) => {
      const day = /^\d{4}-\d{2}-\d{2}$/.test(isoDate) ? new Date(`${isoDate}T00:00:00Z`) : new Date(Number.NaN);
      return Number.isNaN(day.getTime()) ? isoDate : date.format(day);
    },
    dateTime: (iso) => {
      const date = new Date(iso);
      return Number.isNaN(date.getTime()) ? iso : dateTime.format(date);
    },
    duration: (ms) => (ms < 1000 ? milliseconds.format(ms) : seconds.format(ms / 1000)),
    list: (items) => list.format(items),
  };
}
