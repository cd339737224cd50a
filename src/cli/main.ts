import { Command, InvalidArgumentError } from 'commander';
import { type RecordType, recordTypes, sources } from '../contract/index.ts';
import {
  ingestDelivery,
  linkSecretFromEnv,
  minimumLinkSecretLength,
  pseudonymiseFile,
  syntheticLinkSecret,
} from '../deliveries/index.ts';
import { buildDemoData, replaceFollowupData } from '../followup/index.ts';
import { linkPersons } from '../linkage/index.ts';
import { estimateHiddenVictims, runPipeline } from '../pipeline/index.ts';
import { type LogLevel, parseLogLevel, startServer } from '../server/index.ts';
import { defaultStorePath, openStore } from '../store/index.ts';
import { simulateChain, writeChain } from '../synthetic/index.ts';
import { registerDeliveriesCommand, writeValidationReport } from './deliveries-command.ts';
import { registerCheckCommand } from './check-command.ts';
import { registerDocsCommand } from './docs-command.ts';
import { registerFollowupCommand } from './followup-command.ts';
import { registerMseCommand } from './mse-command.ts';
import { registerUsersCommand, seedDemoUsers } from './users-command.ts';
import { publishDemoEdition, registerPublishCommand } from './publish-command.ts';
import { parseYears } from './parse-years.ts';
import { withStore } from './with-store.ts';
import { defaultDemoStorePath, openDemoStore } from './demo-store.ts';
import { terminalOutput as output } from './output.ts';

// the synthetic pipeline may fall back to the demo secret (and says so); `pseudonymise` never does
const secret = () => syntheticLinkSecret(process.env);
const today = () => new Date().toISOString().slice(0, 10);
const effects = { now: () => new Date(), log: output.progress, status: output.status };
/** The server's request log level: ZICHT_LOG_LEVEL, else the command's own default. */
const logLevel = (fallback: LogLevel) => parseLogLevel(process.env.ZICHT_LOG_LEVEL || fallback);
const int = (name: string) => (v: string) => {
  const n = Number(v);
  if (!Number.isInteger(n)) throw new InvalidArgumentError(`${name} must be a whole number`);
  return n;
};
const positive = (v: string) => {
  const n = Number(v);
  if (!(n > 0)) throw new InvalidArgumentError('must be a number above 0');
  return n;
};

const program = new Command('zicht')
  .description(
    'Zicht: one honest picture of sexual violence against children, from deliveries to the published monitor.',
  )
  .showHelpAfterError();

program
  .command('simulate')
  .description("write a seeded synthetic chain: each source's extract (CSV, JSON lines, XLSX) and the ground truth")
  .option('--seed <n>', 'random seed', int('--seed'), 1)
  .option('--years <from-to>', 'period', '2018-2025')
  .option('--scale <s>', '1 is about the Dutch order of magnitude', positive, 1)
  .option('--out <dir>', 'output folder', './data/synthetic')
  .option('--formats <list>', 'comma-separated: csv,jsonl,xlsx', 'csv,jsonl,xlsx')
  .action(async (o: { seed: number; years: string; scale: number; out: string; formats: string }) => {
    const formats = o.formats.split(',').map((f) => f.trim());
    for (const f of formats)
      if (!['csv', 'jsonl', 'xlsx'].includes(f))
        throw new InvalidArgumentError(`unknown format "${f}": use csv, jsonl or xlsx`);
    const chain = simulateChain({ seed: o.seed, scale: o.scale, ...parseYears(o.years) });
    await writeChain(chain, o.out, { formats: formats as ('csv' | 'jsonl' | 'xlsx')[] });
    const registrations = sources.codes.reduce((a, s) => a + chain.extracts[s].registration.length, 0);
    output.result(
      `wrote ${registrations.toLocaleString('en')} registrations of ${sources.codes.length} sources to ${o.out}/extracts, ground truth to ${o.out}/truth`,
    );
  });

