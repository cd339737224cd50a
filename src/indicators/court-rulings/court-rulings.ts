import type { IndicatorDefinition } from '../indicator-definition.ts';

/** First-instance rulings by outcome; the conviction share is the conviction rate. */
export const courtRulings: IndicatorDefinition = {
  id: 'court-rulings',
  title: { nl: 'Uitspraken van de rechter en veroordelingspercentage', en: 'Court rulings and conviction rate' },
  definition: {
    nl: 'Eerste uitspraak in eerste aanleg per zaak, per cohort (jaar van de eerste incidentdatum), naar uitkomst: veroordeling, vrijspraak, anders; het aandeel veroordelingen is het veroordelingspercentage.',
    en: 'The first first-instance ruling per case, per cohort (year of the first incident date), by outcome: conviction, acquittal, other; the conviction share is the conviction rate.',
  },
  unit: { nl: 'zaken', en: 'cases' },
  sources: ['courts'],
  breakdowns: ['cohort', 'ruling'],
  sql: `
    WITH ruled AS (
      SELECT year(any_value(e.incident_date_from)) AS cohort, arg_min(e.court_ruling, e.event_date) AS ruling
      FROM indicator_event e
      WHERE e.source = 'courts' AND e.step = 'court_ruling' AND year(e.incident_date_from) BETWEEN $1 AND $2
      GROUP BY e.registration_id)
    SELECT CAST(cohort AS INTEGER) AS cohort, ruling, CAST(count(*) AS INTEGER) AS cases,
      count(*) / sum(count(*)) OVER (PARTITION BY cohort) AS share
    FROM ruled
    GROUP BY cohort, ruling
    ORDER BY cohort, ruling`,
};
