import { sources } from '../../contract/index.ts';
import type { IndicatorDefinition } from '../indicator-definition.ts';
import { cellKeySql } from '../sql/cell-key-sql.ts';

/** Each share's condition: the registration has that field known. */
const known = {
  incident_date_known: 'r.incident_date_from IS NOT NULL',
  setting_known: "r.setting <> 'unknown'",
  relationship_known: "r.relationship <> 'unknown'",
  region_known: "r.region <> 'UNK'",
  victim_known: 'r.victim_person_id IS NOT NULL',
  victim_sex_known: "r.victim_sex IS NOT NULL AND r.victim_sex <> 'U'",
  victim_birth_known: 'r.victim_birth IS NOT NULL',
} as const;
const registration = ['r.source', 'r.registration_id'];

/** How complete each source's registrations are on the fields the monitor breaks down by. */
export const dataCompleteness: IndicatorDefinition = {
  id: 'data-completeness',
  title: { nl: 'Volledigheid van de gegevens', en: 'Completeness of the data' },
  definition: {
    nl: 'Per bron en registratiejaar het aandeel registraties met een bekende incidentdatum, plaats, relatie, regio en slachtoffer, en met een slachtoffer van wie geslacht en geboortemaand bekend zijn.',
    en: 'Per source and year of registration the share of registrations with a known incident date, setting, relationship, region and victim, and with a victim whose sex and birth month are known.',
  },
  unit: { nl: 'aandeel registraties', en: 'share of registrations' },
  sources: sources.codes,
  breakdowns: ['year', 'source'],
  // each share's numerator: the registrations with the field known (n_…, dropped after disclosure control)
  ratios: Object.fromEntries(
    Object.keys(known).map((share) => [share, { numerator: `n_${share}`, denominator: 'registrations' }]),
  ),
  sql: `
    SELECT CAST(year(r.registration_date) AS INTEGER) AS year, r.source, CAST(count(*) AS INTEGER) AS registrations,
      ${cellKeySql(registration)} AS registrations__cell_key,
      ${Object.entries(known)
        .map(([share, condition]) => `avg(CASE WHEN ${condition} THEN 1 ELSE 0 END) AS ${share}`)
        .join(',\n      ')},
      ${Object.entries(known)
        .map(
          ([share, condition]) =>
            `CAST(count(*) FILTER (WHERE ${condition}) AS INTEGER) AS n_${share}, ${cellKeySql(registration, condition)} AS n_${share}__cell_key`,
        )
        .join(',\n      ')}
    FROM indicator_registration r
    WHERE year(r.registration_date) BETWEEN $1 AND $2
    GROUP BY ALL
    ORDER BY year, r.source`,
};
