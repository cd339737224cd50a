import type { IndicatorDefinition } from '../indicator-definition.ts';

/** Sentences by type, with their length in days. */
export const sentenceLength: IndicatorDefinition = {
  id: 'sentence-length',
  title: { nl: 'Opgelegde straffen en strafduur', en: 'Sentences and their length' },
  definition: {
    nl: 'Straffen en maatregelen per cohort (jaar van de eerste incidentdatum) naar soort, met het aantal met een duur en daarvan het gemiddelde, de mediaan en het 80e percentiel in dagen (interpolerend). Soorten zonder duur (boete, tbs) hebben geen duur.',
    en: 'Sentences and measures per cohort (year of the first incident date) by type, with the number that have a length and their mean, median and 80th percentile in days (interpolated). Types without a length (fine, TBS) have none.',
  },
  unit: { nl: 'straffen; dagen', en: 'sentences; days' },
  sources: ['courts'],
  breakdowns: ['cohort', 'sentence_type'],
  sql: `
    SELECT CAST(year(e.incident_date_from) AS INTEGER) AS cohort, e.sentence_type, CAST(count(*) AS INTEGER) AS sentences,
      CAST(count(e.sentence_days) AS INTEGER) AS with_length, avg(e.sentence_days) AS mean_days,
      quantile_cont(e.sentence_days, 0.5) AS median_days, quantile_cont(e.sentence_days, 0.8) AS p80_days
    FROM indicator_event e
    WHERE e.source = 'courts' AND e.step = 'sentence' AND year(e.incident_date_from) BETWEEN $1 AND $2
    GROUP BY ALL
    ORDER BY cohort, e.sentence_type`,
};
