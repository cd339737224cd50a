import { sources } from '../../contract/index.ts';
import type { IndicatorDefinition } from '../indicator-definition.ts';
import { cellKeySql } from '../sql/cell-key-sql.ts';

/** Registrations by the suspect's relationship to the victim. */
export const relationshipToSuspect: IndicatorDefinition = {
  id: 'relationship-to-suspect',
  title: { nl: 'Relatie tussen verdachte en slachtoffer', en: 'Relationship of the suspect to the victim' },
  definition: {
    nl: 'Registraties per bron en registratiejaar naar de relatie van de verdachte tot het slachtoffer (codelijst relationship, onbekend inbegrepen), met het aandeel binnen bron en jaar. Familie is (stief)ouder plus ander familielid.',
    en: 'Registrations per source and year of registration by the suspect’s relationship to the victim (code list relationship, unknown included), with the share within source and year. Family is parent plus other family member.',
  },
  unit: { nl: 'registraties', en: 'registrations' },
  sources: sources.codes,
  breakdowns: ['year', 'source', 'relationship'],
  ratios: { share: { numerator: 'registrations', denominator: 'n_total' } },
  sql: `
    SELECT CAST(year(registration_date) AS INTEGER) AS year, source, relationship, CAST(count(*) AS INTEGER) AS registrations,
      ${cellKeySql(['source', 'registration_id'])} AS registrations__cell_key,
      count(*) / sum(count(*)) OVER (PARTITION BY year(registration_date), source) AS share,
      -- all registrations of the source and year: each has one relationship, so the rows add up to them, keys too
      CAST(sum(count(*)) OVER (PARTITION BY year(registration_date), source) AS INTEGER) AS n_total,
      CAST(sum(${cellKeySql(['source', 'registration_id'])}) OVER (PARTITION BY year(registration_date), source) % 2147483648 AS INTEGER)
        AS n_total__cell_key
    FROM indicator_registration
    WHERE year(registration_date) BETWEEN $1 AND $2
    GROUP BY year(registration_date), source, relationship
    ORDER BY year, source, relationship`,
};
