/** Dates inside the simulator are whole days since 1970-01-01 (UTC); text only at the edge. */
const msPerDay = 86_400_000;

export function dayOf(year: number, month: number, day: number): number {
  return Math.floor(Date.UTC(year, month - 1, day) / msPerDay);
}

/** The civil date of a day number as y·10000 + m·100 + d, without allocating (H. Hinnant's civil_from_days). */
export function civilOfDay(day: number): number {
  const z = day + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return y * 10_000 + m * 100 + d;
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
  return Math.floor(civilOfDay(day) / 10_000);
}

/** Whole years between a birth day and a later day (age on that day). */
export function ageOnDay(birthDay: number, day: number): number {
  return Math.floor((civilOfDay(day) - civilOfDay(birthDay)) / 10_000);
}
