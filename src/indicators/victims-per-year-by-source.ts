import type { IndicatorDefinition } from './indicator-definition.ts';

/** Distinct children (after linkage) a source registered as victim, by year of registration. */
export const victimsPerYearBySource: IndicatorDefinition = {
  id: 'victims-per-year-by-source',
  title: { nl: 'Geregistreerde slachtoffers per jaar, naar bron', en: 'Registered victims per year, by source' },
  unit: { nl: 'kinderen', en: 'children' },
  breakdowns: ['year', 'source'],
  sql: `
    SELECT CAST(year(r.registration_date) AS INTEGER) AS year, r.source, CAST(count(DISTINCT l.cluster_id) AS INTEGER) AS victims
    FROM registration_current r
    JOIN person_link l ON l.source = r.source AND l.person_id = r.victim_person_id
    WHERE year(r.registration_date) BETWEEN ? AND ?
    GROUP BY ALL
    ORDER BY year, r.source`,
};
