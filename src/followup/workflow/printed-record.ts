import type { ConfirmedRedaction, EditionRecord } from '../followup-data.ts';
import type { ResponseWorkflow } from './response-workflow.ts';

/** States in which the response has reached Parliament, and so is public. */
export const releasedStates: readonly ResponseWorkflow['state'][] = ['sent-to-parliament', 'published'];

export const isReleased = (workflow: ResponseWorkflow | undefined): boolean =>
  workflow !== undefined && releasedStates.includes(workflow.state);

/** The workflow without its snapshot, as a document's record carries it (the snapshot is the record itself). */
const withoutSnapshot = ({ sentRecord: _sent, ...workflow }: ResponseWorkflow): ResponseWorkflow => workflow;

/** The letter's date and Kamerstuk number as the workflow set them at sending and publication. */
function withWorkflowDates(record: EditionRecord, workflow: ResponseWorkflow): EditionRecord {
  const letter = record.edition.letter;
  const date = workflow.sentOn ?? letter.date;
  const kamerstuk = workflow.kamerstuk ?? letter.kamerstuk;
  return {
    ...record,
    edition: {
      ...record.edition,
      letter: { ...letter, ...(date ? { date } : {}), ...(kamerstuk ? { kamerstuk } : {}) },
    },
  };
}

/**
 * What the public may see of an edition's response: nothing (undefined) before it was sent to
 * Parliament; after that the record frozen at sending, with the confirmed redactions it was sent
 * with, its date and (once the Kamer gave it) its Kamerstuk number. A later commitment or edit
 * never reaches it. A response sent before snapshots existed falls back to the live record.
 */
export function publicRecord(record: EditionRecord): EditionRecord | undefined {
  const workflow = record.workflow;
  if (!workflow || !isReleased(workflow)) return undefined;
  const frozen: EditionRecord = workflow.sentRecord
    ? { ...workflow.sentRecord, workflow: withoutSnapshot(workflow) }
    : { ...record, workflow: withoutSnapshot(workflow) };
  return withWorkflowDates(frozen, workflow);
}

/** The live record for the officers' own (internal) documents, with the redactions confirmed so far. */
export function internalRecord(record: EditionRecord, redactions: readonly ConfirmedRedaction[]): EditionRecord {
  const workflow = record.workflow;
  const live: EditionRecord = { ...record, redactions, ...(workflow ? { workflow: withoutSnapshot(workflow) } : {}) };
  return workflow ? withWorkflowDates(live, workflow) : live;
}
