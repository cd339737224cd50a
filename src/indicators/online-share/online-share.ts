import { sources } from '../../contract/index.ts';
import type { IndicatorDefinition } from '../indicator-definition.ts';
import { cellKeySql } from '../sql/cell-key-sql.ts';

/** Share of registrations where the violence (partly) took place online. */
export const onlineShare: IndicatorDefinition = {
  id: 'online-share',
  title: { nl: 'Aandeel online', en: 'Share online' },
  definition: {
    nl: 'Registraties waarbij het geweld (deels) online plaatsvond (online-vlag of plaats online), als aandeel van alle registraties van de bron in het registratiejaar.',
    en: 'Registrations where the violence took place (partly) online (the online flag or setting online), as a share of all the source’s registrations in the year of registration.',
  },
  unit: { nl: 'aandeel registraties', en: 'share of registrations' },
  sources: sources.codes,
  breakdowns: ['year', 'source'],
  ratios: { share: { numerator: 'online', denominator: 'registrations' } },
  sql: `
    SELECT CAST(year(registration_date) AS INTEGER) AS year, source, CAST(count(*) AS INTEGER) AS registrations,
      ${cellKeySql(['source', 'registration_id'])} AS registrations__cell_key,
      CAST(count(*) FILTER (WHERE online OR setting = 'online') AS INTEGER) AS online,
      ${cellKeySql(['source', 'registration_id'], "online OR setting = 'online'")} AS online__cell_key,
      count(*) FILTER (WHERE online OR setting = 'online') / count(*) AS share
    FROM indicator_registration
    WHERE year(registration_date) BETWEEN $1 AND $2
    GROUP BY ALL
    ORDER BY year, source`,
};
