import { createHash } from 'node:crypto';
import { type KnownPerson, personalDataDetector } from './detect-personal-names.ts';
import { detectPolicyOpinions, type TextSetting } from './detect-policy-opinions.ts';
import type { EditionRecord } from '../followup-data.ts';
import { type FreeTextField, freeTextFields } from './free-text-fields.ts';
import type { WooGround } from './redact-personal-data.ts';

/**
 * A text the officer is asked to withhold from the public versions, where it was found and why:
 * ground 5.1.2e (civil servants' personal data), 5.2 (personal policy opinions in internal
 * consultation) or null (the tool cannot tell; the officer judges).
 */
export type RedactionProposal = {
  readonly id: string;
  readonly field: string;
  readonly text: string;
  readonly ground: WooGround | null;
  readonly reason: string;
};

/** A stable id: the same text in the same field keeps its id (and its decision) across requests. */
export const proposalId = (field: string, text: string): string =>
  createHash('sha256').update(`${field}\n${text}`).digest('hex').slice(0, 16);

const settingOf = (field: string): TextSetting =>
  field.startsWith('workflow.') ? 'consultation' : field.startsWith('nota.') ? 'nota' : 'public';

/** A comment step repeats the comment its party holds; it is proposed once, on the party. */
function withoutMirroredSteps(fields: readonly FreeTextField[]): FreeTextField[] {
  const comments = new Set(fields.filter((f) => f.field.startsWith('workflow.coordination')).map((f) => f.text));
  return fields.filter((f) => !(/^workflow\.steps\[\d+\]\.step\.text$/.test(f.field) && comments.has(f.text)));
}

/**
 * Every redaction to propose for an edition record: personal data of civil servants (the known
 * people — user accounts and the nota's contacts — and names nobody listed, e-mail addresses,
 * personal phone numbers) and personal policy opinions, in all its free text. Public office holders
 * (the signatories), organisations and their addresses and helplines, and case numbers are left
 * alone. Deterministic: in document order, one proposal per text and field.
 */
export function proposeRedactions(
  record: EditionRecord,
  people: readonly { readonly name: string; readonly role?: string | undefined }[],
): RedactionProposal[] {
  const known = new Map<string, KnownPerson>();
  for (const p of [...record.edition.nota.contacts, ...people]) {
    const key = p.name.trim().toLocaleLowerCase('nl');
    if (key && !known.has(key)) known.set(key, p);
  }
  const detect = personalDataDetector({
    people: [...known.values()],
    publicNames: record.edition.letter.signatories.flatMap((s) => (s.name ? [s.name] : [])),
  });
  const proposals: RedactionProposal[] = [];
  for (const { field, text } of withoutMirroredSteps(freeTextFields(record))) {
    const found = [
      ...detectPolicyOpinions(text, settingOf(field)).map((o) => ({ ...o, ground: '5.2' as const })),
      ...detect(text),
    ].sort((a, b) => a.start - b.start || b.end - a.end);
    const seen = new Set<string>();
    for (const f of found) {
      const key = f.text.toLocaleLowerCase('nl');
      if (seen.has(key)) continue;
      seen.add(key);
      proposals.push({ id: proposalId(field, f.text), field, text: f.text, ground: f.ground, reason: f.reason });
    }
  }
  return proposals;
}
