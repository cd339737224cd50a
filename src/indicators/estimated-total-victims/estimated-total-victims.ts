import type { SourceCode } from '../../contract/index.ts';
import type { IndicatorDefinition } from '../indicator-definition.ts';
import { cellKeySql } from '../sql/cell-key-sql.ts';
import { sqlList } from '../sql/sql-list.ts';

/** The sources of the estimate's lists (`estimationLists` in src/pipeline/estimate-hidden-victims.ts). */
const listSources: readonly SourceCode[] = ['police', 'om', 'courts', 'csg', 'veilig_thuis', 'victim_support'];

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
  sources: listSources,
  breakdowns: ['period'],
  sql: `
    WITH estimate AS (
      SELECT output FROM pipeline_output
      WHERE stage = 'estimate' AND json_type(output) = 'OBJECT'
        AND CAST(output->>'$.period.from' AS INTEGER) = $1 AND CAST(output->>'$.period.to' AS INTEGER) = $2
      ORDER BY finished_at DESC
      LIMIT 1),
    -- the cell key of the children the estimate observed: stored with the estimate (observedCellKey), or for an output
    -- stored before, the children its capture histories count (src/pipeline/load-capture-counts.ts): linked children
    -- a list's source registered with an incident (its start, else the registration date) in the period
    observed AS (
      SELECT ${cellKeySql(['cluster_id'])} AS cell_key
      FROM (
        SELECT r.victim_cluster AS cluster_id FROM indicator_registration r
        WHERE r.victim_cluster IS NOT NULL AND r.source IN ${sqlList(listSources)}
          AND year(coalesce(r.incident_date_from, r.registration_date)) BETWEEN $1 AND $2))
    SELECT CAST(output->>'$.period.from' AS INTEGER) AS year_from, CAST(output->>'$.period.to' AS INTEGER) AS year_to,
      CAST(output->>'$.observed' AS DOUBLE) AS observed, coalesce(CAST(output->>'$.observedCellKey' AS INTEGER), o.cell_key) AS observed__cell_key,
      CAST(output->>'$.hidden' AS DOUBLE) AS hidden,
      CAST(output->>'$.total' AS DOUBLE) AS total, CAST(output->>'$.lower' AS DOUBLE) AS lower,
      CAST(output->>'$.upper' AS DOUBLE) AS upper,
      CAST(output->>'$.total' AS DOUBLE) / nullif(CAST(output->>'$.observed' AS DOUBLE), 0) AS ratio,
      output->>'$.model' AS model
    FROM estimate, observed o`,
};
