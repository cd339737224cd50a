import { createHash } from 'node:crypto';
import type { EditionRecord } from '../followup-data.ts';

/** JSON with object keys sorted at every level, so equal content always gives equal text. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/**
 * What a sign-off vouches for: everything the letter and the nota print for the edition — the
 * edition's texts, its recommendations, the responses, and the commitments the letter makes (as
 * promised, not their later status). Not the workflow, and not the letter's date and Kamerstuk
 * number: the workflow sets those at sending and publication.
 */
export function printedContent(
  record: Pick<EditionRecord, 'edition' | 'recommendations' | 'responses' | 'commitments'>,
) {
  const { date: _date, kamerstuk: _kamerstuk, ...letter } = record.edition.letter;
  return {
    edition: { ...record.edition, letter },
    recommendations: [...record.recommendations].sort((a, b) => a.number - b.number),
    responses: [...record.responses].sort((a, b) => a.recommendationNumber - b.recommendationNumber),
    commitments: [...record.commitments]
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      .map((c) => ({
        id: c.id,
        recommendationNumber: c.recommendationNumber,
        what: c.what,
        who: c.who,
        ministry: c.ministry,
        promised: c.promised,
      })),
  };
}

/** sha256 (hex) of the canonical JSON of what the letter and the nota print: any change of text changes it. */
export function responseFingerprint(
  record: Pick<EditionRecord, 'edition' | 'recommendations' | 'responses' | 'commitments'>,
): string {
  return createHash('sha256')
    .update(canonicalJson(printedContent(record)))
    .digest('hex');
}
