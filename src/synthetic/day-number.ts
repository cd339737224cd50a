/** Dates inside the simulator are whole days since 1970-01-01 (UTC); text only at the edge. */
const msPerDay = 86_400_000;

export function dayOf(year: number, month: number, day: number): number {
  return Math.floor(Date.UTC(year, month - 1, day) / msPerDay);
}

const isoCache = new Map<number, string>();

export function isoOfDay(day: number): string {
  let iso = isoCache.get(day);
  if (iso === undefined) {
    iso = new Date(day * msPerDay).toISOString().slice(0, 10);
    isoCache.set(day, iso);
  }
  return iso;
}

export function yearOfDay(day: number): number {
  return new Date(day * msPerDay).getUTCFullYear();
}

/** Whole years between a birth day and a later day (age on that day). */
export function ageOnDay(birthDay: number, day: number): number {
  const b = new Date(birthDay * msPerDay);
  const d = new Date(day * msPerDay);
  let age = d.getUTCFullYear() - b.getUTCFullYear();
  if (d.getUTCMonth() < b.getUTCMonth() || (d.getUTCMonth() === b.getUTCMonth() && d.getUTCDate() < b.getUTCDate())) age--;
  return age;
}
