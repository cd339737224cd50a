import type { IndicatorDefinition } from '../indicator-definition.ts';
import { cellKeySql } from '../sql/cell-key-sql.ts';

/** An OM case (justice_case) is its OM registration: the same record key as (source, registration_id). */
const omCase = ["'om'", 'om_registration_id'];
const withinNorm = "date_diff('day', complaint, om_inflow) <= $3";

/** Ketennorm politie (chain norm, police): the dossier at the OM within six months of the complaint. */
export const normAttainmentPolice: IndicatorDefinition = {
  id: 'norm-attainment-police',
  title: { nl: 'Ketennorm zeden politie', en: 'Chain norm for sexual offences: police' },
  definition: {
    nl: 'Van de zaken die in het jaar bij het OM instroomden en een aangifte hadden: het aandeel dat binnen de norm (standaard 183 dagen) na de aangifte instroomde, tegen het doel (standaard 80%). De zaak wordt aan de politieregistratie gekoppeld op verdachte, incidentdatum en delictcode (en slachtoffer, als beide er een noemen).',
    en: 'Of the cases that reached the prosecution service in the year and had a formal complaint: the share that arrived within the norm (183 days by default) after the complaint, against the target (80% by default). The case is linked to the police registration by suspect, incident date and offence code (and victim, where both name one).',
  },
  unit: { nl: 'aandeel zaken', en: 'share of cases' },
  sources: ['police', 'om'],
  breakdowns: ['year'],
  parameters: [
    { name: 'norm_days', label: { nl: 'Norm', en: 'Norm' }, unit: { nl: 'dagen', en: 'days' }, defaultValue: 183 },
    {
      name: 'target_share',
      label: { nl: 'Doel', en: 'Target' },
      unit: { nl: 'aandeel', en: 'share' },
      defaultValue: 0.8,
    },
  ],
  ratios: { share_within_norm: { numerator: 'within_norm', denominator: 'cases' } },
  // The unit is the OM case, hashed as its OM registration ('om', registration_id). meets_target compares the
  // share with the constant target: disclosure control must recompute it from the protected share.
  sql: `
    SELECT CAST(year(om_inflow) AS INTEGER) AS year, CAST(count(*) AS INTEGER) AS cases, ${cellKeySql(omCase)} AS cases__cell_key,
      CAST($3 AS INTEGER) AS norm_days,
      CAST(count(*) FILTER (WHERE ${withinNorm}) AS INTEGER) AS within_norm,
      ${cellKeySql(omCase, withinNorm)} AS within_norm__cell_key,
      count(*) FILTER (WHERE ${withinNorm}) / count(*) AS share_within_norm,
      CAST($4 AS DOUBLE) AS target_share,
      count(*) FILTER (WHERE ${withinNorm}) / count(*) >= $4 AS meets_target
    FROM justice_case
    WHERE complaint IS NOT NULL AND om_inflow IS NOT NULL AND year(om_inflow) BETWEEN $1 AND $2
    GROUP BY ALL
    ORDER BY year`,
};
