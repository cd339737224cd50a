import { sources } from '../../contract/index.ts';
import type { IndicatorDefinition } from '../indicator-definition.ts';
import { cellKeySql } from '../sql/cell-key-sql.ts';
import { ageAtSql } from '../sql/age-at-sql.ts';

/** Children registered for more than one incident, by the year of their first registration. */
export const repeatVictimisation: IndicatorDefinition = {
  id: 'repeat-victimisation',
  title: { nl: 'Herhaald slachtofferschap', en: 'Repeat victimisation' },
  definition: {
    nl: 'Kinderen (na koppeling, alle bronnen) naar het jaar van hun eerste registratie in de periode en hun leeftijd bij het eerste incident met een bekende datum (0–11, 12–17, onbekend; uit de vaakst geregistreerde geboortemaand van het kind, uit welke bron ook), en hoeveel van hen in de periode bij een of meer bronnen voor ten minste twee incidenten met een verschillende begindatum zijn geregistreerd. Hetzelfde incident bij twee bronnen telt één keer; registraties zonder incidentdatum tellen niet mee als tweede incident. Latere cohorten hebben minder tijd voor een herhaling.',
    en: 'Children (after linkage, all sources) by the year of their first registration in the period and their age at the first incident with a known date (0–11, 12–17, unknown; from the child’s most often registered birth month, from any source), and how many of them were registered in the period by one or more sources for at least two incidents with different start dates. The same incident at two sources counts once; registrations without an incident date do not count as a second incident. Later cohorts have less time for a repeat.',
  },
  unit: { nl: 'kinderen', en: 'children' },
  sources: sources.codes,
  breakdowns: ['cohort', 'age_group'],
  ratios: { share: { numerator: 'repeat_victims', denominator: 'children' } },
  sql: `
    WITH dated AS (
      SELECT r.victim_cluster AS cluster_id, r.incident_date_from, min(r.registration_date) AS registered
      FROM indicator_registration r
      WHERE r.victim_cluster IS NOT NULL AND r.year BETWEEN $1 AND $2
      GROUP BY r.victim_cluster, r.incident_date_from),
    child AS (
      -- the age only grows with the date, so the age at the first dated incident is the age on the earliest date
      SELECT d.cluster_id, year(min(d.registered)) AS cohort, ${ageAtSql('any_value(c.birth_year_month)', 'min(d.incident_date_from)')} AS age,
        count(d.incident_date_from) AS incidents
      FROM dated d
      JOIN indicator_cluster c ON c.cluster_id = d.cluster_id
      GROUP BY d.cluster_id)
    SELECT CAST(cohort AS INTEGER) AS cohort,
      CASE WHEN age IS NULL THEN 'unknown' WHEN age < 12 THEN '0-11' ELSE '12-17' END AS age_group,
      CAST(count(*) AS INTEGER) AS children, ${cellKeySql(['cluster_id'])} AS children__cell_key,
      CAST(count(*) FILTER (WHERE incidents >= 2) AS INTEGER) AS repeat_victims,
      ${cellKeySql(['cluster_id'], 'incidents >= 2')} AS repeat_victims__cell_key,
      count(*) FILTER (WHERE incidents >= 2) / count(*) AS share
    FROM child
    GROUP BY ALL
    ORDER BY cohort, age_group`,
};
