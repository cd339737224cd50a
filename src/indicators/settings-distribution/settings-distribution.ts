import { sources } from '../../contract/index.ts';
import type { IndicatorDefinition } from '../indicator-definition.ts';
import { cellKeySql } from '../sql/cell-key-sql.ts';

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
  ratios: { share: { numerator: 'registrations', denominator: 'n_total' } },
  sql: `
    SELECT CAST(year(registration_date) AS INTEGER) AS year, source, setting, CAST(count(*) AS INTEGER) AS registrations,
      ${cellKeySql(['source', 'registration_id'])} AS registrations__cell_key,
      count(*) / sum(count(*)) OVER (PARTITION BY year(registration_date), source) AS share,
      -- all registrations of the source and year: each has one setting, so the rows add up to them, keys too
      CAST(sum(count(*)) OVER (PARTITION BY year(registration_date), source) AS INTEGER) AS n_total,
      CAST(sum(${cellKeySql(['source', 'registration_id'])}) OVER (PARTITION BY year(registration_date), source) % 2147483648 AS INTEGER)
        AS n_total__cell_key
    FROM indicator_registration
    WHERE year(registration_date) BETWEEN $1 AND $2
    GROUP BY year(registration_date), source, setting
    ORDER BY year, source, setting`,
};
