import { readFileSync } from 'node:fs';
import { parseCsv } from '../../../src/csv/index.ts';
import type { CaptureTable } from '../../../src/estimation/index.ts';

/** A published table from data/ (a 0/1 column per list, then `count`). */
export function readReferenceTable(name: string): CaptureTable {
  const [header = [], ...rows] = parseCsv(readFileSync(new URL(`./data/${name}.csv`, import.meta.url), 'utf8'));
  const sources = header.slice(0, -1);
  const cells = rows.map((values) => ({ history: values.slice(0, -1).join(''), count: Number(values.at(-1)) }));
  return { sources, cells };
}
