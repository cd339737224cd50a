import { posix } from 'node:path';
import { numberLimit, rowProblem } from '../delivery-rules.ts';
import type { DeliveredRow } from '../read-delivery-file.ts';
import { checkZipPart, checkZipTotal } from './check-zip-limits.ts';
import { readSharedStrings } from './read-shared-strings.ts';
import { readSheetRows, type SheetRow } from './read-sheet-rows.ts';
import { readZipDirectory, type ZipEntry } from './read-zip-directory.ts';
import { SharedStringTable } from './shared-string-table.ts';
import { XmlTokenizer, xmlAttribute } from './xml-tokenizer.ts';
import type { XlsxLimits } from './xlsx-limits.ts';
import { deliverAsCsv, XlsxRefusal } from './xlsx-refusal.ts';
import { zipEntryText } from './zip-entry-text.ts';

/** What reading a workbook yields: its header once, then its rows a chunk at a time. */
export type XlsxReadEvent =
  | { readonly kind: 'header'; readonly columns: readonly string[] }
  | { readonly kind: 'rows'; readonly rows: readonly DeliveredRow[] };

type Element = { readonly name: string; readonly tag: string };

/** The start tags of a small part (workbook.xml, relationships), read whole. */
async function elementsOf(path: string, entry: ZipEntry, limits: XlsxLimits): Promise<Element[]> {
  checkZipPart(entry, limits.maxPartBytes, limits);
  const elements: Element[] = [];
  const tokenizer = new XmlTokenizer(
    entry.name,
    { open: (name, tag) => elements.push({ name, tag }), close() {}, text() {} },
    limits.maxMarkupLength,
  );
  for await (const chunk of zipEntryText(path, entry)) tokenizer.push(chunk);
  tokenizer.end();
  return elements;
}

/** A relationship's target as a zip path, relative to the part that names it. */
const resolveTarget = (from: string, target: string) =>
  target.startsWith('/') ? target.slice(1) : posix.normalize(posix.join(posix.dirname(from), target));

const notAWorkbook = (what: string) =>
  new XlsxRefusal(`This zip file is not an Excel workbook (${what}): ${deliverAsCsv}.`, what);

/** Finds the first worksheet (the first tab) and the shared strings through the workbook's relationships. */
async function locateParts(
  path: string,
  byName: ReadonlyMap<string, ZipEntry>,
  limits: XlsxLimits,
): Promise<{ sheet: ZipEntry; sharedStrings: ZipEntry | null }> {
  const entry = (name: string) => byName.get(name.toLowerCase()) ?? null;
  const rootRels = entry('_rels/.rels');
  const office = rootRels
    ? (await elementsOf(path, rootRels, limits)).find(
        (e) => e.name === 'Relationship' && xmlAttribute(e.tag, 'Type')?.endsWith('/officeDocument'),
      )
    : undefined;
  const workbookName = office ? resolveTarget('', xmlAttribute(office.tag, 'Target') ?? '') : 'xl/workbook.xml';
  const workbook = entry(workbookName);
  if (!workbook) throw notAWorkbook('it has no workbook part');
  const firstSheet = (await elementsOf(path, workbook, limits)).find((e) => e.name === 'sheet');
  const sheetId = firstSheet ? xmlAttribute(firstSheet.tag, 'id') : null;
  const relsName = posix.join(posix.dirname(workbookName), '_rels', `${posix.basename(workbookName)}.rels`);
  const rels = entry(relsName);
  const relations = rels ? (await elementsOf(path, rels, limits)).filter((e) => e.name === 'Relationship') : [];
  const target = (found: Element | undefined) =>
    found ? entry(resolveTarget(workbookName, xmlAttribute(found.tag, 'Target') ?? '')) : null;
  const sheet = target(relations.find((r) => xmlAttribute(r.tag, 'Id') === sheetId));
  if (!sheet) throw notAWorkbook('it has no worksheet');
  const sharedStrings = target(relations.find((r) => xmlAttribute(r.tag, 'Type')?.endsWith('/sharedStrings')));
  return { sheet, sharedStrings };
}

/** A sheet row as a delivered row: its fields by header name, or the one problem that keeps it from being read. */
function deliveredRow(rowNumber: number, row: SheetRow, header: readonly string[], limits: XlsxLimits): DeliveredRow {
  const { problem } = row;
  if (problem?.kind === 'too_long') {
    return {
      rowNumber,
      problem: rowProblem(rowNumber, 'too_long', null, row.length, numberLimit(limits.maxRowLength)),
    };
  }
  if (problem?.kind === 'cell_reference')
    return {
      rowNumber,
      problem: rowProblem(rowNumber, 'unreadable', null, `cell reference "${problem.value}" is not valid`),
    };
  if (problem?.kind === 'shared_string')
    return {
      rowNumber,
      problem: rowProblem(rowNumber, 'unreadable', null, `shared string ${problem.value} does not exist`),
    };
  const fields: Record<string, unknown> = {};
  header.forEach((name, i) => {
    fields[name] = row.cells[i] ?? '';
  });
  return { rowNumber, fields };
}

const isBlank = (row: SheetRow) => row.problem === null && row.cells.every((c) => c === undefined || c.trim() === '');

/**
 * Reads the first sheet of a workbook: checks the zip's directory against `limits` before
 * unpacking anything, then streams the sheet. The header is the first row that holds anything;
 * rows are numbered from 1 after it, and rows without any value are skipped (as blank lines of a
 * CSV are). Refusals are thrown as `XlsxRefusal`.
 */
export async function* readXlsxRows(path: string, limits: XlsxLimits): AsyncGenerator<XlsxReadEvent> {
  const entries = await readZipDirectory(path, limits);
  checkZipTotal(entries, limits);
  for (const entry of entries) checkZipPart(entry, Number.POSITIVE_INFINITY, limits);
  const byName = new Map(entries.map((e) => [e.name.toLowerCase(), e]));
  const { sheet, sharedStrings } = await locateParts(path, byName, limits);
  checkZipPart(sheet, limits.maxSheetBytes, limits);
  if (sharedStrings) checkZipPart(sharedStrings, limits.maxSharedStringsBytes, limits);
  const strings = sharedStrings ? await readSharedStrings(path, sharedStrings, limits) : new SharedStringTable();

  let header: string[] | null = null;
  let rowNumber = 0;
  let text = 0;
  for await (const chunk of readSheetRows(path, sheet, strings, limits)) {
    const rows: DeliveredRow[] = [];
    for (const row of chunk) {
      if (isBlank(row)) continue;
      if (!header) {
        header = Array.from(row.cells, (c) => (c ?? '').trim());
        yield { kind: 'header', columns: header };
        continue;
      }
      text += row.length;
      // shared strings let a small sheet repeat a long text in every cell: bound what it unfolds to
      if (text > limits.maxTotalText) {
        throw new XlsxRefusal(
          `This workbook's cells hold more than ${limits.maxTotalText.toLocaleString('en')} characters of text in all: ${deliverAsCsv}.`,
          text,
        );
      }
      rows.push(deliveredRow(++rowNumber, row, header, limits));
    }
    if (rows.length > 0) yield { kind: 'rows', rows };
  }
}
