import type { IndicatorDefinition } from '../indicator-definition.ts';
import { cellKeySql } from '../sql/cell-key-sql.ts';

/** Days per stage of the chain: mean, median, 80th percentile and the share within a norm. */
export const throughputTimes: IndicatorDefinition = {
  id: 'throughput-times',
  title: { nl: 'Doorlooptijden per fase', en: 'Throughput times per stage' },
  definition: {
    nl: 'Dagen per fase, voor zaken die de fase in het jaar afrondden (jaar van de eindgebeurtenis): incident → melding, melding → aangifte, melding → verdachte, aangifte → instroom OM, instroom OM → beslissing OM, instroom OM → uitspraak, inschrijving rechtbank → uitspraak. Gemiddelde, mediaan en 80e percentiel (interpolerend) en het aandeel binnen de norm (standaard 183 dagen, zes maanden). Fasen over twee partners heen (aangifte → OM, OM → uitspraak) volgen uit koppeling van de zaak op verdachte, incidentdatum en delictcode (en slachtoffer, als beide er een noemen). Nog lopende zaken tellen niet mee.',
    en: 'Days per stage, for cases that completed the stage in the year (year of the end event): incident → report, report → complaint, report → suspect, complaint → prosecution inflow, inflow → prosecution decision, inflow → ruling, court registration → ruling. Mean, median and 80th percentile (interpolated) and the share within the norm (183 days, six months, by default). Stages across two partners (complaint → prosecution, prosecution → ruling) rest on linking the case by suspect, incident date and offence code (and victim, where both name one). Cases still open are not counted.',
  },
  unit: { nl: 'dagen', en: 'days' },
  sources: ['police', 'om', 'courts'],
  breakdowns: ['stage', 'year'],
  parameters: [
    { name: 'norm_days', label: { nl: 'Norm', en: 'Norm' }, unit: { nl: 'dagen', en: 'days' }, defaultValue: 183 },
  ],
  ratios: { share_within_norm: { numerator: 'within_norm', denominator: 'cases' } },
  summaries: { mean_days: { count: 'cases' }, median_days: { count: 'cases' }, p80_days: { count: 'cases' } },
  // Each stage row carries its unit: the police or court registration, or the OM case as its OM registration.
  sql: `
    WITH police AS (
      SELECT r.source, r.registration_id, coalesce(r.incident_date_to, r.incident_date_from) AS incident, s.report, s.complaint, s.suspect_registered
      FROM indicator_registration r
      JOIN justice_step s ON s.source = 'police' AND s.registration_id = r.registration_id
      WHERE r.source = 'police'),
    courts AS (
      SELECT r.source, r.registration_id, r.registration_date AS registered, s.ruled
      FROM indicator_registration r
      JOIN justice_step s ON s.source = 'courts' AND s.registration_id = r.registration_id
      WHERE r.source = 'courts'),
    om AS (SELECT 'om' AS source, om_registration_id AS registration_id, * EXCLUDE (om_registration_id) FROM justice_case),
    interval_days AS (
      SELECT source, registration_id, 1 AS stage_order, 'incident_to_report' AS stage, report AS ended, date_diff('day', incident, report) AS days FROM police
      UNION ALL SELECT source, registration_id, 2, 'report_to_complaint', complaint, date_diff('day', report, complaint) FROM police
      UNION ALL SELECT source, registration_id, 3, 'report_to_suspect', suspect_registered, date_diff('day', report, suspect_registered) FROM police
      UNION ALL SELECT source, registration_id, 4, 'complaint_to_om_inflow', om_inflow, date_diff('day', complaint, om_inflow) FROM om
      UNION ALL SELECT source, registration_id, 5, 'om_inflow_to_decision', om_decided, date_diff('day', om_inflow, om_decided) FROM om
      UNION ALL SELECT source, registration_id, 6, 'om_inflow_to_ruling', ruled, date_diff('day', om_inflow, ruled) FROM om
      UNION ALL SELECT source, registration_id, 7, 'court_registration_to_ruling', ruled, date_diff('day', registered, ruled) FROM courts)
    SELECT stage, CAST(year(ended) AS INTEGER) AS year, CAST(count(*) AS INTEGER) AS cases,
      ${cellKeySql(['source', 'registration_id'])} AS cases__cell_key, avg(days) AS mean_days,
      quantile_cont(days, 0.5) AS median_days, quantile_cont(days, 0.8) AS p80_days, CAST($3 AS INTEGER) AS norm_days,
      CAST(count(*) FILTER (WHERE days <= $3) AS INTEGER) AS within_norm,
      ${cellKeySql(['source', 'registration_id'], 'days <= $3')} AS within_norm__cell_key,
      count(*) FILTER (WHERE days <= $3) / count(*) AS share_within_norm
    FROM interval_days
    WHERE days IS NOT NULL AND year(ended) BETWEEN $1 AND $2
    GROUP BY stage_order, stage, year(ended)
    ORDER BY stage_order, year`,
};
