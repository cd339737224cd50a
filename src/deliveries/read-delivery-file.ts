import { createReadStream } from 'node:fs';
import { extname } from 'node:path';
import { CsvParser, detectDelimiter } from '../csv/index.ts';
import { numberLimit, type RowProblem, rowProblem } from './delivery-rules.ts';
import { eventLoopTurns } from './event-loop-turns.ts';
import { DeliveryError } from './delivery-error.ts';
import { jsonNestingDepth } from './json-nesting-depth.ts';
import { LineSplitter, type SplitLine } from './line-splitter.ts';
import { notTextReason, sniffBytes, sniffTextEncoding } from './sniff-text-encoding.ts';
import { readXlsxInWorker } from './xlsx/read-xlsx-in-worker.ts';

export type DeliveryFormat = 'csv' | 'jsonl' | 'xlsx';

/** One row as read from a file, before validation: every value is still untrusted. */
export type DeliveredRow =
  | { readonly rowNumber: number; readonly fields: Readonly<Record<string, unknown>> }
  | { readonly rowNumber: number; readonly problem: RowProblem };

export type ReadOptions = {
  /** Told a CSV's or workbook's column names before any row; it may throw to refuse the file. */
  readonly onHeader?: (columns: readonly string[]) => void;
};

/** A JSON line (and a CSV header line) may be this long; a longer one is not kept, only measured. */
export const maxLineLength = 1_000_000;
/** Contract rows are flat objects; deeper nesting only ever comes from a broken or hostile line. */
export const maxJsonDepth = 32;

export function formatOfFile(path: string): DeliveryFormat {
  const ext = extname(path).toLowerCase();
  if (ext === '.csv' || ext === '.txt') return 'csv';
  if (ext === '.jsonl' || ext === '.ndjson') return 'jsonl';
  if (ext === '.xlsx') return 'xlsx';
  throw new DeliveryError(`unsupported file type "${ext}": deliver .csv, .jsonl or .xlsx`, 'file', ext);
}

/** Reads a delivery file row by row; row numbers are 1-based lines of data (the header is row 0). */
export function readDeliveryFile(
  path: string,
  format: DeliveryFormat = formatOfFile(path),
  options: ReadOptions = {},
): AsyncIterable<DeliveredRow> {
  if (format === 'csv') return readCsv(path, options);
  if (format === 'jsonl') return readJsonl(path);
  return readXlsxInWorker(path, { onHeader: options.onHeader });
}

/** Refuses a file whose first bytes say it is UTF-16/32 or not text at all (see `sniffTextEncoding`). */
export function refuseUnlessText(head: Uint8Array, format: 'csv' | 'jsonl'): void {
  const sniff = sniffTextEncoding(head);
  const reason = notTextReason(sniff, format);
  if (reason) throw new DeliveryError(reason, 'file', sniff.kind === 'wide' ? sniff.encoding : sniff.kind);
}

/**
 * UTF-8 (with or without BOM) unless the bytes are not valid UTF-8: then Windows-1252, the
 * encoding older Dutch office systems export (é, ë, € and curly quotes). A file that is UTF-16/32
 * or not text is refused (`DeliveryError`).
 */
export async function detectEncoding(path: string, format: 'csv' | 'jsonl' = 'csv'): Promise<'utf-8' | 'windows-1252'> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let first = true;
  let utf8 = true;
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) {
    if (first) refuseUnlessText((chunk as Buffer).subarray(0, sniffBytes), format);
    first = false;
    try {
      decoder.decode(chunk as Buffer, { stream: true });
    } catch {
      utf8 = false;
      break;
    }
  }
  try {
    if (utf8) decoder.decode();
  } catch {
    utf8 = false;
  }
  return utf8 ? 'utf-8' : 'windows-1252';
}

/** The refusal of a file whose first line is too long to be a header. */
export const firstLineTooLong = () =>
  new DeliveryError(
    `The first line of this file is longer than ${maxLineLength.toLocaleString('en')} characters, so it is not a header: start the file with the header line of docs/data-contract.md.`,
    'header',
    null,
  );

