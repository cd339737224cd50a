import { sources } from '../../contract/index.ts';
import type { IndicatorDefinition } from '../indicator-definition.ts';
import { ageAtSql } from '../sql/age-at-sql.ts';

/** Children registered for more than one incident, by the year of their first registration. */
export const repeatVictimisation: IndicatorDefinition = {
  id: 'repeat-victimisation',
  title: { nl: 'Herhaald slachtofferschap', en: 'Repeat victimisation' },
  definition: {
    nl: 'Kinderen (na koppeling, alle bronnen) naar het jaar van hun eerste registratie in de periode en hun leeftijd bij het eerste incident (0–11, 12–17, onbekend), en hoeveel van hen in de periode bij een of meer bronnen voor ten minste twee incidenten met een verschillende begindatum zijn geregistreerd. Hetzelfde incident bij twee bronnen telt één keer; registraties zonder incidentdatum tellen niet mee als tweede incident. Latere cohorten hebben minder tijd voor een herhaling.',
    en: 'Children (after linkage, all sources) by the year of their first registration in the period and their age at the first incident (0–11, 12–17, unknown), and how many of them were registered in the period by one or more sources for at least two incidents with different start dates. The same incident at two sources counts once; registrations without an incident date do not count as a second incident. Later cohorts have less time for a repeat.',
  },
  unit: { nl: 'kinderen', en: 'children' },
  sources: sources.codes,
  breakdowns: ['cohort', 'age_group'],
  sql: `
    WITH reg AS (
      SELECT r.victim_cluster AS cluster_id, r.registration_date, r.incident_date_from, ${ageAtSql('r.victim_birth', 'r.incident_date_from')} AS age
      FROM indicator_registration r
      WHERE r.victim_cluster IS NOT NULL AND year(r.registration_date) BETWEEN $1 AND $2),
    child AS (
      SELECT cluster_id, year(min(registration_date)) AS cohort, arg_min(age, coalesce(incident_date_from, registration_date)) AS age,
        count(DISTINCT incident_date_from) AS incidents
      FROM reg GROUP BY cluster_id)
    SELECT CAST(cohort AS INTEGER) AS cohort,
      CASE WHEN age IS NULL THEN 'unknown' WHEN age < 12 THEN '0-11' ELSE '12-17' END AS age_group,
      CAST(count(*) AS INTEGER) AS children, CAST(count(*) FILTER (WHERE incidents >= 2) AS INTEGER) AS repeat_victims,
      count(*) FILTER (WHERE incidents >= 2) / count(*) AS share
    FROM child
    GROUP BY ALL
    ORDER BY cohort, age_group`,
};
