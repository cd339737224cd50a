import type { IndicatorDefinition } from '../indicator-definition.ts';
import { cellKeySql } from '../sql/cell-key-sql.ts';

/** The steps in their order, each with the justice_step column holding the date it was first reached. */
const steps = [
  ['report', 'report'],
  ['complaint', 'complaint'],
  ['suspect_registered', 'suspect_registered'],
  ['om_inflow', 'om_inflow'],
  ['om_decision', 'om_decided'],
  ['court_ruling', 'ruled'],
  ['conviction', 'convicted'],
  ['sentence', 'sentenced'],
] as const;

/** The justice chain per cohort of incidents: report → complaint → suspect → OM → decision → ruling → conviction → sentence. */
export const chainFunnel: IndicatorDefinition = {
  id: 'chain-funnel',
  title: { nl: 'De strafrechtketen per cohort', en: 'The criminal justice chain per cohort' },
  definition: {
    nl: 'Per cohort (jaar van de eerste incidentdatum, bij elke partner dezelfde) het aantal incidenten dat een stap bereikte: melding, aangifte en verdachte geregistreerd bij de politie, instroom en beslissing bij het OM, uitspraak, veroordeling en straf bij de rechter. Iedere stap telt registraties van de partner die de stap zet, dus geen koppeling nodig; previous_share is het aandeel van de vorige stap. Recente cohorten zijn nog onderweg.',
    en: 'Per cohort (year of the first incident date, the same at every partner) the number of incidents that reached a step: report, complaint and suspect registered at the police, inflow and decision at the prosecution service, ruling, conviction and sentence at the court. Each step counts registrations of the partner that takes it, so no linkage is needed; previous_share is the share of the previous step. Recent cohorts are still on their way.',
  },
  unit: { nl: 'incidenten', en: 'incidents' },
  sources: ['police', 'om', 'courts'],
  breakdowns: ['cohort', 'step'],
  ratios: {
    previous_share: {
      numerator: 'incidents',
      denominator: 'incidents',
      previousRow: { partition: ['cohort'], order: 'step_order' },
    },
  },
  // Each step counts the registrations (of any justice partner) that reached it: one justice_step row each.
  sql: `
    WITH reached AS (
      SELECT CAST(year(incident_date_from) AS INTEGER) AS cohort,
        ${steps.map(([step, date]) => `count(${date}) AS ${step}, ${cellKeySql(['source', 'registration_id'], `${date} IS NOT NULL`)} AS ${step}__cell_key`).join(',\n        ')}
      FROM justice_step
      WHERE year(incident_date_from) BETWEEN $1 AND $2
      GROUP BY ALL),
    counted AS (
      UNPIVOT reached ON ${steps.map(([step]) => `(${step}, ${step}__cell_key) AS ${step}`).join(', ')}
      INTO NAME step VALUE incidents, incidents__cell_key),
    ordered AS (
      SELECT c.cohort, c.step, s.step_order, c.incidents, c.incidents__cell_key
      FROM counted c
      JOIN (VALUES ${steps.map(([step], i) => `('${step}', ${i + 1})`).join(', ')}) AS s(step, step_order) ON s.step = c.step
      WHERE c.incidents > 0)
    SELECT cohort, step, CAST(step_order AS INTEGER) AS step_order, CAST(incidents AS INTEGER) AS incidents, incidents__cell_key,
      incidents / lag(incidents) OVER (PARTITION BY cohort ORDER BY step_order) AS previous_share
    FROM ordered
    ORDER BY cohort, step_order`,
};