async function* readCsv(path: string, options: ReadOptions): AsyncIterable<DeliveredRow> {
  const decoder = new TextDecoder(await detectEncoding(path, 'csv'));
  const turn = eventLoopTurns();
  let parser: CsvParser | null = null;
  // the text before the first line end: kept in pieces and joined once, so a long first line is not quadratic
  const head: string[] = [];
  let headLength = 0;
  let header: string[] | null = null;
  let rowNumber = 0;
  const emit = function* (records: string[][]): Generator<DeliveredRow> {
    for (const record of records) {
      if (!header) {
        header = record.map((h) => h.trim());
        options.onHeader?.(header);
        continue;
      }
      rowNumber++;
      if (record.length !== header.length) {
        const fields = record.length > CsvParser.maxFields ? `more than ${CsvParser.maxFields}` : record.length;
        yield { rowNumber, problem: rowProblem(rowNumber, 'column_count', String(header.length), fields) };
        continue;
      }
      const fields: Record<string, unknown> = {};
      header.forEach((name, i) => {
        fields[name] = record[i];
      });
      yield { rowNumber, fields };
    }
  };
  const start = (text: string): CsvParser => {
    const newline = text.indexOf('\n');
    if ((newline < 0 ? text.length : newline) > maxLineLength) throw firstLineTooLong();
    return new CsvParser(detectDelimiter(newline < 0 ? text : text.slice(0, newline)));
  };
  for await (const chunk of createReadStream(path)) {
    const text = decoder.decode(chunk as Buffer, { stream: true });
    if (parser) {
      yield* emit(parser.push(text));
      await turn();
      continue;
    }
    head.push(text);
    headLength += text.length;
    if (!text.includes('\n')) {
      if (headLength > maxLineLength) throw firstLineTooLong();
      continue;
    }
    const joined = withoutBom(head.join(''));
    parser = start(joined);
    yield* emit(parser.push(joined));
  }
  if (!parser) {
    const joined = withoutBom(head.join(''));
    parser = start(joined);
    yield* emit(parser.push(joined));
  }
  yield* emit(parser.push(decoder.decode()));
  // A quote left open swallows the rest of the file into one field: that last record is unreadable.
  const broken = parser.unterminatedQuote;
  const last = parser.end();
  if (!broken) yield* emit(last);
  else if (last.length > 0) {
    rowNumber++;
    yield { rowNumber, problem: rowProblem(rowNumber, 'unreadable', null, 'unterminated quote') };
  }
}

const withoutBom = (text: string) => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);

async function* readJsonl(path: string): AsyncIterable<DeliveredRow> {
  const decoder = new TextDecoder(await detectEncoding(path, 'jsonl'));
  const lines = new LineSplitter(maxLineLength);
  const turn = eventLoopTurns();
  let rowNumber = 0;
  const parseLine = (line: SplitLine): DeliveredRow | null => {
    if ('tooLong' in line) {
      rowNumber++;
      return { rowNumber, problem: rowProblem(rowNumber, 'too_long', null, line.tooLong, numberLimit(maxLineLength)) };
    }
    const trimmed = line.text.trim();
    if (trimmed === '') return null;
    rowNumber++;
    // JSON.parse, and JSON.stringify of a value later, recurse: refuse deep nesting before either runs
    const depth = jsonNestingDepth(trimmed);
    if (depth > maxJsonDepth)
      return { rowNumber, problem: rowProblem(rowNumber, 'too_deep', null, depth, numberLimit(maxJsonDepth)) };
    try {
      const value: unknown = JSON.parse(trimmed);
      if (value === null || typeof value !== 'object' || Array.isArray(value)) {
        return { rowNumber, problem: rowProblem(rowNumber, 'unreadable', null, 'not a JSON object') };
      }
      return { rowNumber, fields: value as Record<string, unknown> };
    } catch {
      return { rowNumber, problem: rowProblem(rowNumber, 'unreadable', null, 'invalid JSON') };
    }
  };
  for await (const chunk of createReadStream(path)) {
    for (const line of lines.push(decoder.decode(chunk as Buffer, { stream: true }))) {
      const row = parseLine(line);
      if (row) yield row;
    }
    await turn();
  }
  for (const line of [...lines.push(decoder.decode()), lines.end()]) {
    const row = line ? parseLine(line) : null;
    if (row) yield row;
  }
}
