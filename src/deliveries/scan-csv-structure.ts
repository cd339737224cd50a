import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { CsvParser, detectDelimiter } from './csv-parser.ts';

export type CsvStructure = {
  readonly contentHash: string;
  readonly utf8: boolean;
  readonly delimiter: string;
  readonly header: readonly string[];
  readonly records: number;
  /** True when every record has the header's number of fields and every quote is closed. */
  readonly wellFormed: boolean;
  /** A quoted field spans lines somewhere (DuckDB must then read without parallelism). */
  readonly multiline: boolean;
  /** The raw text of the key column at rows 1, 1 + step, 1 + 2·step …, to check a bulk reader kept file order. */
  readonly samples: ReadonlyMap<number, string>;
};

const sampleStep = 10_000;

/**
 * One pass over a CSV file that parses nothing into rows: it hashes the bytes, checks the encoding
 * and counts fields per record, so a clean file can be handed to DuckDB's own reader as it is.
 */
export async function scanCsvStructure(path: string, keyColumn: string, onProgress?: (records: number) => void): Promise<CsvStructure> {
  const hash = createHash('sha256');
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let utf8 = true;
  let headerText = '';
  let header: string[] | null = null;
  let delimiterCode = 44;
  let keyIndex = -1;
  let records = 0;
  let fields = 0;
  let wellFormed = true;
  let multiline = false;
  let inQuotes = false;
  let quoteSeen = false;
  let sample: string | null = null;
  const samples = new Map<number, string>();
  let fieldStarted = false;
  let recordStarted = false;
  const startSampleIfDue = () => {
    if (records % sampleStep === 0 && fields === keyIndex) sample = '';
  };
  // a key longer than any contract id makes the careful reader take the file
  const capture = (ch: string) => {
    if ((sample as string).length < 1024) sample += ch;
    else wellFormed = false;
  };
  const endSample = () => {
    if (sample !== null) samples.set(records + 1, sample);
    sample = null;
  };
  const scan = (text: string) => {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (inQuotes) {
        if (quoteSeen) {
          quoteSeen = false;
          if (c === 34) {
            if (sample !== null) capture('"');
            continue;
          }
          inQuotes = false;
        } else if (c === 34) {
          quoteSeen = true;
          continue;
        } else {
          if (c === 10) multiline = true;
          if (sample !== null) capture(text[i] as string);
          continue;
        }
      }
      if (c === delimiterCode) {
        endSample();
        fields++;
        fieldStarted = false;
        recordStarted = true;
        startSampleIfDue();
      } else if (c === 10) {
        endSample();
        if (recordStarted || fieldStarted) {
          if (fields + 1 !== (header as string[]).length) wellFormed = false;
          records++;
          if (records % 50_000 === 0) onProgress?.(records);
        }
        fields = 0;
        fieldStarted = false;
        recordStarted = false;
        startSampleIfDue();
      } else if (c === 34) {
        // a quote opens a field only at its start; anywhere else the careful reader must decide
        if (fieldStarted) wellFormed = false;
        inQuotes = true;
        fieldStarted = true;
      } else if (c !== 13) {
        fieldStarted = true;
        if (sample !== null) capture(text[i] as string);
      }
    }
  };

  for await (const chunk of createReadStream(path)) {
    hash.update(chunk as Buffer);
    if (!utf8) continue;
    let text: string;
    try {
      text = decoder.decode(chunk as Buffer, { stream: true });
    } catch {
      utf8 = false;
      continue;
    }
    if (!header) {
      headerText += text;
      const newline = headerText.indexOf('\n');
      if (newline < 0) continue;
      const line = headerText.slice(headerText.charCodeAt(0) === 0xfeff ? 1 : 0, newline);
      const delimiter = detectDelimiter(line);
      delimiterCode = delimiter.charCodeAt(0);
      header = (new CsvParser(delimiter).push(`${line}\n`)[0] ?? []).map((h) => h.trim());
      keyIndex = header.indexOf(keyColumn);
      startSampleIfDue();
      text = headerText.slice(newline + 1);
    }
    scan(text);
  }
  if (recordStarted || fieldStarted) {
    // a last record without a newline
    endSample();
    if (header && fields + 1 !== header.length) wellFormed = false;
    records++;
  } else sample = null;
  if (inQuotes && !quoteSeen) wellFormed = false;
  return {
    contentHash: hash.digest('hex'),
    utf8,
    delimiter: String.fromCharCode(delimiterCode),
    header: header ?? [],
    records,
    wellFormed: wellFormed && header !== null && new Set(header).size === header.length,
    multiline,
    samples,
  };
}
