import { formatCsv, parseCsv, restoreFormula } from '../../csv/index.ts';
import { FollowupError } from '../followup-error.ts';
import { type Commitment, commitmentSchema } from '../followup-model.ts';

export const commitmentCsvColumns = [
  'id',
  'edition_id',
  'recommendation_number',
  'what',
  'who',
  'ministry',
  'phrase',
  'due',
  'every_months',
  'status',
  'evidence',
  'references',
  'kamer_nummer',
  'made_on',
  'changed_at',
  // added later: a CSV without them still imports
  'post_id',
  'activiteit_nummer',
  'derived',
  'undated',
  'status_on',
  'status_reason',
  'postponements',
  'occurrences',
] as const;
type Column = (typeof commitmentCsvColumns)[number];
const laterColumns: readonly Column[] = [
  'post_id',
  'activiteit_nummer',
  'derived',
  'undated',
  'status_on',
  'status_reason',
  'postponements',
  'occurrences',
];

/** References share one cell, separated by " | " (a Kamerstuk citation never holds a bar). */
const separator = ' | ';

/**
 * The commitments as CSV for a spreadsheet (a text cell is never run as a formula; `restoreFormula`
 * reads it back); `commitmentsFromCsv` reads it back exactly.
 */
export function commitmentsToCsv(commitments: readonly Commitment[]): string {
  const rows = commitments.map((c) => [
    c.id,
    c.editionId,
    c.recommendationNumber ?? '',
    c.what,
    c.who,
    c.ministry,
    c.promised.phrase ?? '',
    c.promised.due ?? '',
    c.promised.everyMonths ?? '',
    c.status,
    c.evidence ?? '',
    c.references.map((r) => r.citation).join(separator),
    c.kamerNummer ?? '',
    c.madeOn ?? '',
    c.changedAt,
    c.postId ?? '',
    c.activiteitNummer ?? '',
    c.promised.derived === undefined ? '' : String(c.promised.derived),
    c.promised.undated ?? '',
    c.statusOn ?? '',
    c.statusReason ?? '',
    // postponements and occurrences as JSON in one cell each: lossless, and rare enough to read
    c.postponements ? JSON.stringify(c.postponements) : '',
    c.occurrences ? JSON.stringify(c.occurrences) : '',
  ]);
  return formatCsv([commitmentCsvColumns, ...rows]);
}

/** Parses the CSV written by `commitmentsToCsv`; every bad row and column is reported at once. */
export function commitmentsFromCsv(text: string): Commitment[] {
  const records = parseCsv(text)
    .filter((r) => r.some((f) => f !== ''))
    .map((r) => r.map(restoreFormula));
  const [header, ...rows] = records;
  const missing = commitmentCsvColumns.filter((c) => !laterColumns.includes(c) && !header?.includes(c));
  if (!header || missing.length)
    throw new FollowupError(`The CSV lacks column(s): ${missing.join(', ')}.`, 'invalid-input', missing);
  const problems: string[] = [];
  const out: Commitment[] = [];
  rows.forEach((row, i) => {
    const get = (name: Column) => (header.includes(name) ? (row[header.indexOf(name)] ?? '') : '');
    const optional = (name: Column) => get(name) || undefined;
    const number = (name: Column) => (get(name) ? Number(get(name)) : undefined);
    const bool = (name: Column) => (get(name) === '' ? undefined : get(name) === 'true');
    // a cell that is not JSON goes to the schema as text, which reports it as not a list
    const json = (name: Column): unknown => {
      if (!get(name)) return undefined;
      try {
        return JSON.parse(get(name));
      } catch {
        return get(name);
      }
    };
    const parsed = commitmentSchema.safeParse({
      id: get('id'),
      editionId: get('edition_id'),
      recommendationNumber: number('recommendation_number'),
      what: get('what'),
      who: get('who'),
      ministry: get('ministry'),
      promised: {
        phrase: optional('phrase'),
        due: get('due') || null,
        everyMonths: number('every_months'),
        derived: bool('derived'),
        undated: optional('undated'),
      },
      status: get('status'),
      evidence: optional('evidence'),
      references: get('references')
        ? get('references')
            .split(separator)
            .map((citation) => ({ citation: citation.trim() }))
        : [],
      kamerNummer: optional('kamer_nummer'),
      madeOn: optional('made_on'),
      changedAt: get('changed_at'),
      postId: optional('post_id'),
      activiteitNummer: optional('activiteit_nummer'),
      statusOn: optional('status_on'),
      statusReason: optional('status_reason'),
      postponements: json('postponements'),
      occurrences: json('occurrences'),
    });
    if (!parsed.success) {
      problems.push(...parsed.error.issues.map((issue) => `row ${i + 2}, ${issue.path.join('.')}: ${issue.message}`));
      return;
    }
    // Drop undefined keys so the value equals what was exported.
    out.push(JSON.parse(JSON.stringify(parsed.data)) as Commitment);
  });
  if (problems.length)
    throw new FollowupError(
      `The CSV has ${problems.length} problem(s): ${problems.join('; ')}`,
      'invalid-input',
      problems,
    );
  return out;
}
