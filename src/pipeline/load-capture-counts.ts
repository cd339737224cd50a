import type { CaptureCount } from '../estimation/index.ts';
import type { Store } from '../store/index.ts';

/** The lists of the estimate: each a name and the sources whose registrations count for it. */
export type EstimationList = { readonly name: string; readonly sources: readonly string[] };

/** Age bands of the strata, in years at the child's first incident in the year (or period). */
export const ageBands = ['0-11', '12-15', '16-17'] as const;
export type AgeBand = (typeof ageBands)[number] | 'unknown';

export function ageBandOf(age: number | null): AgeBand {
  if (age === null || !Number.isFinite(age) || age < 0) return 'unknown';
  return age < 12 ? '0-11' : age < 16 ? '12-15' : age < 18 ? '16-17' : 'unknown';
}

/** Capture counts of one stratum: `year` is null when they cover the whole period. */
export interface StratumCaptureCount extends CaptureCount {
  readonly year: number | null;
  readonly age_band: AgeBand;
  readonly sex: string;
  readonly setting: string;
}

/**
 * Which clusters count as children: the linkage's own (`person_link`), or those had every pair in
 * its review band been apart or together (`person_link_alternative`).
 */
export const linkageVariants = ['chosen', 'review-apart', 'review-together'] as const;
export type LinkageVariant = (typeof linkageVariants)[number];

type AgeRow = { year: number | null; age: number | null; sex: string; setting: string; history: string; count: number };

/**
 * The capture histories of the linked children (`person_link` clusters), per year of incident
 * (`per: 'year'`) or over the whole period (`per: 'period'`), and per stratum: age band at the
 * first incident, sex (the most frequent known value over the child's records, else 'U') and
 * the setting of the first incident. The incident date is `incident_date_from`, or the
 * registration date when that is unknown. One row per stratum and pattern of lists. `linkage`: whose
 * clusters are the children (`LinkageVariant`).
 */
export async function loadCaptureCounts(
  store: Store,
  lists: readonly EstimationList[],
  period: { readonly from: number; readonly to: number },
  per: 'year' | 'period',
  linkage: LinkageVariant = 'chosen',
): Promise<StratumCaptureCount[]> {
  if (!linkageVariants.includes(linkage)) throw new Error(`no linkage variant ${String(linkage)}`);
  const links =
    linkage === 'chosen'
      ? 'person_link'
      : `(SELECT source, person_id, cluster_id FROM person_link_alternative WHERE linkage = '${linkage}')`;
  const quoted = (sources: readonly string[]) => sources.map((s) => `'${s.replaceAll("'", "''")}'`).join(', ');
  const history = lists
    .map((l) => `CAST(max(CASE WHEN source IN (${quoted(l.sources)}) THEN 1 ELSE 0 END) AS VARCHAR)`)
    .join(' || ');
  const rows = await store.all<AgeRow>(
    `WITH incident AS (
       SELECT l.cluster_id, r.source, r.setting, coalesce(r.incident_date_from, r.registration_date) AS incident_date,
              p.sex, p.birth_year_month
       FROM registration_current r
       JOIN ${links} l ON l.source = r.source AND l.person_id = r.victim_person_id
       LEFT JOIN person_current p ON p.source = r.source AND p.person_id = r.victim_person_id
       WHERE year(coalesce(r.incident_date_from, r.registration_date)) BETWEEN ? AND ?),
     per_child AS (
       SELECT cluster_id,
              ${per === 'year' ? 'CAST(year(incident_date) AS INTEGER)' : 'CAST(NULL AS INTEGER)'} AS year,
              ${history} AS history,
              min(incident_date) AS first_incident,
              arg_min(setting, incident_date) AS setting,
              mode(sex) FILTER (WHERE sex IN ('F', 'M', 'X')) AS sex,
              min(birth_year_month) AS birth_year_month
       FROM incident
       GROUP BY cluster_id, 2)
     SELECT year,
            CAST(floor(date_diff('month', CAST(birth_year_month || '-01' AS DATE), first_incident) / 12) AS INTEGER) AS age,
            coalesce(sex, 'U') AS sex, setting, history, CAST(count(*) AS INTEGER) AS count
     FROM per_child
     WHERE history LIKE '%1%'
     GROUP BY ALL
     ORDER BY year, age, sex, setting, history`,
    [period.from, period.to],
  );
  // age to band in TypeScript, then add up the ages within a band
  const merged = new Map<string, StratumCaptureCount>();
  for (const { year, age, sex, setting, history: pattern, count } of rows) {
    const ageBand = ageBandOf(age);
    const id = [year, ageBand, sex, setting, pattern].join('|');
    const before = merged.get(id);
    merged.set(id, { year, age_band: ageBand, sex, setting, history: pattern, count: (before?.count ?? 0) + count });
  }
  return [...merged.values()];
}
