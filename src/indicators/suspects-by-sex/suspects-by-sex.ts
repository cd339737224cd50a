import type { IndicatorDefinition } from '../indicator-definition.ts';
import { cellKeySql } from '../sql/cell-key-sql.ts';

/** Distinct suspects by sex. */
export const suspectsBySex: IndicatorDefinition = {
  id: 'suspects-by-sex',
  title: { nl: 'Verdachten naar geslacht', en: 'Suspects by sex' },
  definition: {
    nl: 'Verschillende verdachten (na koppeling) per registratiejaar bij politie, OM en rechtspraak (source = all: samen), naar het vaakst geregistreerde bekende geslacht, met het aandeel.',
    en: 'Distinct suspects (after linkage) per year of registration at the police, prosecution service and courts (source = all: together), by the most often registered known sex, with the share.',
  },
  unit: { nl: 'verdachten', en: 'suspects' },
  sources: ['police', 'om', 'courts'],
  breakdowns: ['year', 'source', 'sex'],
  ratios: { share: { numerator: 'suspects', denominator: 'n_total' } },
  sql: `
    WITH named AS (
      SELECT year, source, cluster_id, sex FROM suspect_year
      WHERE source IN ('police', 'om', 'courts') AND year BETWEEN $1 AND $2),
    suspect AS (
      SELECT year, source, cluster_id, sex FROM named
      UNION ALL SELECT year, 'all', cluster_id, sex FROM (SELECT DISTINCT year, cluster_id, sex FROM named))
    SELECT year, source, sex, CAST(count(*) AS INTEGER) AS suspects, ${cellKeySql(['cluster_id'])} AS suspects__cell_key,
      count(*) / sum(count(*)) OVER (PARTITION BY year, source) AS share,
      -- all suspects of the year and source: each has one sex, so the rows add up to them, keys too
      CAST(sum(count(*)) OVER (PARTITION BY year, source) AS INTEGER) AS n_total,
      CAST(sum(${cellKeySql(['cluster_id'])}) OVER (PARTITION BY year, source) % 2147483648 AS INTEGER) AS n_total__cell_key
    FROM suspect
    GROUP BY year, source, sex
    ORDER BY year, source, sex`,
};
