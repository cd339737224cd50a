import type { Language } from './i18n/index.ts';
import type { MonitorSummary } from '../contract/monitor-summary.ts';

export type SeriesPoint = { year: number; series: string; victims: number };

/** The chart's and table's view of victims per year: one series per source plus 'any source'. */
export type VictimsBySource = {
  years: readonly number[];
  sourceLabels: readonly string[];
  /** The sources' codes, in the order of `sourceLabels` (for their colours). */
  sourceCodes: readonly string[];
  anySourceLabel: string;
  /** Points per source (table order) and for any source, for the chart. */
  sourcePoints: readonly SeriesPoint[];
  anySourcePoints: readonly SeriesPoint[];
  /** Table rows: year, one count per source (null when missing or withheld), any source. */
  rows: readonly (readonly [string, ...(number | null)[]])[];
  /** Table cells withheld by disclosure control, as `row:column`. */
  withheld: ReadonlySet<string>;
  /** For the text summary: first and last year with a total, and the largest source in the last. */
  first: { year: number; registered: number } | null;
  last: { year: number; registered: number; largestSource: string; largestVictims: number } | null;
};

export function victimsBySource(summary: MonitorSummary, language: Language, anySourceLabel: string): VictimsBySource {
  const { yearFrom, yearTo } = summary.edition;
  const years = Array.from({ length: Math.max(0, yearTo - yearFrom + 1) }, (_, i) => yearFrom + i);
  const labelOf = new Map(summary.sources.map((source) => [source.code, source.label[language]]));
  // Sources in the data but missing from the code list still show, under their code.
  const codes = [...summary.sources.map((source) => source.code)];
  for (const { source } of summary.victimsPerYearBySource) if (!codes.includes(source)) codes.push(source);
  const sourceLabels = codes.map((code) => labelOf.get(code) ?? code);

  const victims = new Map(summary.victimsPerYearBySource.map((d) => [`${d.year}|${d.source}`, d.victims]));
  const registered = new Map(summary.victimsPerYear.map((d) => [d.year, d.registered]));
  const withheldSource = new Set(
    summary.victimsPerYearBySource.filter((d) => d.withheld).map((d) => `${d.year}|${d.source}`),
  );
  const withheldYear = new Set(summary.victimsPerYear.filter((d) => d.withheld).map((d) => d.year));

  const sourcePoints = codes.flatMap((code, i) =>
    years.flatMap((year) => {
      const value = victims.get(`${year}|${code}`);
      return value === undefined || value === null ? [] : [{ year, series: sourceLabels[i] ?? code, victims: value }];
    }),
  );
  const anySourcePoints = years.flatMap((year) => {
    const value = registered.get(year);
    return value === undefined || value === null ? [] : [{ year, series: anySourceLabel, victims: value }];
  });
  const rows = years.map(
    (year) =>
      [
        String(year),
        ...codes.map((code) => victims.get(`${year}|${code}`) ?? null),
        registered.get(year) ?? null,
      ] as const,
  );
  const withheld = new Set<string>();
  for (const [r, year] of years.entries()) {
    for (const [c, code] of codes.entries()) if (withheldSource.has(`${year}|${code}`)) withheld.add(`${r}:${c + 1}`);
    if (withheldYear.has(year)) withheld.add(`${r}:${codes.length + 1}`);
  }
  const firstPoint = anySourcePoints[0];
  const lastPoint = anySourcePoints.at(-1);
  const largest = sourcePoints
    .filter((point) => point.year === lastPoint?.year)
    .reduce<SeriesPoint | null>((best, point) => (best === null || point.victims > best.victims ? point : best), null);
  return {
    years,
    sourceLabels,
    sourceCodes: codes,
    anySourceLabel,
    sourcePoints,
    anySourcePoints,
    rows,
    withheld,
    first: firstPoint ? { year: firstPoint.year, registered: firstPoint.victims } : null,
    last:
      lastPoint && largest
        ? {
            year: lastPoint.year,
            registered: lastPoint.victims,
            largestSource: largest.series,
            largestVictims: largest.victims,
          }
        : null,
  };
}
