import { readFileSync } from 'node:fs';
import type { CaptureTable } from '../capture-table.ts';

/** Test helper: a published table from reference/data (0/1 column per list, then `count`). */
export function readReferenceTable(name: string): CaptureTable {
  const text = readFileSync(new URL(`./data/${name}.csv`, import.meta.url), 'utf8');
  const [header = '', ...rows] = text.trim().split(/\r?\n/);
  const sources = header.split(',').slice(0, -1);
  const cells = rows.map((row) => {
    const values = row.split(',');
    return { history: values.slice(0, -1).join(''), count: Number(values.at(-1)) };
  });
  return { sources, cells };
}
