import { homeSettings, sources } from '../../contract/index.ts';
import type { IndicatorDefinition } from '../indicator-definition.ts';
import { cellKeySql } from '../sql/cell-key-sql.ts';
import { sqlList } from '../sql/sql-list.ts';

/** Share of registrations "in een woning" (in a home), per source and year. */
export const homeShare: IndicatorDefinition = {
  id: 'home-share',
  title: { nl: 'Aandeel in een woning', en: 'Share in a home' },
  definition: {
    nl: 'Registraties met als plaats een woning (van het slachtoffer, van de verdachte of een andere woning), als aandeel van alle registraties van de bron in het jaar (share) en van die met een bekende plaats (share_of_known).',
    en: 'Registrations whose setting is a home (the victim’s, the suspect’s or another home), as a share of all the source’s registrations in the year (share) and of those with a known setting (share_of_known).',
  },
  unit: { nl: 'aandeel registraties', en: 'share of registrations' },
  sources: sources.codes,
  breakdowns: ['year', 'source'],
  ratios: {
    share: { numerator: 'in_home', denominator: 'registrations' },
    share_of_known: { numerator: 'in_home', denominator: 'known_setting' },
  },
  sql: `
    SELECT CAST(year(registration_date) AS INTEGER) AS year, source, CAST(count(*) AS INTEGER) AS registrations,
      ${cellKeySql(['source', 'registration_id'])} AS registrations__cell_key,
      CAST(count(*) FILTER (WHERE setting IN ${sqlList(homeSettings)}) AS INTEGER) AS in_home,
      ${cellKeySql(['source', 'registration_id'], `setting IN ${sqlList(homeSettings)}`)} AS in_home__cell_key,
      CAST(count(*) FILTER (WHERE setting <> 'unknown') AS INTEGER) AS known_setting,
      ${cellKeySql(['source', 'registration_id'], "setting <> 'unknown'")} AS known_setting__cell_key,
      count(*) FILTER (WHERE setting IN ${sqlList(homeSettings)}) / count(*) AS share,
      count(*) FILTER (WHERE setting IN ${sqlList(homeSettings)}) / nullif(count(*) FILTER (WHERE setting <> 'unknown'), 0) AS share_of_known
    FROM indicator_registration
    WHERE year(registration_date) BETWEEN $1 AND $2
    GROUP BY ALL
    ORDER BY year, source`,
};
