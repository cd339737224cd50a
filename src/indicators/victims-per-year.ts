import type { IndicatorDefinition } from './indicator-definition.ts';

/** Distinct children registered as victim by any source, by year of registration. */
export const victimsPerYear: IndicatorDefinition = {
  id: 'victims-per-year',
  title: { nl: 'Geregistreerde slachtoffers per jaar (alle bronnen)', en: 'Registered victims per year (any source)' },
  unit: { nl: 'kinderen', en: 'children' },
  breakdowns: ['year'],
  sql: `
    SELECT CAST(year(r.registration_date) AS INTEGER) AS year, CAST(count(DISTINCT l.cluster_id) AS INTEGER) AS registered
    FROM registration_current r
    JOIN person_link l ON l.source = r.source AND l.person_id = r.victim_person_id
    WHERE year(r.registration_date) BETWEEN ? AND ?
    GROUP BY ALL
    ORDER BY year`,
};
