import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import {
  buildValidationReport,
  confirmDelivery,
  listDeliveryVersions,
  renderValidationReportHtml,
  rollbackDelivery,
} from '../deliveries/index.ts';
import { defaultStorePath, type Store } from '../store/index.ts';
import { type CliOutput, terminalOutput } from './output.ts';
import { withStore } from './with-store.ts';

/** Writes a delivery's validation report: HTML for a .html path (language by --lang), JSON otherwise. */
export async function writeValidationReport(
  store: Store,
  deliveryId: string,
  path: string,
  lang: 'nl' | 'en',
): Promise<void> {
  const report = await buildValidationReport(store, deliveryId);
  writeFileSync(
    path,
    path.endsWith('.html') ? renderValidationReportHtml(report, lang) : `${JSON.stringify(report, null, 2)}\n`,
  );
}

/** `zicht deliveries list|report|rollback|confirm`: the versions of every delivery, and what to do about them. */
export function registerDeliveriesCommand(program: Command, output: CliOutput = terminalOutput): void {
  const deliveries = program
    .command('deliveries')
    .description('list delivery versions, write validation reports, roll back a version');
  deliveries
    .command('list')
    .description('every version of every delivery, with its status')
    .option('--source <id>', 'only this source')
    .option('--db <path>', 'store file', defaultStorePath)
    .action(async (o: { source?: string; db: string }) => {
      const versions = await withStore(o.db, (store) =>
        listDeliveryVersions(store, o.source ? { source: o.source } : {}),
      );
      if (versions.length === 0) output.result('no deliveries stored');
      for (const v of versions) {
        output.result(
          `${v.status.padEnd(11)} ${v.delivery_id}  ${v.file_name}  read ${v.rows_read}, stored ${v.rows_accepted}, quarantined ${v.rows_quarantined}`,
        );
      }
    });
  deliveries
    .command('report')
    .description('write the validation report of a delivery (.html or .json)')
    .argument('<deliveryId>')
    .requiredOption('--out <file>', 'report.html or report.json')
    .option('--lang <nl|en>', 'language of the HTML report', 'nl')
    .option('--db <path>', 'store file', defaultStorePath)
    .action(async (deliveryId: string, o: { out: string; lang: string; db: string }) => {
      await withStore(o.db, (store) => writeValidationReport(store, deliveryId, o.out, o.lang === 'en' ? 'en' : 'nl'));
      output.result(`wrote ${o.out}`);
    });
  deliveries
    .command('rollback')
    .description('roll back the current version of a period: the version it replaced becomes current again')
    .argument('<deliveryId>')
    .option('--db <path>', 'store file', defaultStorePath)
    .action(async (deliveryId: string, o: { db: string }) => {
      const { current } = await withStore(o.db, (store) => rollbackDelivery(store, deliveryId, new Date()));
      output.result(
        current
          ? `rolled back; current version is now ${current}`
          : 'rolled back; this period has no current version now',
      );
    });
  deliveries
    .command('confirm')
    .description(
      'make a held delivery current (one with no accepted rows, or under half the rows of the version it replaces)',
    )
    .argument('<deliveryId>')
    .option('--db <path>', 'store file', defaultStorePath)
    .action(async (deliveryId: string, o: { db: string }) => {
      const { supersedes } = await withStore(o.db, (store) => confirmDelivery(store, deliveryId, 'cli', new Date()));
      output.result(
        supersedes
          ? `confirmed; it replaces ${supersedes}, roll back with \`zicht deliveries rollback ${deliveryId}\``
          : 'confirmed; it is the current version of its period',
      );
    });
}
