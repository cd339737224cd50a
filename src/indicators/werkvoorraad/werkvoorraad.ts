import type { IndicatorDefinition } from '../indicator-definition.ts';
import { cellKeySql } from '../sql/cell-key-sql.ts';
import { stockPeriodSql } from '../sql/stock-period-sql.ts';

/** A stock_case `c` open at the end of the day `date`. */
const openAt = (date: string) => `c.opened <= ${date} AND (c.closed IS NULL OR c.closed > ${date})`;

/** Each count of the half-year (p) with the cases it counts, in the published column order. */
const flows = [
  ['stock_start', openAt('p.previous_end')],
  ['inflow', 'c.opened > p.previous_end AND c.opened <= p.half_year_end'],
  ['outflow', 'c.closed > p.previous_end AND c.closed <= p.half_year_end'],
  ['stock_end', openAt('p.half_year_end')],
] as const;

/** Werkvoorraad (work stock): open cases at each half-year's end, with inflow and outflow. */
export const werkvoorraad: IndicatorDefinition = {
  id: 'werkvoorraad',
  title: {
    nl: 'Werkvoorraad OM en rechtspraak per halfjaar',
    en: 'Work stock (werkvoorraad) of prosecution and courts per half-year',
  },
  definition: {
    nl: 'Openstaande zaken op 30 juni en 31 december van elk jaar: bij het OM van instroom tot beslissing, bij de rechtbank van inschrijving tot uitspraak. Per halfjaar de voorraad aan het begin en het eind, de instroom en de uitstroom (voorraad eind = voorraad begin + instroom − uitstroom) en de gemiddelde leeftijd van de eindvoorraad in dagen.',
    en: 'Open cases on 30 June and 31 December of each year: at the prosecution service from inflow to decision, at the court from registration to ruling. Per half-year the stock at its start and end, the inflow and the outflow (stock at end = stock at start + inflow − outflow) and the mean age of the closing stock in days.',
  },
  unit: { nl: 'zaken', en: 'cases' },
  sources: ['om', 'courts'],
  breakdowns: ['source', 'half_year_end'],
  summaries: { mean_age_days: { count: 'stock_end' } },
  // The unit is the case, its registration (source, registration_id); each count's cell key sums the same cases.
  sql: `
    WITH ${stockPeriodSql},
    measured AS (
      SELECT s.source, p.half_year_end, p.previous_end,
        ${flows.map(([name, filter]) => `count(c.registration_id) FILTER (WHERE ${filter}) AS ${name}, ${cellKeySql(['c.source', 'c.registration_id'], `c.registration_id IS NOT NULL AND ${filter}`)} AS ${name}__cell_key`).join(',\n        ')},
        avg(date_diff('day', c.opened, p.half_year_end)) FILTER (WHERE ${openAt('p.half_year_end')}) AS mean_age_days
      FROM stock_source s
      CROSS JOIN stock_period p
      LEFT JOIN stock_case c ON c.source = s.source
      WHERE p.previous_end IS NOT NULL
      GROUP BY s.source, p.half_year_end, p.previous_end)
    SELECT source, strftime(half_year_end, '%Y-%m-%d') AS half_year_end,
      ${flows.map(([name]) => `CAST(${name} AS INTEGER) AS ${name}, ${name}__cell_key`).join(', ')}, mean_age_days
    FROM measured
    ORDER BY source, half_year_end`,
};
