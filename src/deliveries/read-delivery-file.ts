import { createReadStream } from 'node:fs';
import { extname } from 'node:path';
import { StringDecoder } from 'node:string_decoder';
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

async function* readCsv(path: string): AsyncIterable<DeliveredRow> {
  const decoder = new StringDecoder('utf8');
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
    let text = decoder.write(chunk as Buffer);
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
  yield* emit(parser.push(decoder.end()));
  const broken = parser.unterminatedQuote;
  yield* emit(parser.end());
  if (broken) yield { rowNumber, problem: rowProblem(rowNumber, 'unreadable', null, 'unterminated quote') };
}

async function* readJsonl(path: string): AsyncIterable<DeliveredRow> {
  const decoder = new StringDecoder('utf8');
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
    buffer += decoder.write(chunk as Buffer);
    let newline = buffer.indexOf('\n');
    while (newline >= 0) {
      const row = parseLine(buffer.slice(0, newline));
      buffer = buffer.slice(newline + 1);
      if (row) yield row;
      newline = buffer.indexOf('\n');
    }
  }
  const last = parseLine(buffer + decoder.end());
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
