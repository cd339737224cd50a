import type { IndicatorDefinition } from '../indicator-definition.ts';
import { cellKeySql } from '../sql/cell-key-sql.ts';
import { stockPeriodSql } from '../sql/stock-period-sql.ts';

/** The age of the werkvoorraad (work stock) at each half-year's end, in bands. */
export const werkvoorraadAge: IndicatorDefinition = {
  id: 'werkvoorraad-age',
  title: { nl: 'Leeftijd van de werkvoorraad', en: 'Age of the work stock' },
  definition: {
    nl: 'Openstaande zaken bij OM en rechtbank op 30 juni en 31 december (zoals bij werkvoorraad) naar hoe lang ze openstaan: 0–3 maanden (0–90 dagen), 3–6 maanden (91–182), 6–12 maanden (183–364), 12 maanden of langer.',
    en: 'Open cases at the prosecution service and the court on 30 June and 31 December (as in werkvoorraad) by how long they have been open: 0–3 months (0–90 days), 3–6 months (91–182), 6–12 months (183–364), 12 months or more.',
  },
  unit: { nl: 'zaken', en: 'cases' },
  sources: ['om', 'courts'],
  breakdowns: ['source', 'half_year_end', 'age_band'],
  // The unit is the case, its registration (source, registration_id): the bands add up to werkvoorraad's stock_end.
  sql: `
    WITH ${stockPeriodSql},
    open_case AS (
      SELECT c.source, c.registration_id, p.half_year_end, date_diff('day', c.opened, p.half_year_end) AS days
      FROM stock_case c
      JOIN stock_period p ON c.opened <= p.half_year_end AND (c.closed IS NULL OR c.closed > p.half_year_end)
      WHERE p.previous_end IS NOT NULL)
    SELECT source, strftime(half_year_end, '%Y-%m-%d') AS half_year_end,
      CASE WHEN days <= 90 THEN '0-3m' WHEN days <= 182 THEN '3-6m' WHEN days <= 364 THEN '6-12m' ELSE '>=12m' END AS age_band,
      CAST(count(*) AS INTEGER) AS cases, ${cellKeySql(['source', 'registration_id'])} AS cases__cell_key
    FROM open_case
    GROUP BY ALL
    ORDER BY source, half_year_end, min(days)`,
};
