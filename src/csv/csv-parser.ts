/**
 * An RFC 4180 CSV parser that takes text in chunks, so a file of any size streams through it.
 * Quoted fields may hold delimiters, doubled quotes and newlines; CRLF and LF both end a record.
 * `Cell` is `string | null` only for a null-aware parser (see the constructor).
 */
export class CsvParser<Cell extends string | null = string> {
  /**
   * Fields kept per record (Excel's column limit): a line of millions of delimiters would otherwise
   * hold millions of strings. A longer record keeps its first `maxFields` fields and one empty
   * field more, so that its length tells it was longer.
   */
  static readonly maxFields = 16_384;
  private field = '';
  private overflow = false;
  private record: (string | null)[] = [];
  private inQuotes = false;
  private quoteSeen = false;
  private fieldStarted = false;
  private readonly delimiterCode: number;

  /**
   * @param maxFieldLength a field longer than this is cut to it: memory stays bounded on hostile
   * input, and the value is still far over every contract limit, so the row is rejected anyway.
   * @param nullAware an unquoted empty field reads as null and a quoted one (`""`) as '', as
   * `nullAwareCsvField` writes them; a blank line is then a record of one null, not skipped.
   */
  constructor(
    delimiter = ',',
    private readonly maxFieldLength: number = 1 << 20,
    private readonly nullAware = false,
  ) {
    this.delimiterCode = delimiter.charCodeAt(0);
  }

  /** Feeds a chunk; returns the records completed by it. */
  push(chunk: string): Cell[][] {
    const out: Cell[][] = [];
    const n = chunk.length;
    let i = 0;
    while (i < n) {
      if (this.inQuotes) {
        if (this.quoteSeen) {
          this.quoteSeen = false;
          if (chunk.charCodeAt(i) === 34) {
            this.append('"');
            i++;
          } else this.inQuotes = false;
          continue;
        }
        const quote = chunk.indexOf('"', i);
        if (quote < 0) {
          this.append(chunk.slice(i));
          break;
        }
        this.append(chunk.slice(i, quote));
        this.quoteSeen = true;
        i = quote + 1;
        continue;
      }
      const code = chunk.charCodeAt(i);
      if (code === 34 && !this.fieldStarted) {
        this.inQuotes = true;
        this.fieldStarted = true;
        i++;
      } else if (code === this.delimiterCode) {
        this.endField();
        i++;
      } else if (code === 10) {
        this.endRecord(out);
        i++;
      } else if (code === 13) {
        i++; // a CR is dropped; the LF that follows ends the record
      } else {
        // an unquoted run up to the next delimiter, line end or quote (a quote inside it is literal)
        let j = i + 1;
        while (j < n) {
          const c = chunk.charCodeAt(j);
          if (c === this.delimiterCode || c === 10 || c === 13 || c === 34) break;
          j++;
        }
        this.append(chunk.slice(i, j));
        this.fieldStarted = true;
        i = j;
      }
    }
    return out;
  }

  /** Flushes the last record when the file does not end with a newline. */
  end(): Cell[][] {
    const out: Cell[][] = [];
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

  private append(text: string): void {
    const room = this.maxFieldLength - this.field.length;
    if (room > 0) this.field += text.length > room ? text.slice(0, room) : text;
  }

  private endField(): void {
    if (this.record.length < CsvParser.maxFields)
      this.record.push(this.nullAware && !this.fieldStarted ? null : this.field);
    else this.overflow = true;
    this.field = '';
    this.fieldStarted = false;
  }

  private endRecord(out: Cell[][]): void {
    this.endField();
    if (this.overflow) this.record.push('');
    this.overflow = false;
    const blank = !this.nullAware && this.record.length === 1 && this.record[0] === '';
    if (!blank) out.push(this.record as Cell[]);
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
