import type { IndicatorDefinition } from '../indicator-definition.ts';
import { cellKeySql } from '../sql/cell-key-sql.ts';

/** Share of police reports (meldingen) with a formal complaint (aangifte). */
export const complaintShare: IndicatorDefinition = {
  id: 'complaint-share',
  title: { nl: 'Aandeel meldingen met aangifte', en: 'Share of reports with a formal complaint' },
  definition: {
    nl: 'Politieregistraties per registratiejaar, en hoeveel daarvan (tot nu toe) een aangifte kregen, als aandeel. Recente jaren lopen achter: een aangifte na het einde van de levering is nog niet bekend.',
    en: 'Police registrations per year of registration, and how many of them have (so far) a formal complaint, as a share. Recent years lag: a complaint after the end of the delivery is not yet known.',
  },
  unit: { nl: 'aandeel registraties', en: 'share of registrations' },
  sources: ['police'],
  breakdowns: ['year'],
  ratios: { share: { numerator: 'with_complaint', denominator: 'registrations' } },
  sql: `
    WITH complained AS (SELECT DISTINCT registration_id FROM indicator_event WHERE source = 'police' AND step = 'complaint')
    SELECT CAST(year(r.registration_date) AS INTEGER) AS year, CAST(count(*) AS INTEGER) AS registrations,
      ${cellKeySql(['r.source', 'r.registration_id'])} AS registrations__cell_key,
      CAST(count(c.registration_id) AS INTEGER) AS with_complaint,
      ${cellKeySql(['r.source', 'r.registration_id'], 'c.registration_id IS NOT NULL')} AS with_complaint__cell_key,
      count(c.registration_id) / count(*) AS share
    FROM indicator_registration r
    LEFT JOIN complained c ON c.registration_id = r.registration_id
    WHERE r.source = 'police' AND year(r.registration_date) BETWEEN $1 AND $2
    GROUP BY ALL
    ORDER BY year`,
};
