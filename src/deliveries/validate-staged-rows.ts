import { type RecordType, offenceDefinitions, recordColumns, sources, wsmInForce } from '../contract/index.ts';
import type { Store } from '../store/index.ts';
import { type ColumnRule, columnRules } from './column-rules.ts';
import { type DeliveryRule, deliveryRules } from './delivery-rules.ts';
import { idColumn } from './stage-delivery-rows.ts';

const q = (text: string) => `'${text.replaceAll("'", "''")}'`;
const col = (c: string) => `s."${c}"`;
const blank = (v: string) => `(${v} IS NULL OR trim(${v}) = '')`;
/** The trimmed value when it is a real calendar date written YYYY-MM-DD, else NULL. */
const validDate = (v: string) => `CASE WHEN strftime(try_cast(trim(${v}) AS DATE), '%Y-%m-%d') = trim(${v}) THEN trim(${v}) END`;
/** A date column's valid value, computed once per row (see `withDates`). */
const dateOf = (c: string) => `s."${c}#date"`;
/** The staged rows with each date column's valid value beside it, so checks don't recompute it. */
const withDates = (recordType: RecordType, from: string) => {
  const dates = Object.entries(columnRules[recordType]).filter(([, r]) => r.kind === 'date').map(([c]) => `${validDate(`r."${c}"`)} AS "${c}#date"`);
  return `(SELECT r.*${dates.map((d) => `, ${d}`).join('')} FROM ${from} r)`;
};

/** A rule as SQL: which rows break it (`when`), the value to report, and the column (a name, or an expression). */
type Check = { readonly rule: DeliveryRule; readonly column: string; readonly columnSql?: string; readonly when: string; readonly value: string };

function columnChecks(column: string, rule: ColumnRule): Check[] {
  const v = col(column);
  const required = 'required' in rule && rule.required;
  const checks: Check[] = [];
  if (required || rule.kind === 'flag') checks.push({ rule: 'required', column, when: blank(v), value: v });
  const filled = `NOT ${blank(v)}`;
  switch (rule.kind) {
    case 'id':
      checks.push({ rule: 'type', column, when: `${filled} AND length(trim(${v})) > 64`, value: v });
      break;
    case 'date':
      checks.push({ rule: 'date', column, when: `${filled} AND ${dateOf(column)} IS NULL`, value: v });
      break;
    case 'year_month':
      checks.push({ rule: 'type', column, when: `${filled} AND NOT regexp_full_match(trim(${v}), '\\d{4}-(0[1-9]|1[0-2])')`, value: v });
      break;
    case 'code':
      checks.push({ rule: 'code_list', column, when: `${filled} AND ${v} NOT IN (${rule.list.codes.map(q).join(', ')})`, value: v });
      break;
    case 'flag':
      checks.push({ rule: 'code_list', column, when: `${filled} AND lower(trim(${v})) NOT IN ('true', 'false', '1', '0', 'ja', 'nee', 'yes', 'no')`, value: v });
      break;
    case 'count':
      checks.push({
        rule: 'type',
        column,
        when: `${filled} AND (try_cast(trim(${v}) AS DOUBLE) IS NULL OR try_cast(trim(${v}) AS DOUBLE) < 0 OR try_cast(trim(${v}) AS DOUBLE) <> floor(try_cast(trim(${v}) AS DOUBLE)))`,
        value: v,
      });
      break;
    case 'token':
      checks.push({ rule: 'type', column, when: `${filled} AND NOT regexp_full_match(${v}, '[A-Za-z0-9+/=]{16,}')`, value: v });
      break;
  }
  return checks;
}

function crossChecks(recordType: RecordType, source: string, today: string): Check[] {
  const future = (c: string): Check => ({ rule: 'future_date', column: c, when: `${dateOf(c)} > ${q(today)}`, value: dateOf(c) });
  const checks: Check[] = [
    { rule: 'code_list', column: 'source', when: `s.source IN (${sources.codes.map(q).join(', ')}) AND trim(s.source) <> ${q(source)}`, value: 'trim(s.source)' },
  ];
  if (recordType === 'case_event') checks.push(future('event_date'));
  if (recordType === 'registration') {
    const registered = dateOf('registration_date');
    const from = dateOf('incident_date_from');
    const to = dateOf('incident_date_to');
    const incident = `coalesce(${from}, ${to})`;
    const codesOf = (regime: string) => Object.entries(offenceDefinitions).filter(([, d]) => d.regime === regime).map(([c]) => q(c)).join(', ');
    checks.push(
      future('registration_date'),
      future('incident_date_from'),
      future('incident_date_to'),
      { rule: 'incident_after_registration', column: 'incident_date_from', when: `${from} > ${registered}`, value: from },
      { rule: 'incident_period_order', column: 'incident_date_to', when: `${to} < ${from}`, value: `${from} || ' – ' || ${to}` },
      {
        rule: 'offence_regime',
        column: 'offence_code',
        when: `(trim(s.offence_code) IN (${codesOf('zeden')}) AND ${incident} >= ${q(wsmInForce)}) OR (trim(s.offence_code) IN (${codesOf('wsm')}) AND ${incident} < ${q(wsmInForce)})`,
        value: 'trim(s.offence_code)',
      },
    );
  }
  return checks;
}

