import { recordColumns } from '../contract/index.ts';
import { writeCsvFile } from './write-csv-file.ts';
import { type DirectIdentifiers, pseudonymisePerson } from './pseudonymise-person.ts';
import { readDeliveryFile } from './read-delivery-file.ts';

export type PseudonymiseSummary = {
  readonly rowsRead: number;
  readonly rowsWritten: number;
  readonly unreadableRows: number;
  readonly droppedColumns: readonly string[];
  readonly withBsnToken: number;
  readonly withNameDobToken: number;
};

const text = (v: unknown): string | null =>
  v === null || v === undefined || String(v).trim() === '' ? null : String(v);

/**
 * Runs at the partner: reads a person extract that still holds direct identifiers and writes the
 * contract's person file, in which only tokens and coarsened fields remain.
 */
export async function pseudonymiseFile(inFile: string, outFile: string, secret: string): Promise<PseudonymiseSummary> {
  if (secret.length < 16) throw new Error('the linkage secret must be at least 16 characters');
  const columns = recordColumns.person;
  let rowsRead = 0;
  let unreadableRows = 0;
  let withBsnToken = 0;
  let withNameDobToken = 0;
  const dropped = new Set<string>();
  async function* rows() {
    for await (const row of readDeliveryFile(inFile)) {
      rowsRead++;
      if ('problem' in row) {
        unreadableRows++;
        continue;
      }
      const f = row.fields;
      for (const c of Object.keys(f)) if (!columns.includes(c)) dropped.add(c);
      const ids: DirectIdentifiers = {
        bsn: text(f.bsn),
        first_names: text(f.first_names),
        surname_prefix: text(f.surname_prefix),
        surname: text(f.surname),
        date_of_birth: text(f.date_of_birth),
      };
      const tokens = pseudonymisePerson(ids, secret);
      if (tokens.link_bsn) withBsnToken++;
      if (tokens.link_name_dob) withNameDobToken++;
      const out: Record<string, unknown> = { ...f, ...tokens };
      yield columns.map((c) => out[c] ?? null);
    }
  }
  const rowsWritten = await writeCsvFile(outFile, columns, rows());
  return { rowsRead, rowsWritten, unreadableRows, droppedColumns: [...dropped].sort(), withBsnToken, withNameDobToken };
}
