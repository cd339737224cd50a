import { type RecordType, recordColumns } from '../contract/index.ts';
import { directIdentifierColumns, directIdentifiersMessage } from './direct-identifiers.ts';
import { DeliveryError } from './delivery-error.ts';

const quoted = (names: readonly string[]) => names.map((n) => `"${n}"`).join(', ');

/** Column names as a message can show them: the first 20, each cut to 40 characters. */
export function shownColumns(columns: readonly string[]): string {
  if (columns.length === 0) return 'none';
  const shown = quoted(columns.slice(0, 20).map((c) => (c.length > 40 ? `${c.slice(0, 40)}…` : c)));
  return columns.length > 20 ? `${shown} and ${columns.length - 20} more` : shown;
}

/** Refuses a file that still holds direct identifiers by its column names (any format). */
export function refuseDirectIdentifierColumns(recordType: RecordType, columns: readonly string[]): void {
  const identifiers = directIdentifierColumns(columns, recordType);
  if (identifiers.length > 0) {
    throw new DeliveryError(directIdentifiersMessage(`column ${quoted(identifiers)}`), 'header', identifiers);
  }
}

/**
 * Refuses, as a whole and before a row is stored, a CSV or XLSX file whose header cannot be a
 * delivery of `recordType`: one that still holds direct identifiers, or one that lacks a contract
 * column (every row would fail, so one message that names them says more than a quarantine).
 */
export function checkDeliveryHeader(recordType: RecordType, header: readonly string[]): void {
  refuseDirectIdentifierColumns(recordType, header);
  const expected = recordColumns[recordType];
  const missing = expected.filter((c) => !header.includes(c));
  if (missing.length === 0) return;
  throw new DeliveryError(
    `The header lacks the ${recordType} column${missing.length > 1 ? 's' : ''} ${quoted(missing)}; it has ${shownColumns(header)}. ` +
      `A ${recordType} file starts with the header line "${expected.join(',')}" (see docs/data-contract.md). Nothing was stored.`,
    'header',
    missing,
  );
}

/** Refuses a JSON lines file in which not one line has a field of the contract. */
export function refuseJsonWithoutContractFields(recordType: RecordType, fieldsSeen: readonly string[]): never {
  throw new DeliveryError(
    `No line of this file has a field of the ${recordType} contract; its lines have ${shownColumns(fieldsSeen)}. ` +
      `Each line must be a JSON object with the fields ${recordColumns[recordType].join(', ')} (see docs/data-contract.md). Nothing was stored.`,
    'header',
    fieldsSeen.slice(0, 20),
  );
}
