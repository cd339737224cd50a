import type { IndicatorDefinition } from '../indicator-definition.ts';

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
  sql: `
    WITH reached AS (
      SELECT CAST(year(incident_date_from) AS INTEGER) AS cohort,
        count(report) AS report, count(complaint) AS complaint, count(suspect_registered) AS suspect_registered,
        count(om_inflow) AS om_inflow, count(om_decided) AS om_decision, count(ruled) AS court_ruling,
        count(convicted) AS conviction, count(sentenced) AS sentence
      FROM justice_step
      WHERE year(incident_date_from) BETWEEN $1 AND $2
      GROUP BY ALL),
    counted AS (
      UNPIVOT reached ON report, complaint, suspect_registered, om_inflow, om_decision, court_ruling, conviction, sentence
      INTO NAME step VALUE incidents),
    ordered AS (
      SELECT c.cohort, c.step, s.step_order, c.incidents
      FROM counted c
      JOIN (VALUES ('report', 1), ('complaint', 2), ('suspect_registered', 3), ('om_inflow', 4), ('om_decision', 5),
                   ('court_ruling', 6), ('conviction', 7), ('sentence', 8)) AS s(step, step_order) ON s.step = c.step
      WHERE c.incidents > 0)
    SELECT cohort, step, CAST(step_order AS INTEGER) AS step_order, CAST(incidents AS INTEGER) AS incidents,
      incidents / lag(incidents) OVER (PARTITION BY cohort ORDER BY step_order) AS previous_share
    FROM ordered
    ORDER BY cohort, step_order`,
};
