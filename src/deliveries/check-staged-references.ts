import type { RecordType } from '../contract/index.ts';
import type { Store } from '../store/index.ts';
import { type DeliveryRule, deliveryRules } from './delivery-rules.ts';
import { idColumn } from './stage-delivery-rows.ts';

type SetRule = { rule: DeliveryRule; column: string; select: string };

/**
 * A registration's victim, looked up once for two rules: one row per registration whose victim is
 * not stored (as NOT EXISTS finds them), one per stored victim born after the incident (as a JOIN).
 */
const victimLookup = `CREATE OR REPLACE TEMP TABLE stage_victim AS
  SELECT s.row_number, s.victim_person_id, p.person_id IS NOT NULL AS found, p.birth_year_month
  FROM stage_registration s LEFT JOIN person_current p ON p.source = s.source AND p.person_id = s.victim_person_id
  WHERE s.victim_person_id IS NOT NULL
    AND (p.person_id IS NULL OR (p.birth_year_month IS NOT NULL AND s.incident_date_from IS NOT NULL AND p.birth_year_month > substr(s.incident_date_from, 1, 7)))`;

/** Rules that need other rows: references to the source's current deliveries, and plausibility across record types. */
function setRulesOf(recordType: RecordType): SetRule[] {
  const personRef = (column: string): SetRule => ({
    rule: 'reference',
    column,
    select: `SELECT s.row_number, s."${column}" AS value FROM stage_registration s
             WHERE s."${column}" IS NOT NULL AND NOT EXISTS (
               SELECT 1 FROM person_current p WHERE p.source = s.source AND p.person_id = s."${column}")`,
  });
  if (recordType === 'registration') {
    return [
      {
        rule: 'reference',
        column: 'victim_person_id',
        select: 'SELECT row_number, victim_person_id AS value FROM stage_victim WHERE NOT found',
      },
      personRef('suspect_person_id'),
      {
        rule: 'birth_after_incident',
        column: 'incident_date_from',
        select: 'SELECT row_number, birth_year_month AS value FROM stage_victim WHERE found',
      },
    ];
  }
  if (recordType === 'case_event') {
    return [
      {
        rule: 'reference',
        column: 'registration_id',
        select: `SELECT s.row_number, s.registration_id AS value FROM stage_case_event s
                 WHERE NOT EXISTS (SELECT 1 FROM registration_current r WHERE r.source = s.source AND r.registration_id = s.registration_id)`,
      },
      {
        rule: 'reference',
        column: 'person_id',
        select: `SELECT s.row_number, s.person_id AS value FROM stage_case_event s
                 WHERE s.person_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM person_current p WHERE p.source = s.source AND p.person_id = s.person_id)`,
      },
    ];
  }
  return [];
}

/**
 * Runs the set-based rules on the staged rows and adds their problems to `stage_quarantine`.
 * An id already stored for another period of the same source is refused too; the same period is
 * a correction that supersedes.
 */
export async function checkStagedReferences(store: Store, recordType: RecordType, period: string): Promise<void> {
  const id = idColumn[recordType];
  const rules: SetRule[] = [
    ...setRulesOf(recordType),
    {
      rule: 'already_stored',
      column: id,
      select: `SELECT s.row_number, s."${id}" AS value FROM stage_${recordType} s
               WHERE EXISTS (SELECT 1 FROM ${recordType} t JOIN delivery d USING (delivery_id)
                             WHERE d.status = 'active' AND d.period <> ? AND t.source = s.source AND t."${id}" = s."${id}")`,
    },
  ];
  // most deliveries are a source's first for their ids: without stored ids of another period there is nothing to look up
  const [other] = await store.all<{ found: boolean }>(
    `SELECT EXISTS (SELECT 1 FROM ${recordType} t JOIN delivery d USING (delivery_id) WHERE d.status = 'active' AND d.period <> ?) AS found`,
    [period],
  );
  if (recordType === 'registration') await store.run(victimLookup);
  for (const r of rules) {
    if (r.rule === 'already_stored' && !other?.found) continue;
    const messages = deliveryRules[r.rule];
    const fill = `replace(replace(?, '{column}', '${r.column}'), '{value}', coalesce(q.value, ''))`;
    // parameters in textual order: the two message templates, then any in the rule's own query
    await store.run(
      `INSERT INTO stage_quarantine
       SELECT q.row_number, '${r.column}', q.value, '${r.rule}', ${fill}, ${fill} FROM (${r.select}) q`,
      [messages.nl, messages.en, ...(r.rule === 'already_stored' ? [period] : [])],
    );
  }
}
