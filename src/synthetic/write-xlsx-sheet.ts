import ExcelJS from 'exceljs';
import type { RawRow } from './synthetic-chain.ts';

/** One workbook with one sheet (header row, then the rows), written with exceljs' streaming writer. */
export async function writeXlsxSheet(
  path: string,
  sheetName: string,
  columns: readonly string[],
  rows: readonly RawRow[],
): Promise<number> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: path,
    useSharedStrings: false,
    useStyles: false,
  });
  const sheet = workbook.addWorksheet(sheetName);
  sheet.addRow([...columns]).commit();
  for (const row of rows) sheet.addRow(columns.map((c) => row[c] ?? null)).commit();
  sheet.commit();
  await workbook.commit();
  return rows.length;
}
