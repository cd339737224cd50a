import { sources } from '../../contract/index.ts';
import type { IndicatorDefinition } from '../indicator-definition.ts';
import { cellKeySql } from '../sql/cell-key-sql.ts';

/** Distinct children by sex, by year of registration. */
export const victimsBySex: IndicatorDefinition = {
  id: 'victims-by-sex',
  title: { nl: 'Slachtoffers naar geslacht', en: 'Victims by sex' },
  definition: {
    nl: 'Verschillende kinderen (na koppeling, alle bronnen) per registratiejaar, naar geslacht, met het aandeel in alle kinderen van dat jaar. Het geslacht van een kind is het vaakst geregistreerde bekende geslacht; alleen onbekend (U) als geen bron het kent.',
    en: 'Distinct children (after linkage, all sources) per registration year, by sex, with the share of all children that year. A child’s sex is the most often registered known sex; unknown (U) only when no source knows it.',
  },
  unit: { nl: 'kinderen', en: 'children' },
  sources: sources.codes,
  breakdowns: ['year', 'sex'],
  ratios: { share: { numerator: 'victims', denominator: 'n_total' } },
  sql: `
    WITH child AS (SELECT DISTINCT year, cluster_id, sex FROM victim_year WHERE year BETWEEN $1 AND $2)
    SELECT year, sex, CAST(count(*) AS INTEGER) AS victims, ${cellKeySql(['cluster_id'])} AS victims__cell_key,
      count(*) / sum(count(*)) OVER (PARTITION BY year) AS share,
      -- all children of the year: each child has one sex, so the rows of a year add up to them, keys too
      CAST(sum(count(*)) OVER (PARTITION BY year) AS INTEGER) AS n_total,
      CAST(sum(${cellKeySql(['cluster_id'])}) OVER (PARTITION BY year) % 2147483648 AS INTEGER) AS n_total__cell_key
    FROM child
    GROUP BY year, sex
    ORDER BY year, sex`,
};
