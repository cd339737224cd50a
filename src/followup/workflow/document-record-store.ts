import type { Store } from '../../store/index.ts';
import type { EditionRecord } from '../followup-data.ts';
import { FollowupError } from '../followup-error.ts';
import { loadEditionRecord } from '../followup-store.ts';
import { internalRecord, publicRecord } from './printed-record.ts';
import type { KnownPerson } from '../redaction/redaction-decisions.ts';
import { loadRedactionDecisions, redactionState } from '../redaction/redaction-store.ts';

/**
 * The record a letter or nota is built from. Public: the record frozen at sending, or a not-found
 * error before the response was sent to Parliament ("De kabinetsreactie is nog niet verschenen").
 * Internal: the live record with the redactions confirmed so far.
 */
export async function loadDocumentRecord(
  store: Store,
  editionId: string,
  version: 'internal' | 'public',
  people: readonly KnownPerson[],
): Promise<EditionRecord> {
  const record = await loadEditionRecord(store, editionId);
  if (version === 'internal') {
    const decided = redactionState(record, people, await loadRedactionDecisions(store, editionId));
    return internalRecord(record, decided.confirmed);
  }
  const released = publicRecord(record);
  if (!released)
    throw new FollowupError(
      `De kabinetsreactie is nog niet verschenen: the response to ${record.edition.title} has not been sent to Parliament yet, so there is no public letter or nota (the internal version is for officers).`,
      'not-found',
    );
  return released;
}
