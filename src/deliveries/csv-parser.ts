/**
 * An RFC 4180 CSV parser that takes text in chunks, so a file of any size streams through it.
 * Quoted fields may hold delimiters, doubled quotes and newlines; CRLF and LF both end a record.
 */
export class CsvParser {
  private field = '';
  private record: string[] = [];
  private inQuotes = false;
  private quoteSeen = false;
  private fieldStarted = false;

  constructor(private readonly delimiter: string = ',') {}

  /** Feeds a chunk; returns the records completed by it. */
  push(chunk: string): string[][] {
    const out: string[][] = [];
    const d = this.delimiter;
    for (let i = 0; i < chunk.length; i++) {
      const ch = chunk[i] as string;
      if (this.inQuotes) {
        if (this.quoteSeen) {
          this.quoteSeen = false;
          if (ch === '"') {
            this.field += '"';
            continue;
          }
          this.inQuotes = false;
        } else if (ch === '"') {
          this.quoteSeen = true;
          continue;
        } else {
          this.field += ch;
          continue;
        }
      }
      if (ch === '"' && !this.fieldStarted) {
        this.inQuotes = true;
        this.fieldStarted = true;
      } else if (ch === d) {
        this.endField();
      } else if (ch === '\n') {
        this.endRecord(out);
      } else if (ch === '\r') {
        // a CR is dropped; the LF that follows ends the record
      } else {
        this.field += ch;
        this.fieldStarted = true;
      }
    }
    return out;
  }

  /** Flushes the last record when the file does not end with a newline. */
  end(): string[][] {
    const out: string[][] = [];
    if (this.quoteSeen) {
      this.quoteSeen = false;
      this.inQuotes = false;
    }
    if (this.fieldStarted || this.record.length > 0) this.endRecord(out);
    return out;
  }

  /** True while a quoted field is still open: at the end of a file that means a broken quote. */
  get unterminatedQuote(): boolean {
    return this.inQuotes && !this.quoteSeen;
  }

  private endField(): void {
    this.record.push(this.field);
    this.field = '';
    this.fieldStarted = false;
  }

  private endRecord(out: string[][]): void {
    this.endField();
    const blank = this.record.length === 1 && this.record[0] === '';
    if (!blank) out.push(this.record);
    this.record = [];
  }
}

/** Picks the delimiter that splits the header line into the most fields. */
export function detectDelimiter(headerLine: string): string {
  const candidates = [',', ';', '\t', '|'];
  let best = ',';
  let bestCount = 0;
  for (const c of candidates) {
    const count = headerLine.split(c).length;
    if (count > bestCount) {
      best = c;
      bestCount = count;
    }
  }
  return best;
}
