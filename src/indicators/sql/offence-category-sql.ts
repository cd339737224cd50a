import { offenceDefinitions } from '../../contract/index.ts';

/**
 * The contract's offence codes as SQL rows `(offence_code, category, regime)`; use as
 * `JOIN ${offenceCategorySql} AS o(offence_code, category, regime) ON …`, so a series by category
 * runs on across the Wet seksuele misdrijven of 1 July 2024.
 */
export const offenceCategorySql = `(VALUES ${Object.entries(offenceDefinitions)
  .map(([code, d]) => `('${code}', '${d.category}', '${d.regime}')`)
  .join(', ')})`;
