import { type RecordType, recordColumns } from '../contract/index.ts';
import { refuseDirectIdentifierColumns, refuseJsonWithoutContractFields } from './check-delivery-header.ts';

/**
 * The fields of JSON lines, followed as they stream past: a field named like a direct identifier
 * refuses the file at once; a file in which no line has a contract field is refused at its end.
 */
export class JsonFieldsSeen {
  private readonly seen = new Set<string>();
  private contractField = false;
  private objects = 0;

  constructor(private readonly recordType: RecordType) {}

  add(fields: Readonly<Record<string, unknown>>): void {
    this.objects++;
    const columns = recordColumns[this.recordType];
    for (const name in fields) {
      if (this.seen.has(name)) continue;
      refuseDirectIdentifierColumns(this.recordType, [name]);
      if (columns.includes(name)) this.contractField = true;
      // bounded: a hostile file may name a new field on every line
      if (this.seen.size < 10_000) this.seen.add(name);
    }
  }

  end(): void {
    if (this.objects > 0 && !this.contractField) refuseJsonWithoutContractFields(this.recordType, [...this.seen]);
  }
}