program
  .command('pseudonymise')
  .description(
    `at the partner: replace direct identifiers in a person extract by keyed tokens (secret from ZICHT_LINK_SECRET, at least ${minimumLinkSecretLength} characters)`,
  )
  .argument('<file>', 'person extract (.csv, .jsonl or .xlsx) with bsn, names, date_of_birth')
  .requiredOption('--out <file>', 'the person delivery to write (.csv)')
  .action(async (file: string, o: { out: string }) => {
    const summary = await pseudonymiseFile(file, o.out, linkSecretFromEnv(process.env));
    output.result(
      `read ${summary.rowsRead} rows, wrote ${summary.rowsWritten}; dropped columns: ${summary.droppedColumns.join(', ') || 'none'}`,
    );
    output.result(
      `tokens: BSN ${summary.withBsnToken}, name+birth date ${summary.withNameDobToken}; unreadable rows skipped: ${summary.unreadableRows}`,
    );
  });

program
  .command('ingest')
  .description('validate a delivery and store it: good rows once, bad rows to quarantine with reasons')
  .argument('<file>', '.csv, .jsonl or .xlsx')
  .requiredOption('--source <id>', `one of ${sources.codes.join(', ')}`)
  .requiredOption('--type <recordType>', `one of ${Object.keys(recordTypes).join(', ')}`)
  .requiredOption('--period <period>', 'the period the file covers: 2025, 2025-H1, 2025-Q3, 2025-06 or 2018-2025')
  .option('--report <file>', 'also write the validation report (.html or .json)')
  .option('--lang <nl|en>', 'language of the HTML report', 'nl')
  .option('--confirm', 'make it current even if it has no accepted rows or under half the rows of the current version')
  .option('--db <path>', 'store file', defaultStorePath)
  .action(
    async (
      file: string,
      o: { source: string; type: string; period: string; report?: string; lang: string; confirm?: boolean; db: string },
    ) => {
      if (!(sources.codes as readonly string[]).includes(o.source))
        throw new InvalidArgumentError(`unknown source "${o.source}"`);
      if (!(o.type in recordTypes)) throw new InvalidArgumentError(`unknown record type "${o.type}"`);
      await withStore(o.db, async (store) => {
        const result = await ingestDelivery(
          store,
          { file, source: o.source, recordType: o.type as RecordType, period: o.period, confirm: o.confirm === true },
          {
            today: today(),
            now: () => new Date(),
            onProgress: (n) => output.status(`${n.toLocaleString('en')} rows read`),
          },
        );
        output.progress('');
        output.result(
          `${result.status}: ${result.rowsRead} read, ${result.rowsAccepted} stored, ${result.rowsQuarantined} quarantined (delivery ${result.deliveryId})`,
        );
        if (o.report) {
          await writeValidationReport(store, result.deliveryId, o.report, o.lang === 'en' ? 'en' : 'nl');
          output.result(`validation report: ${o.report}`);
        }
        if (result.hold)
          output.result(
            `held, not current: ${result.hold.message} Confirm with \`zicht deliveries confirm ${result.deliveryId}\`.`,
          );
        if (result.supersedes)
          output.result(
            `this version supersedes ${result.supersedes}; roll back with \`zicht deliveries rollback ${result.deliveryId}\``,
          );
      });
    },
  );

program
  .command('link')
  .description(
    'link stored persons across sources: Fellegi–Sunter with Bloom filters (default, as the pipeline) or exact tokens',
  )
  .option('--method <fellegi-sunter|exact>', 'linkage method', 'fellegi-sunter')
  .option('--db <path>', 'store file', defaultStorePath)
  .action(async (o: { db: string; method: string }) => {
    if (o.method !== 'exact' && o.method !== 'fellegi-sunter')
      throw new InvalidArgumentError(`unknown method "${o.method}": use exact or fellegi-sunter`);
    const method = o.method;
    await withStore(o.db, async (store) =>
      output.result(JSON.stringify(await linkPersons(store, { method }), null, 2)),
    );
  });

