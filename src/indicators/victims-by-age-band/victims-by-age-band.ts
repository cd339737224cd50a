import { sources } from '../../contract/index.ts';
import type { IndicatorDefinition } from '../indicator-definition.ts';
import { cellKeySql } from '../sql/cell-key-sql.ts';

/** Distinct children by age band at the incident, by year of registration. */
export const victimsByAgeBand: IndicatorDefinition = {
  id: 'victims-by-age-band',
  title: { nl: 'Slachtoffers naar leeftijdsgroep', en: 'Victims by age band' },
  definition: {
    nl: 'Verschillende kinderen (na koppeling, alle bronnen) per registratiejaar, naar leeftijd op de (eerste) incidentdatum: 0–11, 12–15, 16–17 jaar of onbekend. Leeftijd uit het geboortejaar en de geboortemaand van het kind (de vaakst geregistreerde, uit welke bron ook; onbekend alleen als geen bron die kent); heeft een kind in een jaar meer incidenten, dan telt de jongste leeftijd.',
    en: 'Distinct children (after linkage, all sources) per registration year, by age at the (first) incident date: 0–11, 12–15, 16–17 or unknown. Age from the child’s birth year and month (the most often registered, from any source; unknown only when no source knows it); a child with several incidents in a year counts at the youngest age.',
  },
  unit: { nl: 'kinderen', en: 'children' },
  sources: sources.codes,
  breakdowns: ['year', 'age_band'],
  sql: `
    WITH child AS (SELECT year, cluster_id, min(age) AS age FROM victim_year WHERE year BETWEEN $1 AND $2 GROUP BY year, cluster_id)
    SELECT year,
      CASE WHEN age IS NULL THEN 'unknown' WHEN age < 12 THEN '0-11' WHEN age < 16 THEN '12-15' ELSE '16-17' END AS age_band,
      CAST(count(*) AS INTEGER) AS victims, ${cellKeySql(['cluster_id'])} AS victims__cell_key
    FROM child
    GROUP BY ALL
    ORDER BY year, age_band`,
};
