import { sources } from '../../contract/index.ts';
import type { IndicatorDefinition } from '../indicator-definition.ts';
import { cellKeySql } from '../sql/cell-key-sql.ts';

/** Distinct suspects (after linkage) per year of registration, per source and across sources. */
export const suspectsPerYear: IndicatorDefinition = {
  id: 'suspects-per-year',
  title: { nl: 'Geregistreerde verdachten per jaar', en: 'Registered suspects per year' },
  definition: {
    nl: 'Aantal verschillende verdachten (na koppeling) dat een bron in het registratiejaar bij een registratie noemde; source = all telt een verdachte over alle bronnen samen één keer. Personen, geen zaken.',
    en: 'Number of distinct suspects (after linkage) a source named on a registration in the year of registration; source = all counts a suspect once across all sources. Persons, not cases.',
  },
  unit: { nl: 'verdachten', en: 'suspects' },
  sources: sources.codes,
  breakdowns: ['year', 'source'],
  sql: `
    SELECT s.year, coalesce(s.source, 'all') AS source, CAST(count(DISTINCT s.cluster_id) AS INTEGER) AS suspects,
      ${cellKeySql(['s.cluster_id'])} AS suspects__cell_key
    FROM suspect_year s
    WHERE s.year BETWEEN $1 AND $2
    GROUP BY GROUPING SETS ((s.year, s.source), (s.year))
    ORDER BY year, source`,
};
