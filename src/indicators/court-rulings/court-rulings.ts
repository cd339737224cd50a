import type { IndicatorDefinition } from '../indicator-definition.ts';
import { cellKeySql } from '../sql/cell-key-sql.ts';

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
  // n_rulings: the cohort's ruled cases, the share's denominator (disclosure control drops it after use)
  ratios: { share: { numerator: 'cases', denominator: 'n_rulings' } },
  sql: `
    WITH ruled AS (
      SELECT e.source, e.registration_id, year(any_value(e.incident_date_from)) AS cohort,
        arg_min(e.court_ruling, e.event_date) AS ruling
      FROM indicator_event e
      WHERE e.source = 'courts' AND e.step = 'court_ruling' AND year(e.incident_date_from) BETWEEN $1 AND $2
      GROUP BY e.source, e.registration_id),
    cohort_total AS (
      SELECT cohort, count(*) AS n_rulings, ${cellKeySql(['source', 'registration_id'])} AS n_rulings__cell_key
      FROM ruled
      GROUP BY cohort)
    SELECT CAST(r.cohort AS INTEGER) AS cohort, r.ruling, CAST(count(*) AS INTEGER) AS cases,
      ${cellKeySql(['r.source', 'r.registration_id'])} AS cases__cell_key,
      count(*) / any_value(t.n_rulings) AS share,
      CAST(any_value(t.n_rulings) AS INTEGER) AS n_rulings, any_value(t.n_rulings__cell_key) AS n_rulings__cell_key
    FROM ruled r
    JOIN cohort_total t ON t.cohort = r.cohort
    GROUP BY r.cohort, r.ruling
    ORDER BY cohort, ruling`,
};
