import { sources } from '../../contract/index.ts';
import type { IndicatorDefinition } from '../indicator-definition.ts';
import { ageAtSql } from '../sql/age-at-sql.ts';

/** Distinct children by age band at the incident, by year of registration. */
export const victimsByAgeBand: IndicatorDefinition = {
  id: 'victims-by-age-band',
  title: { nl: 'Slachtoffers naar leeftijdsgroep', en: 'Victims by age band' },
  definition: {
    nl: 'Verschillende kinderen (na koppeling, alle bronnen) per registratiejaar, naar leeftijd op de (eerste) incidentdatum: 0–11, 12–15, 16–17 jaar of onbekend. Leeftijd uit geboortejaar en -maand; heeft een kind in een jaar meer incidenten, dan telt de jongste leeftijd.',
    en: 'Distinct children (after linkage, all sources) per registration year, by age at the (first) incident date: 0–11, 12–15, 16–17 or unknown. Age from birth year and month; a child with several incidents in a year counts at the youngest age.',
  },
  unit: { nl: 'kinderen', en: 'children' },
  sources: sources.codes,
  breakdowns: ['year', 'age_band'],
  sql: `
    WITH child AS (
      SELECT year(r.registration_date) AS year, r.victim_cluster AS cluster_id, min(${ageAtSql('r.victim_birth', 'r.incident_date_from')}) AS age
      FROM indicator_registration r
      WHERE r.victim_cluster IS NOT NULL AND year(r.registration_date) BETWEEN $1 AND $2
      GROUP BY ALL)
    SELECT CAST(year AS INTEGER) AS year,
      CASE WHEN age IS NULL THEN 'unknown' WHEN age < 12 THEN '0-11' WHEN age < 16 THEN '12-15' ELSE '16-17' END AS age_band,
      CAST(count(*) AS INTEGER) AS victims
    FROM child
    GROUP BY ALL
    ORDER BY year, age_band`,
};
