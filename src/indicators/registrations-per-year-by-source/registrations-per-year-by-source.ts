import { sources } from '../../contract/index.ts';
import type { IndicatorDefinition } from '../indicator-definition.ts';
import { cellKeySql } from '../sql/cell-key-sql.ts';

/** Registrations (one per incident per source), by year of registration. */
export const registrationsPerYearBySource: IndicatorDefinition = {
  id: 'registrations-per-year-by-source',
  title: { nl: 'Registraties per jaar, naar bron', en: 'Registrations per year, by source' },
  definition: {
    nl: 'Aantal registraties (één per incident per bron: een melding bij de politie, een zaak bij het OM of de rechter, een contact bij een hulpverlener) naar jaar van registratie. Incidenten, geen personen.',
    en: 'Number of registrations (one per incident per source: a police report, a case at the prosecution service or the court, a contact at a help service) by year of registration. Incidents, not persons.',
  },
  unit: { nl: 'registraties', en: 'registrations' },
  sources: sources.codes,
  breakdowns: ['year', 'source'],
  sql: `
    SELECT CAST(year(registration_date) AS INTEGER) AS year, source, CAST(count(*) AS INTEGER) AS registrations,
      ${cellKeySql(['source', 'registration_id'])} AS registrations__cell_key
    FROM indicator_registration
    WHERE year(registration_date) BETWEEN $1 AND $2
    GROUP BY ALL
    ORDER BY year, source`,
};
