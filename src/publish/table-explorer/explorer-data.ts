import { columnLabel, formatCell } from '../column-labels.ts';
import type { CellValue, EditionTable } from '../edition-table.ts';
import type { ExplorerLabel, ExplorerTable } from './explorer-table.ts';

const both = (f: (lang: 'nl' | 'en') => string): ExplorerLabel => ({ nl: f('nl'), en: f('en') });
const code = (value: CellValue): string => (value === null ? '' : String(value));

/** The table with its labels and cell texts from the same functions the pages use (column-labels.ts). */
export function explorerData(table: EditionTable): ExplorerTable {
  const dimensions = table.dimensions.map((d) => {
    const seen = new Map<string, CellValue>();
    for (const row of table.rows) {
      const value = row.values[d] ?? null;
      if (!seen.has(code(value))) seen.set(code(value), value);
    }
    return {
      id: d,
      label: both((lang) => columnLabel(d, lang)),
      values: [...seen].map(([c, value]) => ({ code: c, label: both((lang) => formatCell(d, value, lang)) })),
    };
  });
  return {
    id: table.id,
    title: table.title,
    unit: table.unit,
    dimensions,
    measures: table.measures.map((m) => ({ id: m, label: both((lang) => columnLabel(m, lang)) })),
    rows: table.rows.map((row) => ({
      codes: table.dimensions.map((d) => code(row.values[d] ?? null)),
      status: row.status,
      cells: table.measures.map((m) => {
        const value = row.status === 'published' ? (row.values[m] ?? null) : null;
        return {
          value: typeof value === 'boolean' ? String(value) : value,
          text: both((lang) => formatCell(m, value, lang)),
        };
      }),
    })),
  };
}
