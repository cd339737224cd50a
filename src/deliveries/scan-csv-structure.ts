import { createHash } from 'node:crypto';
import { isUtf8 } from 'node:buffer';
import { createReadStream } from 'node:fs';
import { CsvParser, detectDelimiter } from '../csv/index.ts';
import { CsvStructureScanner } from './csv-structure-scanner.ts';
import { firstLineTooLong, maxLineLength, refuseUnlessText } from './read-delivery-file.ts';
import { sniffBytes } from './sniff-text-encoding.ts';

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
  /** Some value holds a control character (a NUL byte, a tab, a quoted line break). */
  readonly controlCharacters: boolean;
  /** The raw text of the key column at rows 1, 1 + step, 1 + 2·step …, to check a bulk reader kept file order. */
  readonly samples: ReadonlyMap<number, string>;
};

/** How many bytes of `bytes` end on a whole UTF-8 character (an incomplete last one waits for the next chunk). */
function wholeCharacters(bytes: Uint8Array): number {
  let lead = bytes.length - 1;
  while (lead >= 0 && lead > bytes.length - 4 && (bytes[lead] as number) >> 6 === 2) lead--;
  if (lead < 0) return bytes.length;
  const first = bytes[lead] as number;
  const size = first >= 0xf0 ? 4 : first >= 0xe0 ? 3 : first >= 0xc0 ? 2 : 1;
  return bytes.length - lead < size ? lead : bytes.length;
}

export type CsvHeader = { readonly delimiter: string; readonly header: string[] };

/** The delimiter and column names of a header line (its bytes, without the newline). */
function parseHeaderLine(bytes: Uint8Array): CsvHeader {
  // decoding drops a byte order mark
  const line = new TextDecoder('utf-8').decode(bytes);
  const delimiter = detectDelimiter(line);
  return { delimiter, header: (new CsvParser(delimiter).push(`${line}\n`)[0] ?? []).map((h) => h.trim()) };
}

/**
 * The header of a CSV file, read on its own (null when the file has no complete first line). The
 * first bytes are sniffed on the way: a UTF-16/32 or binary file is refused (`DeliveryError`) before
 * anything else reads it, and so is a first line too long to be a header.
 */
export async function readCsvHeader(path: string): Promise<CsvHeader | null> {
  const parts: Buffer[] = [];
  let length = 0;
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 16 })) {
    const bytes = chunk as Buffer;
    if (parts.length === 0) refuseUnlessText(bytes.subarray(0, sniffBytes), 'csv');
    const end = bytes.indexOf(10);
    parts.push(end < 0 ? bytes : bytes.subarray(0, end));
    length += end < 0 ? bytes.length : end;
    if (length > maxLineLength) throw firstLineTooLong();
    if (end >= 0) return parseHeaderLine(Buffer.concat(parts));
  }
  return null;
}

/**
 * One pass over a CSV file that parses nothing into rows: it hashes the bytes, checks the encoding
 * and counts fields per record, so a clean file can be handed to DuckDB's own reader as it is.
 */
export async function scanCsvStructure(
  path: string,
  keyColumn: string,
  onProgress?: (records: number) => void,
): Promise<CsvStructure> {
  const hash = createHash('sha256');
  let utf8 = true;
  let pending: Uint8Array = new Uint8Array(0);
  let headerBytes: Buffer[] = [];
  let headerLength = 0;
  let header: string[] | null = null;
  let delimiter = ',';
  let scanner: CsvStructureScanner | null = null;
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) {
    const bytes = chunk as Buffer;
    hash.update(bytes);
    if (!utf8) continue;
    const joined = pending.length > 0 ? Buffer.concat([pending, bytes]) : bytes;
    const whole = wholeCharacters(joined);
    if (!isUtf8(joined.subarray(0, whole))) {
      utf8 = false;
      continue;
    }
    pending = joined.subarray(whole);
    if (scanner) {
      scanner.push(joined.subarray(0, whole));
      continue;
    }
    const end = joined.subarray(0, whole).indexOf(10);
    headerBytes.push(joined.subarray(0, end < 0 ? whole : end));
    headerLength += end < 0 ? whole : end;
    if (headerLength > maxLineLength) throw firstLineTooLong();
    if (end < 0) continue;
    ({ delimiter, header } = parseHeaderLine(Buffer.concat(headerBytes)));
    headerBytes = [];
    scanner = new CsvStructureScanner(delimiter.charCodeAt(0), header.length, header.indexOf(keyColumn), onProgress);
    scanner.push(joined.subarray(0, whole), end + 1);
  }
  // a character cut off by the end of the file is not UTF-8
  if (pending.length > 0) utf8 = false;
  scanner?.end();
  return {
    contentHash: hash.digest('hex'),
    utf8,
    delimiter,
    header: header ?? [],
    records: scanner?.records ?? 0,
    wellFormed: (scanner?.wellFormed ?? false) && header !== null && new Set(header).size === header.length,
    multiline: scanner?.multiline ?? false,
    controlCharacters: scanner?.controlCharacters ?? false,
    samples: scanner?.samples ?? new Map(),
  };
}
