import type { IndicatorDefinition } from '../indicator-definition.ts';
import { cellKeySql } from '../sql/cell-key-sql.ts';

/** Children reported to the police who then had contact with a help service. */
export const helpContactAfterReport: IndicatorDefinition = {
  id: 'help-contact-after-report',
  title: { nl: 'Contact met hulpverlening na een melding', en: 'Contact with help services after a report' },
  definition: {
    nl: 'Kinderen (na koppeling) met een politiemelding in het jaar (de eerste melding van dat jaar telt), en hoeveel van hen op of na die melding en binnen het venster (standaard 365 dagen) contact hadden met het Centrum Seksueel Geweld, Veilig Thuis of Slachtofferhulp; service = any: met ten minste één van de drie.',
    en: 'Children (after linkage) with a police report in the year (the first report of that year counts), and how many of them had contact with the Centre for Sexual Violence, Veilig Thuis or Victim Support on or after that report and within the window (365 days by default); service = any: with at least one of the three.',
  },
  unit: { nl: 'kinderen', en: 'children' },
  sources: ['police', 'csg', 'veilig_thuis', 'victim_support'],
  breakdowns: ['year', 'service'],
  ratios: { share: { numerator: 'with_contact', denominator: 'children_reported' } },
  parameters: [
    {
      name: 'window_days',
      label: { nl: 'Venster', en: 'Window' },
      unit: { nl: 'dagen', en: 'days' },
      defaultValue: 365,
    },
  ],
  sql: `
    WITH reported AS (
      SELECT year(e.event_date) AS year, e.victim_cluster AS cluster_id, min(e.event_date) AS reported
      FROM indicator_event e
      WHERE e.victim_cluster IS NOT NULL AND e.source = 'police' AND e.step = 'report' AND year(e.event_date) BETWEEN $1 AND $2
      GROUP BY ALL),
    contact AS (
      SELECT e.victim_cluster AS cluster_id, e.source AS service, e.event_date
      FROM indicator_event e
      WHERE e.victim_cluster IS NOT NULL AND e.step IN ('csg_contact', 'veilig_thuis_contact', 'victim_support_contact')),
    helped AS (
      SELECT DISTINCT p.year, p.cluster_id, c.service
      FROM reported p
      JOIN contact c ON c.cluster_id = p.cluster_id AND c.event_date >= p.reported AND c.event_date <= p.reported + CAST($3 AS INTEGER)),
    per_service AS (
      SELECT year, coalesce(service, 'any') AS service, count(DISTINCT cluster_id) AS children,
        ${cellKeySql(['cluster_id'])} AS children__cell_key
      FROM helped GROUP BY GROUPING SETS ((year, service), (year)))
    SELECT CAST(p.year AS INTEGER) AS year, s.service, CAST(count(*) AS INTEGER) AS children_reported,
      ${cellKeySql(['p.cluster_id'])} AS children_reported__cell_key,
      CAST(coalesce(any_value(h.children), 0) AS INTEGER) AS with_contact,
      coalesce(any_value(h.children__cell_key), 0) AS with_contact__cell_key,
      coalesce(any_value(h.children), 0) / count(*) AS share
    FROM reported p
    CROSS JOIN (VALUES ('any'), ('csg'), ('veilig_thuis'), ('victim_support')) AS s(service)
    LEFT JOIN per_service h ON h.year = p.year AND h.service = s.service
    GROUP BY p.year, s.service
    ORDER BY year, service`,
};
