import { sources } from '../../contract/index.ts';
import type { IndicatorDefinition } from '../indicator-definition.ts';
import { cellKeySql } from '../sql/cell-key-sql.ts';

/** Distinct children registered as victim by any source, by year of registration. */
export const victimsPerYear: IndicatorDefinition = {
  id: 'victims-per-year',
  title: { nl: 'Geregistreerde slachtoffers per jaar (alle bronnen)', en: 'Registered victims per year (any source)' },
  definition: {
    nl: 'Aantal verschillende kinderen (na koppeling over alle bronnen) dat in het jaar door ten minste één bron als slachtoffer is geregistreerd. Een kind dat bij meerdere bronnen bekend is, telt één keer.',
    en: 'Number of distinct children (linked across all sources) registered as victim by at least one source in the year. A child known to several sources counts once.',
  },
  unit: { nl: 'kinderen', en: 'children' },
  sources: sources.codes,
  breakdowns: ['year'],
  sql: `
    SELECT year, CAST(count(DISTINCT cluster_id) AS INTEGER) AS registered, ${cellKeySql(['cluster_id'])} AS registered__cell_key
    FROM victim_year
    WHERE year BETWEEN $1 AND $2
    GROUP BY year
    ORDER BY year`,
};
