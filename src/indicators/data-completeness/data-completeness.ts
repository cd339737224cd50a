import { sources } from '../../contract/index.ts';
import type { IndicatorDefinition } from '../indicator-definition.ts';

/** How complete each source's registrations are on the fields the monitor breaks down by. */
export const dataCompleteness: IndicatorDefinition = {
  id: 'data-completeness',
  title: { nl: 'Volledigheid van de gegevens', en: 'Completeness of the data' },
  definition: {
    nl: 'Per bron en registratiejaar het aandeel registraties met een bekende incidentdatum, plaats, relatie, regio en slachtoffer, en met een slachtoffer van wie geslacht en geboortemaand bekend zijn.',
    en: 'Per source and year of registration the share of registrations with a known incident date, setting, relationship, region and victim, and with a victim whose sex and birth month are known.',
  },
  unit: { nl: 'aandeel registraties', en: 'share of registrations' },
  sources: sources.codes,
  breakdowns: ['year', 'source'],
  sql: `
    SELECT CAST(year(r.registration_date) AS INTEGER) AS year, r.source, CAST(count(*) AS INTEGER) AS registrations,
      avg(CASE WHEN r.incident_date_from IS NOT NULL THEN 1 ELSE 0 END) AS incident_date_known,
      avg(CASE WHEN r.setting <> 'unknown' THEN 1 ELSE 0 END) AS setting_known,
      avg(CASE WHEN r.relationship <> 'unknown' THEN 1 ELSE 0 END) AS relationship_known,
      avg(CASE WHEN r.region <> 'UNK' THEN 1 ELSE 0 END) AS region_known,
      avg(CASE WHEN r.victim_person_id IS NOT NULL THEN 1 ELSE 0 END) AS victim_known,
      avg(CASE WHEN r.victim_sex IS NOT NULL AND r.victim_sex <> 'U' THEN 1 ELSE 0 END) AS victim_sex_known,
      avg(CASE WHEN r.victim_birth IS NOT NULL THEN 1 ELSE 0 END) AS victim_birth_known
    FROM indicator_registration r
    WHERE year(r.registration_date) BETWEEN $1 AND $2
    GROUP BY ALL
    ORDER BY year, r.source`,
};
