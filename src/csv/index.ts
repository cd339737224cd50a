// CSV, read and written the same way by every folder and by the web app: no Node-only module here.
export { csvField, nullAwareCsvField, spreadsheetCsvField, spreadsheetCsvFieldIn } from './csv-field.ts';
export { CsvParser, detectDelimiter } from './csv-parser.ts';
export { type CsvFieldWriter, type FormatCsvOptions, formatCsv, formatCsvRecord } from './format-csv.ts';
export { neutraliseFormula, restoreFormula, startsLikeFormula } from './neutralise-formula.ts';
export { type ParseCsvOptions, parseCsv } from './parse-csv.ts';
