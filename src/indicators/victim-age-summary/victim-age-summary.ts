import { sources } from '../../contract/index.ts';
import type { IndicatorDefinition } from '../indicator-definition.ts';
import { cellKeySql } from '../sql/cell-key-sql.ts';
import { ageAtSql } from '../sql/age-at-sql.ts';

/** Mean, median and modal age of victims at the incident, per source and year of registration. */
export const victimAgeSummary: IndicatorDefinition = {
  id: 'victim-age-summary',
  title: { nl: 'Gemiddelde en meest voorkomende leeftijd van slachtoffers', en: 'Mean and modal age of victims' },
  definition: {
    nl: 'Over de registraties van een bron met een bekend slachtoffer, geboortemaand en incidentdatum: gemiddelde, mediane en meest voorkomende (modale; bij gelijke stand de jongste) leeftijd op de eerste incidentdatum. Eenheid: registraties, dus een kind met twee incidenten telt twee keer.',
    en: 'Over a source’s registrations with a known victim, birth month and incident date: mean, median and most frequent (modal; the youngest on a tie) age at the first incident date. Unit: registrations, so a child with two incidents counts twice.',
  },
  unit: { nl: 'jaar', en: 'years' },
  sources: sources.codes,
  breakdowns: ['year', 'source'],
  summaries: {
    mean_age: { count: 'registrations' },
    median_age: { count: 'registrations' },
    modal_age: { count: 'registrations' },
  },
  sql: `
    WITH aged AS (
      SELECT year(r.registration_date) AS year, r.source, r.registration_id, ${ageAtSql('r.victim_birth', 'r.incident_date_from')} AS age
      FROM indicator_registration r
      WHERE year(r.registration_date) BETWEEN $1 AND $2 AND r.victim_birth IS NOT NULL AND r.incident_date_from IS NOT NULL),
    per_age AS (
      SELECT year, source, age, count(*) AS n,
        row_number() OVER (PARTITION BY year, source ORDER BY count(*) DESC, age) AS rank
      FROM aged GROUP BY year, source, age)
    SELECT CAST(a.year AS INTEGER) AS year, a.source, CAST(count(*) AS INTEGER) AS registrations,
      ${cellKeySql(['a.source', 'a.registration_id'])} AS registrations__cell_key,
      avg(a.age) AS mean_age, median(a.age) AS median_age, CAST(any_value(m.age) AS INTEGER) AS modal_age
    FROM aged a
    JOIN per_age m ON m.year = a.year AND m.source = a.source AND m.rank = 1
    GROUP BY a.year, a.source
    ORDER BY year, source`,
};
