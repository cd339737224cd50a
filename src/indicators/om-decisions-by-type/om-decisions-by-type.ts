import type { IndicatorDefinition } from '../indicator-definition.ts';

/** OM decisions by type (dagvaarding, sepot, strafbeschikking, …) per cohort of incidents. */
export const omDecisionsByType: IndicatorDefinition = {
  id: 'om-decisions-by-type',
  title: { nl: 'Beslissingen van het OM naar soort', en: 'Prosecution decisions by type' },
  definition: {
    nl: 'Eerste beslissing van het OM per zaak, per cohort (jaar van de eerste incidentdatum), naar soort: dagvaarding, technisch sepot, beleidssepot, strafbeschikking, transactie, voeging; met het aandeel in alle beslissingen van het cohort.',
    en: 'The prosecution service’s first decision per case, per cohort (year of the first incident date), by type: summons, technical dismissal, policy dismissal, penal order, transaction, joinder; with the share of all decisions in the cohort.',
  },
  unit: { nl: 'zaken', en: 'cases' },
  sources: ['om'],
  breakdowns: ['cohort', 'decision'],
  sql: `
    WITH decided AS (
      SELECT year(any_value(e.incident_date_from)) AS cohort, arg_min(e.om_decision, e.event_date) AS decision
      FROM indicator_event e
      WHERE e.source = 'om' AND e.step = 'om_decision' AND year(e.incident_date_from) BETWEEN $1 AND $2
      GROUP BY e.registration_id)
    SELECT CAST(cohort AS INTEGER) AS cohort, decision, CAST(count(*) AS INTEGER) AS cases,
      count(*) / sum(count(*)) OVER (PARTITION BY cohort) AS share
    FROM decided
    GROUP BY cohort, decision
    ORDER BY cohort, decision`,
};
