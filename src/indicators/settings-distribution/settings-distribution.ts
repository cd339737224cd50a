import { sources } from '../../contract/index.ts';
import type { IndicatorDefinition } from '../indicator-definition.ts';

/** Registrations by setting (where the violence took place), per source and year. */
export const settingsDistribution: IndicatorDefinition = {
  id: 'settings-distribution',
  title: { nl: 'Registraties naar plaats van het geweld', en: 'Registrations by setting' },
  definition: {
    nl: 'Registraties per bron en registratiejaar naar plaats (codelijst setting, onbekend inbegrepen), met het aandeel binnen bron en jaar.',
    en: 'Registrations per source and year of registration by setting (code list setting, unknown included), with the share within source and year.',
  },
  unit: { nl: 'registraties', en: 'registrations' },
  sources: sources.codes,
  breakdowns: ['year', 'source', 'setting'],
  sql: `
    SELECT CAST(year(registration_date) AS INTEGER) AS year, source, setting, CAST(count(*) AS INTEGER) AS registrations,
      count(*) / sum(count(*)) OVER (PARTITION BY year(registration_date), source) AS share
    FROM indicator_registration
    WHERE year(registration_date) BETWEEN $1 AND $2
    GROUP BY year(registration_date), source, setting
    ORDER BY year, source, setting`,
};
