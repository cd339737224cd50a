import { useId } from 'react';
import { type Formatters, useLocale } from './i18n/index.ts';
import { csvDataUrl } from './csv-data-url.ts';

/** A table cell; in the CSV download a number stays a number and null is an empty field. */
export type TableCell = string | number | null;

export type DataTableProps = {
  caption: string;
  /** Column headers; the first column holds the row headers. */
  columns: readonly string[];
  /** One row per line; numbers are formatted for the page's language, strings shown as they are. */
  rows: readonly (readonly TableCell[])[];
  csvFileName: string;
  /** Cells withheld by disclosure control, as `row:column` (shown as ·, empty in the CSV). */
  withheld?: ReadonlySet<string>;
  /** Explains the · under the table when a cell is withheld. */
  withheldNote?: string;
};

/** The table alternative of a chart, with a CSV download of exactly the same numbers. */
export function DataTable({ caption, columns, rows, csvFileName, withheld, withheldNote }: DataTableProps) {
  const { t, format, language } = useLocale();
  const captionId = useId();
  const csvHref = csvDataUrl([columns, ...rows], language);

  return (
    <div className="data-table">
      {/* Focusable so keyboard users can scroll a table wider than a narrow screen. */}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard */}
      <section className="table-scroll" aria-labelledby={captionId} tabIndex={0}>
        <table>
          <caption id={captionId}>{caption}</caption>
          <thead>
            <tr>
              {columns.map((column, index) => (
                <th key={column} scope="col" className={index === 0 ? undefined : 'numeric'}>
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row, rowIndex) => (
              <tr key={String(row[0])}>
                {row.map((cell, index) =>
                  index === 0 ? (
                    <th key={columns[index]} scope="row">
                      {cell}
                    </th>
                  ) : (
                    <td key={columns[index]} className="numeric">
                      {withheld?.has(`${rowIndex}:${index}`) ? (
                        <>
                          <span aria-hidden="true">·</span>
                          <span className="visually-hidden">{t.withheld}</span>
                        </>
                      ) : (
                        displayCell(cell, format, t.noData)
                      )}
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      {withheldNote && withheld && withheld.size > 0 && <p className="table-note">{withheldNote}</p>}
      <p className="table-actions">
        <a href={csvHref} download={csvFileName} aria-describedby={captionId}>
          {t.downloadCsv}
        </a>
      </p>
    </div>
  );
}

/** A cell as shown: a whole number grouped, a fraction with up to two decimals (the CSV keeps it whole). */
function displayCell(cell: TableCell, format: Pick<Formatters, 'count' | 'decimal'>, noData: string) {
  if (cell === null) {
    return (
      <>
        <span aria-hidden="true">—</span>
        <span className="visually-hidden">{noData}</span>
      </>
    );
  }
  if (typeof cell !== 'number') return cell;
  return Number.isInteger(cell) ? format.count(cell) : format.decimal(cell);
}
