import type { IndicatorDefinition } from '../indicator-definition.ts';

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
  sql: `
    WITH named AS (
      SELECT year, source, cluster_id, sex FROM suspect_year
      WHERE source IN ('police', 'om', 'courts') AND year BETWEEN $1 AND $2),
    suspect AS (
      SELECT year, source, sex FROM named
      UNION ALL SELECT year, 'all', sex FROM (SELECT DISTINCT year, cluster_id, sex FROM named))
    SELECT year, source, sex, CAST(count(*) AS INTEGER) AS suspects,
      count(*) / sum(count(*)) OVER (PARTITION BY year, source) AS share
    FROM suspect
    GROUP BY year, source, sex
    ORDER BY year, source, sex`,
};
