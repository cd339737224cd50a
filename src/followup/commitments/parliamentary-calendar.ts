/**
 * The Tweede Kamer's year as far as promises refer to it. The Kamer fixes its recesses year by
 * year; these rules reproduce the published dates (summer recess 8 July 2022, 7 July 2023,
 * 5 July 2024; Christmas recess 22 December 2023 — tweedekamer.nl/debat_en_vergadering/recessen)
 * and serve for years not yet fixed. A derived date is marked as such wherever it is shown.
 */

const iso = (d: Date) => d.toISOString().slice(0, 10);
const utc = (year: number, month: number, day: number) => new Date(Date.UTC(year, month - 1, day));
const friday = 5;
const tuesday = 2;

/** First day of the summer recess: the first Friday on or after 2 July. */
export function summerRecessStart(year: number): string {
  const d = utc(year, 7, 2);
  d.setUTCDate(d.getUTCDate() + ((friday - d.getUTCDay() + 7) % 7));
  return iso(d);
}

/** First day of the Christmas recess: the last Friday on or before 24 December. */
export function christmasRecessStart(year: number): string {
  const d = utc(year, 12, 24);
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() - friday + 7) % 7));
  return iso(d);
}

/** Prinsjesdag: the third Tuesday of September (Grondwet art. 65). */
export function prinsjesdag(year: number): string {
  const d = utc(year, 9, 1);
  d.setUTCDate(1 + ((tuesday - d.getUTCDay() + 7) % 7) + 14);
  return iso(d);
}

/** The day before `date` (YYYY-MM-DD). */
export function dayBefore(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return iso(d);
}

/** The last day of a month (1–12). */
export function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
