import { cellText, decodeOfficeEscapes, TextCollector } from './cell-text.ts';
import type { ZipEntry } from './read-zip-directory.ts';
import type { SharedStringTable } from './shared-string-table.ts';
import { XmlTokenizer, xmlAttribute } from './xml-tokenizer.ts';
import type { XlsxLimits } from './xlsx-limits.ts';
import { deliverAsCsv, XlsxRefusal } from './xlsx-refusal.ts';
import { zipEntryText } from './zip-entry-text.ts';

/** A row of the sheet: its cells' text by column (0-based), or why it cannot be read. */
export type SheetRow = {
  readonly cells: readonly (string | undefined)[];
  /** The characters of text it holds. */
  readonly length: number;
  readonly problem:
    | { readonly kind: 'cell_reference' | 'shared_string'; readonly value: string }
    | { readonly kind: 'too_long' }
    | null;
};

/** A column's letters (A, Z, AA, XFD) as a 0-based index; -1 when they are not letters. */
function columnIndex(letters: string): number {
  let index = 0;
  for (let i = 0; i < letters.length; i++) {
    const c = letters.charCodeAt(i);
    if (c < 65 || c > 90) return -1;
    index = index * 26 + (c - 64);
  }
  return index - 1;
}

const cellReference = /^\$?([A-Z]{1,4})\$?([1-9][0-9]{0,7})$/;

/**
 * The rows of a worksheet as they come, a chunk of XML at a time. A cell without a reference (`<c>`
 * without `r=`) takes the column after the previous cell, and a row without one the row after the
 * previous row, as Excel reads them. A cell past `maxColumns` or a row past `maxRows` is no workbook
 * Excel wrote and refuses the file; a reference that cannot be read is a problem of its row only.
 */
export async function* readSheetRows(
  path: string,
  entry: ZipEntry,
  sharedStrings: SharedStringTable,
  limits: XlsxLimits,
): AsyncGenerator<SheetRow[]> {
  let done: SheetRow[] = [];
  let inData = false;
  let rowIndex = 0;
  let cells: (string | undefined)[] = [];
  let length = 0;
  let problem: SheetRow['problem'] = null;
  let column = -1;
  let cellType: string | null = null;
  let value: string | null = null;
  let inline: string | null = null;
  let inInline = false;
  let phonetic = 0;
  let collecting = false;
  const text = new TextCollector(limits.maxCellLength);

  const refuse = (message: string, value: string | number) => {
    throw new XlsxRefusal(`${message}: ${deliverAsCsv}.`, value);
  };
  const tokenizer = new XmlTokenizer(
    entry.name,
    {
      open(name, tag) {
        if (name === 'sheetData') inData = true;
        if (!inData) return;
        switch (name) {
          case 'row': {
            const r = xmlAttribute(tag, 'r');
            const n = r === null ? rowIndex + 1 : Number(r);
            rowIndex = Number.isInteger(n) && n > 0 ? n : rowIndex + 1;
            if (rowIndex > limits.maxRows)
              refuse(
                `The sheet has a row ${rowIndex.toLocaleString('en')}, past the ${limits.maxRows.toLocaleString('en')} rows Excel allows`,
                rowIndex,
              );
            cells = [];
            length = 0;
            problem = null;
            column = -1;
            break;
          }
          case 'c': {
            const r = xmlAttribute(tag, 'r');
            const match = r === null ? null : cellReference.exec(r.trim());
            if (r === null) column++;
            else if (match) column = columnIndex(match[1] as string);
            else {
              column++;
              problem ??= { kind: 'cell_reference', value: r };
            }
            if (column >= limits.maxColumns) {
              refuse(
                `Cell ${r ?? `number ${column + 1}`} of row ${rowIndex} lies past column XFD, the last of the ${limits.maxColumns.toLocaleString('en')} Excel has`,
                r ?? column + 1,
              );
            }
            cellType = xmlAttribute(tag, 't');
            value = null;
            inline = null;
            break;
          }
          case 'v':
            collecting = true;
            break;
          case 'is':
            inInline = true;
            break;
          case 'rPh':
            phonetic++;
            break;
          case 't':
            if (inInline && phonetic === 0) collecting = true;
            break;
        }
      },
      close(name) {
        if (name === 'sheetData') inData = false;
        if (!inData) return;
        switch (name) {
          case 'v':
            value = text.take();
            collecting = false;
            break;
          case 't':
            if (collecting) inline = (inline ?? '') + decodeOfficeEscapes(text.take());
            collecting = false;
            break;
          case 'rPh':
            phonetic--;
            break;
          case 'is':
            inInline = false;
            break;
          case 'c': {
            let cell: string | undefined;
            if (cellType === 's' && value !== null) {
              cell = sharedStrings.at(Number(value));
              if (cell === undefined) problem ??= { kind: 'shared_string', value: value.slice(0, 20) };
            } else if (inline !== null) cell = inline;
            else if (value !== null) cell = cellText(cellType, value);
            if (cell !== undefined && cell !== '' && problem?.kind !== 'too_long') {
              length += cell.length;
              if (length > limits.maxRowLength) {
                problem = { kind: 'too_long' };
                cells = [];
              } else cells[column] = cell;
            }
            break;
          }
          case 'row':
            done.push({ cells, length, problem });
            cells = [];
            break;
        }
      },
      text(raw, cdata) {
        if (collecting) text.add(raw, cdata);
      },
    },
    limits.maxMarkupLength,
  );

  for await (const chunk of zipEntryText(path, entry)) {
    tokenizer.push(chunk);
    if (done.length > 0) {
      yield done;
      done = [];
    }
  }
  tokenizer.end();
  if (done.length > 0) yield done;
}
