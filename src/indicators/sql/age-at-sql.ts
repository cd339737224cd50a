/**
 * Age in whole years on `date` for a `birth_year_month` ('YYYY-MM'). Only the month of birth is
 * delivered, so a person counts as a year older from the first day of their birth month.
 */
export function ageAtSql(birthYearMonth: string, date: string): string {
  return `(year(${date}) - CAST(substr(${birthYearMonth}, 1, 4) AS INTEGER) - CASE WHEN month(${date}) < CAST(substr(${birthYearMonth}, 6, 2) AS INTEGER) THEN 1 ELSE 0 END)`;
}