program
  .command('estimate')
  .description('estimate the total number of child victims, registered or not (log-linear multiple systems estimation)')
  .option('--db <path>', 'store file', defaultStorePath)
  .option('--years <from-to>', 'period', '2018-2025')
  .action(async (o: { db: string; years: string }) => {
    const { yearFrom, yearTo } = parseYears(o.years);
    await withStore(o.db, async (store) => {
      const estimate = await estimateHiddenVictims(store, { from: yearFrom, to: yearTo });
      output.result(
        estimate
          ? JSON.stringify({ ...estimate, table: undefined }, null, 2)
          : 'no estimate: no linked victims, or no estimable model',
      );
    });
  });

const pipelineOptions = (cmd: Command) =>
  cmd
    .option('--seed <n>', 'random seed of the synthetic chain', int('--seed'), 1)
    .option('--years <from-to>', 'period', '2018-2025')
    .option('--scale <s>', 'size of the synthetic chain (1 ≈ the Dutch order of magnitude)', positive, 0.5)
    .option(
      '--db <path>',
      'the synthetic demo store (one made by zicht start is rebuilt, its predecessor kept as .previous; any other store is refused)',
      defaultDemoStorePath,
    )
    .option('--work <dir>', 'folder for extracts and deliveries', './data/work');

type PipelineCliOptions = { seed: number; years: string; scale: number; db: string; work: string };

async function runDemoPipeline(o: PipelineCliOptions) {
  const store = await openDemoStore(o.db, effects.log);
  const started = performance.now();
  await runPipeline(
    store,
    { seed: o.seed, scale: o.scale, ...parseYears(o.years), workDir: o.work, secret: secret(), today: today() },
    effects,
  );
  output.progress(`pipeline done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return store;
}

pipelineOptions(
  program
    .command('pipeline')
    .description('run the whole pipeline on a fresh synthetic chain: simulate → … → indicators'),
).action(async (o: PipelineCliOptions) => (await runDemoPipeline(o)).close());

const serveOptions = (cmd: Command) =>
  cmd
    .option('--port <n>', 'port', int('--port'), Number(process.env.PORT ?? 8080))
    .option('--host <host>', 'interface to listen on', '127.0.0.1')
    .option('--web <dir>', 'built web app', './dist/web');

serveOptions(program.command('serve').description('serve the monitor and its API from a store'))
  .option('--db <path>', 'store file', defaultStorePath)
  .option(
    '--site <dir>',
    'folder of the published edition, served under /publicatie/ (analysts publish into it)',
    './dist/site',
  )
  .action(async (o: { db: string; port: number; host: string; web: string; site: string }) => {
    const log = { level: logLevel('info') };
    const store = await openStore(o.db);
    const server = await startServer({ store, webRoot: o.web, siteRoot: o.site, host: o.host, port: o.port, log });
    output.result(`Zicht is serving on ${server.url}`);
  });

serveOptions(
  pipelineOptions(
    program
      .command('start')
      .description('the main job: build the synthetic chain, run the whole pipeline, serve the app'),
  ),
).action(async (o: PipelineCliOptions & { port: number; host: string; web: string }) => {
  // the demo's terminal shows its own messages; only warnings and faults of the server join them
  const log = { level: logLevel('warn') };
  const store = await runDemoPipeline(o);
  await publishDemoEdition(store, o.years, './dist/site', output.progress);
  await replaceFollowupData(store, buildDemoData());
  output.progress(
    '✓ follow-up: the 2018–2022 and 2020–2024 editions with their recommendations, responses and commitments',
  );
  await seedDemoUsers(store, output.result);
  const server = await startServer({ store, webRoot: o.web, siteRoot: './dist/site', host: o.host, port: o.port, log });
  output.result(
    `\nZicht is ready: open ${server.url} (the public monitor), ${server.url}/publicatie/ (the published edition),`,
  );
  output.result(`${server.url}/opvolging/editie/2020-2024 (public follow-up)`);
  output.result(`and ${server.url}/werk to sign in with one of the demo accounts above.`);
});

registerDeliveriesCommand(program);
registerFollowupCommand(program);
registerMseCommand(program);
registerUsersCommand(program);
registerPublishCommand(program);
registerDocsCommand(program);
registerCheckCommand(program);

program.parseAsync(process.argv).catch((error: unknown) => {
  output.error(`zicht: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
