import { createReadStream } from 'node:fs';
import { extname } from 'node:path';
import ExcelJS from 'exceljs';
import { CsvParser, detectDelimiter } from './csv-parser.ts';
import { type RowProblem, rowProblem } from './delivery-rules.ts';

export type DeliveryFormat = 'csv' | 'jsonl' | 'xlsx';

/** One row as read from a file, before validation: every value is still untrusted. */
export type DeliveredRow =
  | { readonly rowNumber: number; readonly fields: Readonly<Record<string, unknown>> }
  | { readonly rowNumber: number; readonly problem: RowProblem };

export function formatOfFile(path: string): DeliveryFormat {
  const ext = extname(path).toLowerCase();
  if (ext === '.csv' || ext === '.txt') return 'csv';
  if (ext === '.jsonl' || ext === '.ndjson') return 'jsonl';
  if (ext === '.xlsx') return 'xlsx';
  throw new Error(`unsupported file type "${ext}": deliver .csv, .jsonl or .xlsx`);
}

/** Reads a delivery file row by row; row numbers are 1-based lines of data (the header is row 0). */
export function readDeliveryFile(path: string, format: DeliveryFormat = formatOfFile(path)): AsyncIterable<DeliveredRow> {
  if (format === 'csv') return readCsv(path);
  if (format === 'jsonl') return readJsonl(path);
  return readXlsx(path);
}

/**
 * UTF-8 (with or without BOM) unless the bytes are not valid UTF-8: then Windows-1252, the
 * encoding older Dutch office systems export (é, ë, € and curly quotes).
 */
export async function detectEncoding(path: string): Promise<'utf-8' | 'windows-1252'> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  try {
    for await (const chunk of createReadStream(path)) decoder.decode(chunk as Buffer, { stream: true });
    decoder.decode();
    return 'utf-8';
  } catch {
    return 'windows-1252';
  }
}

async function* readCsv(path: string): AsyncIterable<DeliveredRow> {
  const decoder = new TextDecoder(await detectEncoding(path));
  let parser: CsvParser | null = null;
  let pending = '';
  let header: string[] | null = null;
  let rowNumber = 0;
  const emit = function* (records: string[][]): Generator<DeliveredRow> {
    for (const record of records) {
      if (!header) {
        header = record.map((h) => h.trim());
        continue;
      }
      rowNumber++;
      if (record.length !== header.length) {
        yield { rowNumber, problem: rowProblem(rowNumber, 'column_count', String(header.length), record.length) };
        continue;
      }
      const fields: Record<string, unknown> = {};
      header.forEach((name, i) => {
        fields[name] = record[i];
      });
      yield { rowNumber, fields };
    }
  };
  for await (const chunk of createReadStream(path)) {
    let text = decoder.decode(chunk as Buffer, { stream: true });
    if (!parser) {
      pending += text;
      const newline = pending.indexOf('\n');
      if (newline < 0) continue;
      if (pending.charCodeAt(0) === 0xfeff) pending = pending.slice(1);
      parser = new CsvParser(detectDelimiter(pending.slice(0, newline)));
      text = pending;
      pending = '';
    }
    yield* emit(parser.push(text));
  }
  if (!parser) {
    if (pending.charCodeAt(0) === 0xfeff) pending = pending.slice(1);
    parser = new CsvParser(detectDelimiter(pending));
    yield* emit(parser.push(pending));
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

async function* readJsonl(path: string): AsyncIterable<DeliveredRow> {
  const decoder = new TextDecoder(await detectEncoding(path));
  let buffer = '';
  let rowNumber = 0;
  const parseLine = (line: string): DeliveredRow | null => {
    const trimmed = line.trim();
    if (trimmed === '') return null;
    rowNumber++;
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
    buffer += decoder.decode(chunk as Buffer, { stream: true });
    let newline = buffer.indexOf('\n');
    while (newline >= 0) {
      const row = parseLine(buffer.slice(0, newline));
      buffer = buffer.slice(newline + 1);
      if (row) yield row;
      newline = buffer.indexOf('\n');
    }
  }
  const last = parseLine(buffer + decoder.decode());
  if (last) yield last;
}

async function* readXlsx(path: string): AsyncIterable<DeliveredRow> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, { sharedStrings: 'cache', styles: 'ignore', hyperlinks: 'ignore', worksheets: 'emit' });
  for await (const sheet of reader) {
    let header: string[] | null = null;
    let rowNumber = 0;
    for await (const row of sheet) {
      const values = (row.values as unknown[]).slice(1).map(cellText);
      if (!header) {
        header = values.map((v) => (v ?? '').trim());
        continue;
      }
      rowNumber++;
      const fields: Record<string, unknown> = {};
      header.forEach((name, i) => {
        fields[name] = values[i] ?? '';
      });
      yield { rowNumber, fields };
    }
    return; // one sheet per delivery file
  }
}

function cellText(value: unknown): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object' && value !== null && 'text' in value) return String((value as { text: unknown }).text);
  if (typeof value === 'object' && value !== null && 'result' in value) return String((value as { result: unknown }).result);
  return String(value);
}
