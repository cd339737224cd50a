import { sources } from '../../contract/index.ts';
import type { IndicatorDefinition } from '../indicator-definition.ts';

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
  sql: `
    SELECT CAST(year(registration_date) AS INTEGER) AS year, source, relationship, CAST(count(*) AS INTEGER) AS registrations,
      count(*) / sum(count(*)) OVER (PARTITION BY year(registration_date), source) AS share
    FROM indicator_registration
    WHERE year(registration_date) BETWEEN $1 AND $2
    GROUP BY year(registration_date), source, relationship
    ORDER BY year, source, relationship`,
};
