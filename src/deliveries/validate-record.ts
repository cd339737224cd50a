import {
  type CaseEvent,
  caseEventSchema,
  offenceDefinitions,
  type Person,
  personSchema,
  type RecordType,
  type Registration,
  recordColumns,
  regimeOnDate,
  registrationSchema,
} from '../contract/index.ts';
import { type ColumnRule, columnRules, rangeLimit } from './column-rules.ts';
import { controlCharacterClass, type RowProblem, type RuleLimit, rowProblem } from './delivery-rules.ts';

export type RecordOf = { registration: Registration; person: Person; case_event: CaseEvent };

export type Validated<T extends RecordType> =
  | { readonly ok: true; readonly record: RecordOf[T] }
  | { readonly ok: false; readonly problems: readonly RowProblem[] };

const schemas = { registration: registrationSchema, person: personSchema, case_event: caseEventSchema } as const;

const dateColumns = new Set(['registration_date', 'incident_date_from', 'incident_date_to', 'event_date']);
const codeColumns = new Set([
  'source',
  'offence_code',
  'setting',
  'region',
  'relationship',
  'role',
  'sex',
  'step',
  'om_decision',
  'court_ruling',
  'sentence_type',
  'online',
]);

export type ValidationContext = {
  /** The source the delivery is from; every row must carry it. */
  readonly source: string;
  /** Today, passed in so that tests pin the clock. */
  readonly today: string;
};

/** Checks one delivered row against the contract and reports every problem it has, not just the first. */
export function validateRecord<T extends RecordType>(
  recordType: T,
  rowNumber: number,
  fields: Readonly<Record<string, unknown>>,
  context: ValidationContext,
): Validated<T> {
  const input: Record<string, unknown> = {};
  for (const column of recordColumns[recordType]) input[column] = fields[column] ?? null;
  const parsed = schemas[recordType].safeParse(input);
  const problems: RowProblem[] = controlCharacterProblems(recordType, rowNumber, input);
  const counted = new Set<string>();
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const column = String(issue.path[0] ?? '');
      const value = input[column];
      const blank = value === null || (typeof value === 'string' && value.trim() === '');
      const range = rangeOf(recordType, column, value);
      if (range) counted.add(column);
      const rule = blank
        ? 'required'
        : range
          ? 'range'
          : dateColumns.has(column)
            ? 'date'
            : codeColumns.has(column)
              ? 'code_list'
              : 'type';
      problems.push(rowProblem(rowNumber, rule, column, value, range ?? undefined));
    }
  }
  // a count the schema accepts can still be out of its plausible range (1e300 is a whole number)
  for (const column of recordColumns[recordType]) {
    const range = counted.has(column) ? null : rangeOf(recordType, column, input[column]);
    if (range) problems.push(rowProblem(rowNumber, 'range', column, input[column], range));
  }
  // Rules across fields run on whatever parsed, so a partner sees every problem of a row at once.
  problems.push(...crossFieldProblems(recordType, parsed.success ? parsed.data : input, rowNumber, context));
  return parsed.success && problems.length === 0
    ? { ok: true, record: parsed.data as RecordOf[T] }
    : { ok: false, problems };
}

const controlCharacter = new RegExp(controlCharacterClass);

function controlCharacterProblems(
  recordType: RecordType,
  rowNumber: number,
  input: Readonly<Record<string, unknown>>,
): RowProblem[] {
  return recordColumns[recordType]
    .filter((c) => typeof input[c] === 'string' && controlCharacter.test(input[c] as string))
    .map((c) => rowProblem(rowNumber, 'control_character', c, input[c]));
}

/** The bounds a count breaks, as a message names them (null when it is not a whole number, or within them). */
function rangeOf(recordType: RecordType, column: string, value: unknown): RuleLimit | null {
  const rule = columnRules[recordType][column] as ColumnRule | undefined;
  if (rule?.kind !== 'count' || value === null || value === undefined || String(value).trim() === '') return null;
  const n = Number(String(value).trim());
  const whole = Number.isInteger(n) || n === Number.POSITIVE_INFINITY || n === Number.NEGATIVE_INFINITY;
  return whole && (n < 0 || n > rule.max) ? rangeLimit(rule.max, rule.unit) : null;
}

const isoDatePattern = /^\d{4}-\d{2}-\d{2}$/;
const asDate = (v: unknown): string | null => {
  if (typeof v !== 'string' || !isoDatePattern.test(v.trim())) return null;
  const d = new Date(`${v.trim()}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(v.trim()) ? v.trim() : null;
};

function crossFieldProblems(
  recordType: RecordType,
  record: Readonly<Record<string, unknown>>,
  rowNumber: number,
  context: ValidationContext,
): RowProblem[] {
  const problems: RowProblem[] = [];
  const source = typeof record.source === 'string' ? record.source.trim() : record.source;
  if (source !== context.source && source !== null && source !== '')
    problems.push(rowProblem(rowNumber, 'code_list', 'source', source));
  const future = (column: string) => {
    const value = asDate(record[column]);
    if (value !== null && value > context.today) problems.push(rowProblem(rowNumber, 'future_date', column, value));
  };
  if (recordType === 'registration') {
    for (const column of ['registration_date', 'incident_date_from', 'incident_date_to']) future(column);
    const registered = asDate(record.registration_date);
    const from = asDate(record.incident_date_from);
    const to = asDate(record.incident_date_to);
    if (from !== null && registered !== null && from > registered) {
      problems.push(rowProblem(rowNumber, 'incident_after_registration', 'incident_date_from', from));
    }
    if (from !== null && to !== null && to < from) {
      problems.push(rowProblem(rowNumber, 'incident_period_order', 'incident_date_to', `${from} – ${to}`));
    }
    const incident = from ?? to;
    const offence = typeof record.offence_code === 'string' ? record.offence_code.trim() : '';
    const definition = (offenceDefinitions as Record<string, { regime: string }>)[offence];
    if (incident !== null && definition && definition.regime !== regimeOnDate(incident)) {
      problems.push(rowProblem(rowNumber, 'offence_regime', 'offence_code', offence));
    }
  } else if (recordType === 'case_event') {
    future('event_date');
  }
  return problems;
}
