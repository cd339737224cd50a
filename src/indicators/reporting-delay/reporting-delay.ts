import type { IndicatorDefinition } from '../indicator-definition.ts';
import { cellKeySql } from '../sql/cell-key-sql.ts';

/** Time from the (end of the) incident to the registration, in bands. */
export const reportingDelay: IndicatorDefinition = {
  id: 'reporting-delay',
  title: { nl: 'Duur tot melding', en: 'Time to report' },
  definition: {
    nl: 'Registraties bij politie en Centrum Seksueel Geweld per registratiejaar naar de dagen tussen het einde van het incident (of de begindatum als er geen einde is) en de registratie: 0–3, 4–14, 15–30, 31–91 dagen, 3–12 maanden (92–365), 1–5 jaar (366–1826), meer dan 5 jaar, of onbekend.',
    en: 'Registrations at the police and the Centre for Sexual Violence per year of registration by the days from the end of the incident (or its start when there is no end) to the registration: 0–3, 4–14, 15–30, 31–91 days, 3–12 months (92–365), 1–5 years (366–1826), more than 5 years, or unknown.',
  },
  unit: { nl: 'registraties', en: 'registrations' },
  sources: ['police', 'csg'],
  breakdowns: ['year', 'source', 'delay_band'],
  sql: `
    WITH delayed AS (
      SELECT year(registration_date) AS year, source, registration_id, date_diff('day', coalesce(incident_date_to, incident_date_from), registration_date) AS days
      FROM indicator_registration
      WHERE source IN ('police', 'csg') AND year(registration_date) BETWEEN $1 AND $2)
    SELECT CAST(year AS INTEGER) AS year, source,
      CASE WHEN days IS NULL THEN 'unknown' WHEN days <= 3 THEN '0-3d' WHEN days <= 14 THEN '4-14d' WHEN days <= 30 THEN '15-30d'
           WHEN days <= 91 THEN '31-91d' WHEN days <= 365 THEN '3-12m' WHEN days <= 1826 THEN '1-5y' ELSE '>5y' END AS delay_band,
      CAST(count(*) AS INTEGER) AS registrations, ${cellKeySql(['source', 'registration_id'])} AS registrations__cell_key
    FROM delayed
    GROUP BY ALL
    ORDER BY year, source, delay_band`,
};
