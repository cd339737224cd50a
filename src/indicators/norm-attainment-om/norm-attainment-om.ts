import type { IndicatorDefinition } from '../indicator-definition.ts';
import { cellKeySql } from '../sql/cell-key-sql.ts';

/** An OM case (justice_case) is its OM registration: the same record key as (source, registration_id). */
const omCase = ["'om'", 'om_registration_id'];

/** Ketennorm OM (chain norm, prosecution): assessed within 60 days, and tried within six months of inflow. */
export const normAttainmentOm: IndicatorDefinition = {
  id: 'norm-attainment-om',
  title: { nl: 'Ketennorm zeden OM', en: 'Chain norm for sexual offences: prosecution service' },
  definition: {
    nl: 'Per jaar: van de zaken met een OM-beslissing in dat jaar het aandeel beslist binnen de beoordelingsnorm (standaard 60 dagen na instroom), en van de zaken met een uitspraak in dat jaar het aandeel met een uitspraak binnen de zittingsnorm (standaard 183 dagen na instroom; de uitspraak staat in voor de eerste zitting, die niet wordt geleverd), tegen het doel (standaard 80%). Uitspraken worden aan de OM-zaak gekoppeld op verdachte, incidentdatum en delictcode (en slachtoffer, als beide er een noemen).',
    en: 'Per year: of the cases with a prosecution decision that year, the share decided within the assessment norm (60 days after inflow by default), and of the cases with a ruling that year, the share ruled within the hearing norm (183 days after inflow by default; the ruling stands in for the first hearing, which is not delivered), against the target (80% by default). Rulings are linked to the prosecution case by suspect, incident date and offence code (and victim, where both name one).',
  },
  unit: { nl: 'aandeel zaken', en: 'share of cases' },
  sources: ['om', 'courts'],
  breakdowns: ['year', 'norm'],
  parameters: [
    {
      name: 'hearing_norm_days',
      label: { nl: 'Zittingsnorm', en: 'Hearing norm' },
      unit: { nl: 'dagen', en: 'days' },
      defaultValue: 183,
    },
    {
      name: 'assessment_norm_days',
      label: { nl: 'Beoordelingsnorm', en: 'Assessment norm' },
      unit: { nl: 'dagen', en: 'days' },
      defaultValue: 60,
    },
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
    WITH measured AS (
      SELECT om_registration_id, 'assessment' AS norm, CAST($4 AS INTEGER) AS norm_days, om_decided AS ended, date_diff('day', om_inflow, om_decided) AS days FROM justice_case
      UNION ALL
      SELECT om_registration_id, 'hearing', CAST($3 AS INTEGER), ruled, date_diff('day', om_inflow, ruled) FROM justice_case)
    SELECT CAST(year(ended) AS INTEGER) AS year, norm, any_value(norm_days) AS norm_days, CAST(count(*) AS INTEGER) AS cases,
      ${cellKeySql(omCase)} AS cases__cell_key,
      CAST(count(*) FILTER (WHERE days <= norm_days) AS INTEGER) AS within_norm,
      ${cellKeySql(omCase, 'days <= norm_days')} AS within_norm__cell_key,
      count(*) FILTER (WHERE days <= norm_days) / count(*) AS share_within_norm,
      CAST($5 AS DOUBLE) AS target_share, count(*) FILTER (WHERE days <= norm_days) / count(*) >= $5 AS meets_target
    FROM measured
    WHERE days IS NOT NULL AND year(ended) BETWEEN $1 AND $2
    GROUP BY ALL
    ORDER BY year, norm`,
};
