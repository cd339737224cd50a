/**
 * An RFC 4180 CSV parser that takes text in chunks, so a file of any size streams through it.
 * Quoted fields may hold delimiters, doubled quotes and newlines; CRLF and LF both end a record.
 */
export class CsvParser {
  /**
   * Fields kept per record (Excel's column limit): a line of millions of delimiters would otherwise
   * hold millions of strings. A longer record keeps its first `maxFields` fields and one empty
   * field more, so that its length tells it was longer.
   */
  static readonly maxFields = 16_384;
  private field = '';
  private overflow = false;
  private record: string[] = [];
  private inQuotes = false;
  private quoteSeen = false;
  private fieldStarted = false;
  private readonly delimiterCode: number;

  /**
   * @param maxFieldLength a field longer than this is cut to it: memory stays bounded on hostile
   * input, and the value is still far over every contract limit, so the row is rejected anyway.
   */
  constructor(
    delimiter = ',',
    private readonly maxFieldLength: number = 1 << 20,
  ) {
    this.delimiterCode = delimiter.charCodeAt(0);
  }

  /** Feeds a chunk; returns the records completed by it. */
  push(chunk: string): string[][] {
    const out: string[][] = [];
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

  private append(text: string): void {
    const room = this.maxFieldLength - this.field.length;
    if (room > 0) this.field += text.length > room ? text.slice(0, room) : text;
  }

  private endField(): void {
    if (this.record.length < CsvParser.maxFields) this.record.push(this.field);
    else this.overflow = true;
    this.field = '';
    this.fieldStarted = false;
  }

  private endRecord(out: string[][]): void {
    this.endField();
    if (this.overflow) this.record.push('');
    this.overflow = false;
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
