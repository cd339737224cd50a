import type { IndicatorDefinition } from '../indicator-definition.ts';
import { cellKeySql } from '../sql/cell-key-sql.ts';

/** A sentence is an event: its registration and its event_id (unique per source). */
const event = ['e.source', 'e.registration_id', 'e.event_id'];

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
  summaries: {
    mean_days: { count: 'with_length' },
    median_days: { count: 'with_length' },
    p80_days: { count: 'with_length' },
  },
  // The unit is the sentence (an event), not the registration: a court case may have several.
  sql: `
    SELECT CAST(year(e.incident_date_from) AS INTEGER) AS cohort, e.sentence_type, CAST(count(*) AS INTEGER) AS sentences,
      ${cellKeySql(event)} AS sentences__cell_key,
      CAST(count(e.sentence_days) AS INTEGER) AS with_length,
      ${cellKeySql(event, 'e.sentence_days IS NOT NULL')} AS with_length__cell_key, avg(e.sentence_days) AS mean_days,
      quantile_cont(e.sentence_days, 0.5) AS median_days, quantile_cont(e.sentence_days, 0.8) AS p80_days
    FROM indicator_event e
    WHERE e.source = 'courts' AND e.step = 'sentence' AND year(e.incident_date_from) BETWEEN $1 AND $2
    GROUP BY ALL
    ORDER BY cohort, e.sentence_type`,
};
