import { resolve } from 'node:path';
import type { Command } from 'commander';
import { createEdition, publishToSite, type SiteManifest } from '../publish/index.ts';
import { defaultStorePath, type Store } from '../store/index.ts';
import { type CliOutput, terminalOutput } from './output.ts';
import { parseYears } from './parse-years.ts';
import { withStore } from './with-store.ts';

/**
 * For `zicht start`: fixes an edition of the synthetic chain's period from the run just made
 * and publishes it.
 */
export async function publishDemoEdition(
  store: Store,
  years: string,
  outDir: string,
  log: (line: string) => void,
): Promise<string> {
  const { yearFrom, yearTo } = parseYears(years);
  const id = `${yearFrom}-${yearTo}`;
  await createEdition(store, { id, period: { from: yearFrom, to: yearTo }, title: `Monitor ${yearFrom}–${yearTo}` });
  const site = await publishToSite(store, id, outDir, () => new Date());
  log(`✓ publish: edition ${id} → ${site.files} files in ${resolve(outDir)}${auditLine(site)}`);
  return id;
}

/** `zicht edition create …` and `zicht publish …`; argument parsing only. */
export function registerPublishCommand(program: Command, output: CliOutput = terminalOutput): void {
  const edition = program
    .command('edition')
    .description('editions: a fixed period with the delivery versions it uses frozen');
  edition
    .command('create')
    .description('fix an edition: freeze the current delivery versions, the linkage and the estimate for a period')
    .requiredOption('--id <id>', 'edition id, e.g. 2018-2025')
    .requiredOption('--years <from-to>', 'period, e.g. 2018-2025')
    .requiredOption('--title <title>', 'title shown on the published site')
    .option('--db <path>', 'store file', defaultStorePath)
    .action(async (o: { id: string; years: string; title: string; db: string }) => {
      const { yearFrom, yearTo } = parseYears(o.years);
      await withStore(o.db, async (store) => {
        const made = await createEdition(store, { id: o.id, period: { from: yearFrom, to: yearTo }, title: o.title });
        output.result(
          `edition ${made.id} (${yearFrom}–${yearTo}) freezes ${made.deliveryIds.length} delivery versions`,
        );
      });
    });

  program
    .command('publish')
    .description(
      'build the static site of an edition (Dutch and English, charts, tables, CSV/XLSX, methods, print version)',
    )
    .requiredOption('--edition <id>', 'edition id (see `zicht edition create`)')
    .requiredOption('--out <dir>', 'folder to write the site to')
    .option('--db <path>', 'store file', defaultStorePath)
    .action(async (o: { edition: string; out: string; db: string }) => {
      await withStore(o.db, async (store) => {
        const site = await publishToSite(store, o.edition, o.out, () => new Date());
        output.result(
          `published edition ${site.editionId}: ${site.files} files in ${resolve(o.out)} (open index.html, or en/index.html)${auditLine(site)}`,
        );
      });
    });
}

/** What the outside attack did before publication, for the command's last line. */
const auditLine = (site: SiteManifest): string =>
  site.audit
    ? `; disclosure audit: ${site.audit.counts.toLocaleString('en')} counts attacked, none narrowed too far, in ${site.audit.seconds.toFixed(1)} s${site.audit.comparedWith ? ` (also against the edition it replaced, ${site.audit.comparedWith})` : ''}`
    : '';
