import { sources } from '../../contract/index.ts';
import type { IndicatorDefinition } from '../indicator-definition.ts';
import { cellKeySql } from '../sql/cell-key-sql.ts';

/** Distinct children (after linkage) a source registered as victim, by year of registration. */
export const victimsPerYearBySource: IndicatorDefinition = {
  id: 'victims-per-year-by-source',
  title: { nl: 'Geregistreerde slachtoffers per jaar, naar bron', en: 'Registered victims per year, by source' },
  definition: {
    nl: 'Aantal verschillende kinderen (na koppeling) dat een bron in het jaar van registratie als slachtoffer registreerde. Een kind telt per bron één keer per jaar.',
    en: 'Number of distinct children (after linkage) a source registered as victim in the year of registration. A child counts once per source per year.',
  },
  unit: { nl: 'kinderen', en: 'children' },
  sources: sources.codes,
  breakdowns: ['year', 'source'],
  sql: `
    SELECT year, source, CAST(count(*) AS INTEGER) AS victims, ${cellKeySql(['cluster_id'])} AS victims__cell_key
    FROM victim_year
    WHERE year BETWEEN $1 AND $2
    GROUP BY year, source
    ORDER BY year, source`,
};
