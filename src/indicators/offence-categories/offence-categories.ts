import { sources } from '../../contract/index.ts';
import type { IndicatorDefinition } from '../indicator-definition.ts';
import { cellKeySql } from '../sql/cell-key-sql.ts';
import { offenceCategorySql } from '../sql/offence-category-sql.ts';

/** Registrations by offence category, comparable across the Wet seksuele misdrijven (1 July 2024). */
export const offenceCategories: IndicatorDefinition = {
  id: 'offence-categories',
  title: { nl: 'Registraties naar delictcategorie', en: 'Registrations by offence category' },
  definition: {
    nl: 'Registraties per bron en registratiejaar naar de vaste rapportagecategorie van de delictcode. Codes van de oude zedentitel en van de Wet seksuele misdrijven (vanaf 1 juli 2024) vallen in dezelfde categorieën, zodat de reeks doorloopt; under_wsm telt hoeveel registraties een code van de nieuwe wet dragen.',
    en: 'Registrations per source and year of registration by the offence code’s stable reporting category. Codes of the old Title XIV and of the Sexual Offences Act (from 1 July 2024) fall into the same categories, so the series continues; under_wsm counts how many carry a new-law code.',
  },
  unit: { nl: 'registraties', en: 'registrations' },
  sources: sources.codes,
  breakdowns: ['year', 'source', 'category'],
  sql: `
    SELECT CAST(year(r.registration_date) AS INTEGER) AS year, r.source, o.category, CAST(count(*) AS INTEGER) AS registrations,
      ${cellKeySql(['r.source', 'r.registration_id'])} AS registrations__cell_key,
      CAST(count(*) FILTER (WHERE o.regime = 'wsm') AS INTEGER) AS under_wsm,
      ${cellKeySql(['r.source', 'r.registration_id'], "o.regime = 'wsm'")} AS under_wsm__cell_key
    FROM indicator_registration r
    JOIN ${offenceCategorySql} AS o(offence_code, category, regime) ON o.offence_code = r.offence_code
    WHERE year(r.registration_date) BETWEEN $1 AND $2
    GROUP BY ALL
    ORDER BY year, r.source, o.category`,
};
