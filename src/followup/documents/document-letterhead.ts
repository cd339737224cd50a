import type { EditionRecord } from '../followup-data.ts';
import { departments, type Edition, type Sender } from '../followup-model.ts';
import type { SideEntry } from './official-document.ts';
import { type WorkflowState, workflowStates } from '../workflow/response-workflow.ts';

/** The sender as the letterhead prints it: the edition's own, else the lead department without addresses. */
export function senderOf(edition: Edition): Sender | undefined {
  if (edition.sender) return edition.sender;
  return edition.leadDepartment ? { department: edition.leadDepartment } : undefined;
}

/** "JenV" → "Ministerie van Justitie en Veiligheid": what stands beside the logo on letter paper. */
export function organisationName(sender: Sender | undefined): string {
  if (!sender) return 'Rijksoverheid';
  const name = (departments as Readonly<Record<string, string>>)[sender.department];
  return name ? `Ministerie van ${name}` : sender.department;
}

/** The sender's part of the side column: directorate-general in bold, directorate, unit and (first page) addresses. */
export function senderEntries(sender: Sender | undefined, withAddresses: boolean): SideEntry[] {
  if (!sender) return [];
  const entries: SideEntry[] = [];
  if (sender.directorateGeneral) entries.push({ lines: [sender.directorateGeneral], strong: true });
  const organisation = [sender.directorate, sender.unit].filter((x): x is string => Boolean(x));
  if (organisation.length) entries.push({ lines: organisation });
  if (withAddresses) {
    if (sender.visitingAddress?.length) entries.push({ lines: sender.visitingAddress });
    if (sender.postalAddress?.length) entries.push({ lines: sender.postalAddress });
  }
  return entries;
}

/** A labelled side-column field, left out when there is no value: the letterhead never prints a placeholder. */
export const sideField = (label: string, value: string | undefined): SideEntry[] =>
  value ? [{ label, lines: [value] }] : [];

/** "> Retouradres Postbus 20301 2500 EH Den Haag", the small line above the addressee. */
export const returnAddress = (sender: Sender | undefined): string | undefined =>
  sender?.postalAddress?.length ? `> Retouradres ${sender.postalAddress.join(' ')}` : undefined;

const draftStateLabels: Readonly<Partial<Record<WorkflowState, string>>> = {
  draft: 'in voorbereiding',
  coordination: 'in afstemming',
  'memo-for-decision': 'ter besluitvorming',
};

/** A response before approval is a draft: its internal documents say CONCEPT on every page. */
export function isDraft(record: EditionRecord): boolean {
  const state = record.workflow?.state ?? 'draft';
  const at = workflowStates.indexOf(state);
  return at < 0 || at < workflowStates.indexOf('approved');
}

/** The header line of a draft, with the state it is in. */
export function conceptLine(record: EditionRecord): string {
  const state = draftStateLabels[record.workflow?.state ?? 'draft'];
  return `CONCEPT — niet vastgesteld${state ? ` (${state})` : ''}`;
}
