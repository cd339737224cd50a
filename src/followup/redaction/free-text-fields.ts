import type { EditionRecord } from '../followup-data.ts';

/** One piece of free text of an edition record and where it sits, e.g. `nota.kernpunten[2]`. */
export type FreeTextField = { readonly field: string; readonly text: string };

/**
 * Keys whose values are codes, dates, numbers or states rather than text someone wrote — and the
 * parts that are public by nature (the signatories hold public office) or copies of the record (the
 * snapshot taken at sending equals the record, since sending needs every proposal decided). Keys
 * ending in On, At or Fingerprint are dates, times and hashes.
 */
const notFreeText: ReadonlySet<string> = new Set([
  'id',
  'editionId',
  'number',
  'recommendationNumber',
  'stance',
  'status',
  'decision',
  'theme',
  'kind',
  'state',
  'date',
  'due',
  'at',
  'on',
  'sentOn',
  'madeOn',
  'changedAt',
  'signedAt',
  'decidedAt',
  'everyMonths',
  'version',
  'expectedVersion',
  'fingerprint',
  'userId',
  'actor',
  // who initialled: printed in the internal nota only, never in a public version
  'signedBy',
  'decidedBy',
  'from',
  'to',
  'department',
  'directorate',
  'leadDepartment',
  'kamerNummer',
  'kamerstuk',
  'yearFrom',
  'yearTo',
  'publishedOn',
  'signatories',
  'sentRecord',
  'redactions',
  'history',
]);

/** How an element of a list is named in a field path: its number, id or department where it has one. */
function elementKey(value: unknown, index: number): string {
  if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.recommendationNumber === 'number' && !('what' in o)) return String(o.recommendationNumber);
    if (typeof o.number === 'number') return String(o.number);
    if (typeof o.id === 'string') return o.id;
    if (typeof o.department === 'string' && !('kind' in o)) {
      return typeof o.directorate === 'string' ? `${o.department}/${o.directorate}` : o.department;
    }
  }
  return String(index);
}

function walk(value: unknown, path: string, out: FreeTextField[]): void {
  if (typeof value === 'string') {
    if (value.trim()) out.push({ field: path, text: value });
    return;
  }
  if (Array.isArray(value)) {
    value.forEach((item, i) => {
      walk(item, `${path}[${elementKey(item, i)}]`, out);
    });
    return;
  }
  if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      if (notFreeText.has(key) || /(?:On|At|Fingerprint)$/.test(key)) continue;
      walk(child, path ? `${path}.${key}` : key, out);
    }
  }
}

/**
 * Every piece of free text of an edition record, in document order: the edition (letter, nota,
 * sender), the recommendations, responses and commitments, and the workflow (coordination comments,
 * reasons given for steps). Walks the record generically, so a field added later is covered too.
 */
export function freeTextFields(record: EditionRecord): FreeTextField[] {
  const out: FreeTextField[] = [];
  walk(record.edition, '', out);
  walk(record.recommendations, 'recommendations', out);
  walk(record.responses, 'responses', out);
  walk(record.commitments, 'commitments', out);
  if (record.workflow) walk(record.workflow, 'workflow', out);
  return out;
}
