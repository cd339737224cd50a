import type { IndicatorDefinition } from '../indicator-definition.ts';
import { cellKeySql } from '../sql/cell-key-sql.ts';

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
  // n_decisions: the cohort's decided cases, the share's denominator (disclosure control drops it after use)
  ratios: { share: { numerator: 'cases', denominator: 'n_decisions' } },
  sql: `
    WITH decided AS (
      SELECT e.source, e.registration_id, year(any_value(e.incident_date_from)) AS cohort,
        arg_min(e.om_decision, e.event_date) AS decision
      FROM indicator_event e
      WHERE e.source = 'om' AND e.step = 'om_decision' AND year(e.incident_date_from) BETWEEN $1 AND $2
      GROUP BY e.source, e.registration_id),
    cohort_total AS (
      SELECT cohort, count(*) AS n_decisions, ${cellKeySql(['source', 'registration_id'])} AS n_decisions__cell_key
      FROM decided
      GROUP BY cohort)
    SELECT CAST(d.cohort AS INTEGER) AS cohort, d.decision, CAST(count(*) AS INTEGER) AS cases,
      ${cellKeySql(['d.source', 'd.registration_id'])} AS cases__cell_key,
      count(*) / any_value(t.n_decisions) AS share,
      CAST(any_value(t.n_decisions) AS INTEGER) AS n_decisions, any_value(t.n_decisions__cell_key) AS n_decisions__cell_key
    FROM decided d
    JOIN cohort_total t ON t.cohort = d.cohort
    GROUP BY d.cohort, d.decision
    ORDER BY cohort, decision`,
};
