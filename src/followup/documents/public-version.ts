import type { EditionRecord } from '../followup-data.ts';
import { type DocumentBlock, documentText, mapDocumentText, type OfficialDocument } from './official-document.ts';
import {
  applyConfirmedRedactions,
  type WooGround,
  wooGroundsStatement,
  wooMark,
} from '../redaction/redact-personal-data.ts';

const grounds: readonly WooGround[] = ['5.1.2e', '5.2'];

/**
 * The public version of a document: every redaction the officer confirmed applied, marked with its
 * ground, and the sentence naming the grounds used (empty when nothing was withheld).
 */
export function redactForPublic(
  doc: OfficialDocument,
  record: EditionRecord,
): { doc: OfficialDocument; statement: string } {
  const confirmed = record.redactions ?? [];
  const redacted = mapDocumentText(doc, (text) => applyConfirmedRedactions(text, confirmed));
  const text = documentText(redacted);
  const statement = wooGroundsStatement(grounds.filter((g) => text.includes(wooMark(g))));
  return { doc: { ...redacted, version: 'public' }, statement };
}

/** The public version with the grounds statement as its last paragraph. */
export function publicVersion(doc: OfficialDocument, record: EditionRecord): OfficialDocument {
  const { doc: redacted, statement } = redactForPublic(doc, record);
  if (!statement) return redacted;
  const note: DocumentBlock = { kind: 'paragraph', text: statement, style: 'note' };
  return { ...redacted, blocks: [...redacted.blocks, note] };
}