/** The problem a check reports, as a struct (NULL when the row passes it). */
const problemOf = (c: Check) => {
  const messages = deliveryRules[c.rule];
  const column = c.columnSql ?? q(c.column);
  const text = `left(CAST(${c.value} AS VARCHAR), 200)`;
  const fill = (template: string) => `replace(replace(${q(template)}, '{column}', ${column}), '{value}', coalesce(${text}, ''))`;
  return `CASE WHEN ${c.when} THEN {'column_name': ${column}, 'value': ${text}, 'rule': ${q(c.rule)}, 'message_nl': ${fill(messages.nl)}, 'message_en': ${fill(messages.en)}} END`;
};

/** All checks in one scan of the rows: each row yields the list of its problems, unnested. */
const insertProblems = (checks: readonly Check[], from: string) =>
  `INSERT INTO stage_quarantine
   SELECT row_number, p.column_name, p.value, p.rule, p.message_nl, p.message_en FROM (
     SELECT s.row_number, unnest(list_filter([${checks.map(problemOf).join(',\n')}], x -> x IS NOT NULL)) AS p FROM ${from} s)`;

/** The value as stored: trimmed ids and dates, flags as booleans, counts as integers, blanks as NULL. */
function storedValue(column: string, rule: ColumnRule): string {
  const v = col(column);
  const orNull = (e: string) => `CASE WHEN ${blank(v)} THEN NULL ELSE ${e} END`;
  if (rule.kind === 'id' || rule.kind === 'date' || rule.kind === 'year_month') return orNull(`trim(${v})`);
  if (rule.kind === 'flag') return `CAST(lower(trim(${v})) IN ('true', '1', 'ja', 'yes') AS VARCHAR)`;
  if (rule.kind === 'count') return orNull(`CAST(CAST(try_cast(trim(${v}) AS DOUBLE) AS BIGINT) AS VARCHAR)`);
  return orNull(v);
}

/**
 * Validates the raw staged rows (`stage_raw`) in SQL, every rule of the contract at once, adding
 * problems to `stage_quarantine`, and leaves the rows without problems, normalised, in
 * `stage_<recordType>`. Duplicates are looked for among the otherwise valid rows, as a partner
 * would read them.
 */
export async function validateStagedRows(store: Store, recordType: RecordType, context: { source: string; today: string }): Promise<void> {
  const rules = columnRules[recordType];
  const columns = recordColumns[recordType];
  const checks = [...columns.flatMap((c) => columnChecks(c, rules[c] as ColumnRule)), ...crossChecks(recordType, context.source, context.today)];
  // one cheap scan finds the rows with any problem; only those get their messages built
  await store.run(
    `CREATE OR REPLACE TEMP TABLE stage_bad AS SELECT s.row_number FROM ${withDates(recordType, 'stage_raw')} s WHERE ${checks.map((c) => `coalesce(${c.when}, false)`).join(' OR ')}`,
  );
  await store.run(insertProblems(checks, withDates(recordType, '(SELECT * FROM stage_raw WHERE row_number IN (SELECT row_number FROM stage_bad))')));
  const id = idColumn[recordType];
  // ids seen twice are rare: find them by aggregation, then number only their rows
  await store.run(
    `CREATE OR REPLACE TEMP TABLE stage_first AS
     WITH ok AS (SELECT s.row_number, trim(s."${id}") AS id FROM stage_raw s WHERE s.row_number NOT IN (SELECT row_number FROM stage_quarantine)),
          repeated AS (SELECT id FROM ok GROUP BY id HAVING count(*) > 1)
     SELECT ok.row_number, ok.id, min(ok.row_number) OVER (PARTITION BY ok.id) AS first_row
     FROM ok WHERE ok.id IN (SELECT id FROM repeated)`,
  );
  await store.run(
    insertProblems([{ rule: 'duplicate', column: id, columnSql: 'CAST(s.first_row AS VARCHAR)', when: 's.row_number <> s.first_row', value: 's.id' }], 'stage_first'),
  );
  await store.run(
    `CREATE OR REPLACE TEMP TABLE stage_${recordType} AS
     SELECT s.row_number, ${columns.map((c) => `${storedValue(c, rules[c] as ColumnRule)} AS "${c}"`).join(', ')}
     FROM stage_raw s WHERE s.row_number NOT IN (SELECT row_number FROM stage_quarantine)`,
  );
}
