import type { IndicatorDefinition } from '../indicator-definition.ts';
import { cellKeySql } from '../sql/cell-key-sql.ts';

/** Distinct suspects by age band (< 18, 18–20, ≥ 21) at the incident. */
export const suspectsByAgeBand: IndicatorDefinition = {
  id: 'suspects-by-age-band',
  title: { nl: 'Verdachten naar leeftijdsgroep', en: 'Suspects by age band' },
  definition: {
    nl: 'Verschillende verdachten (na koppeling) per registratiejaar bij politie, OM en rechtspraak (source = all: samen), naar leeftijd op de eerste incidentdatum (met de geboortemaand van de gekoppelde verdachte, ook als één bron die niet kent): jonger dan 18, 18–20, 21 of ouder, of onbekend. Bij meerdere incidenten in een jaar telt de jongste leeftijd.',
    en: 'Distinct suspects (after linkage) per year of registration at the police, prosecution service and courts (source = all: together), by age at the first incident date (from the linked suspect’s birth month, also where one source lacks it): under 18, 18–20, 21 or older, or unknown. With several incidents in a year the youngest age counts.',
  },
  unit: { nl: 'verdachten', en: 'suspects' },
  sources: ['police', 'om', 'courts'],
  breakdowns: ['year', 'source', 'age_band'],
  ratios: { share: { numerator: 'suspects', denominator: 'n_total' } },
  sql: `
    WITH aged AS (SELECT year, source, cluster_id, age FROM suspect_year WHERE source IN ('police', 'om', 'courts') AND year BETWEEN $1 AND $2),
    suspect AS (
      SELECT year, coalesce(source, 'all') AS source, cluster_id, min(age) AS age
      FROM aged GROUP BY GROUPING SETS ((year, source, cluster_id), (year, cluster_id)))
    SELECT year, source,
      CASE WHEN age IS NULL THEN 'unknown' WHEN age < 18 THEN '<18' WHEN age < 21 THEN '18-20' ELSE '>=21' END AS age_band,
      CAST(count(*) AS INTEGER) AS suspects, ${cellKeySql(['cluster_id'])} AS suspects__cell_key,
      count(*) / sum(count(*)) OVER (PARTITION BY year, source) AS share,
      -- all suspects of the year and source: each has one age band there, so the rows add up to them, keys too
      CAST(sum(count(*)) OVER (PARTITION BY year, source) AS INTEGER) AS n_total,
      CAST(sum(${cellKeySql(['cluster_id'])}) OVER (PARTITION BY year, source) % 2147483648 AS INTEGER) AS n_total__cell_key
    FROM suspect
    GROUP BY year, source, age_band
    ORDER BY year, source, age_band`,
};
