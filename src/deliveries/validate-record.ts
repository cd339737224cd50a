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
import { type RowProblem, rowProblem } from './delivery-rules.ts';

export type RecordOf = { registration: Registration; person: Person; case_event: CaseEvent };

export type Validated<T extends RecordType> =
  | { readonly ok: true; readonly record: RecordOf[T] }
  | { readonly ok: false; readonly problems: readonly RowProblem[] };

const schemas = { registration: registrationSchema, person: personSchema, case_event: caseEventSchema } as const;

const dateColumns = new Set(['registration_date', 'incident_date_from', 'incident_date_to', 'event_date']);
const codeColumns = new Set([
  'source', 'offence_code', 'setting', 'region', 'relationship', 'role', 'sex', 'step',
  'om_decision', 'court_ruling', 'sentence_type', 'online',
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
  const problems: RowProblem[] = [];
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const column = String(issue.path[0] ?? '');
      const value = input[column];
      const blank = value === null || (typeof value === 'string' && value.trim() === '');
      const rule = blank ? 'required' : dateColumns.has(column) ? 'date' : codeColumns.has(column) ? 'code_list' : 'type';
      problems.push(rowProblem(rowNumber, rule, column, value));
    }
  }
  // Rules across fields run on whatever parsed, so a partner sees every problem of a row at once.
  problems.push(...crossFieldProblems(recordType, parsed.success ? parsed.data : input, rowNumber, context));
  return parsed.success && problems.length === 0 ? { ok: true, record: parsed.data as RecordOf[T] } : { ok: false, problems };
}

const isoDatePattern = /^\d{4}-\d{2}-\d{2}$/;
const asDate = (v: unknown): string | null => {
  if (typeof v !== 'string' || !isoDatePattern.test(v.trim())) return null;
  const d = new Date(`${v.trim()}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(v.trim()) ? v.trim() : null;
};

function crossFieldProblems(recordType: RecordType, record: Readonly<Record<string, unknown>>, rowNumber: number, context: ValidationContext): RowProblem[] {
  const problems: RowProblem[] = [];
  const source = typeof record.source === 'string' ? record.source.trim() : record.source;
  if (source !== context.source && source !== null && source !== '') problems.push(rowProblem(rowNumber, 'code_list', 'source', source));
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
