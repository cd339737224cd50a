const [quote, newline, carriageReturn] = [34, 10, 13];
const sampleStep = 10_000;
const maxSampleBytes = 1024;

/**
 * The byte-level state machine behind `scanCsvStructure`: counts records and fields, notices
 * unclosed or misplaced quotes and quoted newlines, and keeps the raw key of every 10,000th record.
 * Every byte that structures a CSV is ASCII, and no byte of a multi-byte UTF-8 character is, so
 * it can walk bytes. The hot loop works on locals: this is most of an ingest's JavaScript time.
 */
export class CsvStructureScanner {
  records = 0;
  wellFormed = true;
  multiline = false;
  /** A control character (U+0000–U+001F, U+007F) sits in some value: only then must every cell be checked for one. */
  controlCharacters = false;
  readonly samples = new Map<number, string>();
  private fields = 0;
  private inQuotes = false;
  private quoteSeen = false;
  private fieldStarted = false;
  private recordStarted = false;
  private sample: number[] | null = null;

  constructor(
    private readonly delimiter: number,
    private readonly columns: number,
    private readonly keyIndex: number,
    private readonly onProgress?: (records: number) => void,
  ) {
    if (keyIndex === 0) this.sample = [];
  }

  push(bytes: Uint8Array, from = 0): void {
    const { delimiter, columns, keyIndex, samples } = this;
    let {
      records,
      fields,
      inQuotes,
      quoteSeen,
      fieldStarted,
      recordStarted,
      sample,
      wellFormed,
      multiline,
      controlCharacters,
    } = this;
    for (let i = from; i < bytes.length; i++) {
      const c = bytes[i] as number;
      if (inQuotes) {
        if (quoteSeen) {
          quoteSeen = false;
          if (c === quote) {
            if (sample !== null) {
              if (sample.length < maxSampleBytes) sample.push(c);
              else wellFormed = false;
            }
            continue;
          }
          inQuotes = false;
        } else if (c === quote) {
          quoteSeen = true;
          continue;
        } else {
          if (c < 32 || c === 127) {
            controlCharacters = true;
            if (c === newline) multiline = true;
          }
          if (sample !== null) {
            if (sample.length < maxSampleBytes) sample.push(c);
            else wellFormed = false;
          }
          continue;
        }
      }
      if (c === delimiter) {
        if (sample !== null) {
          samples.set(records + 1, Buffer.from(sample).toString('utf8'));
          sample = null;
        }
        fields++;
        fieldStarted = false;
        recordStarted = true;
        if (fields === keyIndex && records % sampleStep === 0) sample = [];
      } else if (c === newline) {
        if (sample !== null) {
          samples.set(records + 1, Buffer.from(sample).toString('utf8'));
          sample = null;
        }
        if (recordStarted || fieldStarted) {
          if (fields + 1 !== columns) wellFormed = false;
          records++;
          if (records % 50_000 === 0) this.onProgress?.(records);
        }
        fields = 0;
        fieldStarted = false;
        recordStarted = false;
        if (keyIndex === 0 && records % sampleStep === 0) sample = [];
      } else if (c === quote) {
        // a quote opens a field only at its start; anywhere else the careful reader must decide
        if (fieldStarted) wellFormed = false;
        inQuotes = true;
        fieldStarted = true;
      } else if (c !== carriageReturn) {
        // a carriage return outside quotes ends a line (a lone one makes DuckDB refuse the file)
        if (c < 32 || c === 127) controlCharacters = true;
        fieldStarted = true;
        if (sample !== null) {
          if (sample.length < maxSampleBytes) sample.push(c);
          else wellFormed = false;
        }
      }
    }
    this.records = records;
    this.fields = fields;
    this.inQuotes = inQuotes;
    this.quoteSeen = quoteSeen;
    this.fieldStarted = fieldStarted;
    this.recordStarted = recordStarted;
    this.sample = sample;
    this.wellFormed = wellFormed;
    this.multiline = multiline;
    this.controlCharacters = controlCharacters;
  }

  /** Counts a last record the file did not end with a newline, and says whether every quote closed. */
  end(): void {
    if (this.recordStarted || this.fieldStarted) {
      if (this.sample !== null) this.samples.set(this.records + 1, Buffer.from(this.sample).toString('utf8'));
      if (this.fields + 1 !== this.columns) this.wellFormed = false;
      this.records++;
    }
    this.sample = null;
    if (this.inQuotes && !this.quoteSeen) this.wellFormed = false;
  }
}
