/**
 * The I/O edge of the attacker: every table download of a published site, read the way anyone on
 * the internet can read it. The English CSVs (`data/en/*.csv`) are preferred; a site without them
 * is read from its Dutch CSVs (`data/*.csv`), which hold the same numbers.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { parsePublishedTable } from './parse-published-table.ts';
import type { PublishedTable } from './published-table.ts';

export class PublishedSiteError extends Error {
  override readonly name = 'PublishedSiteError';
}

/** Every CSV table of the site in `dir` (the site root, or its `data/en` or `data` folder). */
export async function readPublishedSite(dir: string): Promise<PublishedTable[]> {
  const candidates = [join(dir, 'data', 'en'), join(dir, 'data'), dir];
  for (const folder of candidates) {
    if (!existsSync(folder)) continue;
    const files = (await readdir(folder)).filter((file) => file.endsWith('.csv')).sort();
    if (files.length === 0) continue;
    return Promise.all(
      files.map(async (file) =>
        parsePublishedTable(basename(file, '.csv'), await readFile(join(folder, file), 'utf8')),
      ),
    );
  }
  throw new PublishedSiteError(
    `no published tables (*.csv) in ${dir}, ${join(dir, 'data')} or ${join(dir, 'data', 'en')}`,
  );
}
