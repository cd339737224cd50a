import type { IndicatorDefinition } from '../indicator-definition.ts';

/**
 * The estimation stage's result, read from `pipeline_output` (stage 'estimate', latest run for
 * the same period): the indicator does not estimate anything itself.
 */
export const estimatedTotalVictims: IndicatorDefinition = {
  id: 'estimated-total-victims',
  title: {
    nl: 'Geschat totaal aantal slachtoffers, inclusief het verborgen aantal',
    en: 'Estimated total number of victims, including the hidden number',
  },
  definition: {
    nl: 'Het aantal kinderen in de periode dat ten minste één bron registreerde, plus het met log-lineaire multiple systems estimation geschatte aantal dat geen bron zag, met 95%-interval. Overgenomen uit de schattingsstap van dezelfde periode; de verhouding is totaal ÷ geregistreerd.',
    en: 'The number of children in the period registered by at least one source, plus the number no source saw as estimated by log-linear multiple systems estimation, with its 95% interval. Taken from the estimation stage for the same period; the ratio is total ÷ registered.',
  },
  unit: { nl: 'kinderen', en: 'children' },
  sources: ['police', 'om', 'courts', 'csg', 'veilig_thuis', 'victim_support'],
  breakdowns: ['period'],
  sql: `
    SELECT CAST(output->>'$.period.from' AS INTEGER) AS year_from, CAST(output->>'$.period.to' AS INTEGER) AS year_to,
      CAST(output->>'$.observed' AS DOUBLE) AS observed, CAST(output->>'$.hidden' AS DOUBLE) AS hidden,
      CAST(output->>'$.total' AS DOUBLE) AS total, CAST(output->>'$.lower' AS DOUBLE) AS lower,
      CAST(output->>'$.upper' AS DOUBLE) AS upper,
      CAST(output->>'$.total' AS DOUBLE) / nullif(CAST(output->>'$.observed' AS DOUBLE), 0) AS ratio,
      output->>'$.model' AS model
    FROM pipeline_output
    WHERE stage = 'estimate' AND json_type(output) = 'OBJECT'
      AND CAST(output->>'$.period.from' AS INTEGER) = $1 AND CAST(output->>'$.period.to' AS INTEGER) = $2
    ORDER BY finished_at DESC
    LIMIT 1`,
};
