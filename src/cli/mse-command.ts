import { type Command, InvalidArgumentError, Option } from 'commander';
import {
  type CaptureTable,
  type CaptureTableEstimate,
  type CaptureTableEstimateFailure,
  type CaptureTableEstimateOptions,
  EstimationInputError,
  estimateFromCaptureTable,
} from '../estimation/index.ts';
import { type CliOutput, terminalOutput } from './output.ts';
import { CaptureTableFileError, captureTableFiles, readCaptureTable } from './read-capture-table.ts';

export interface MseOptions extends CaptureTableEstimateOptions {
  readonly json: boolean;
  /** One JSON line per table, also for a single file (the default for several files or a folder). */
  readonly jsonl: boolean;
}

/** What `zicht mse --json` prints: `estimateFromCaptureTable`'s estimate. */
export type MseResult = CaptureTableEstimate;

/**
 * One line of `zicht mse --jsonl`: the table's file, and its estimate or why there is none (the
 * reason is a result here, so analysts can run many strata and see which could not be estimated).
 */
export type MseLine =
  | ({ readonly file: string; readonly ok: true } & MseResult)
  | {
      readonly file: string;
      readonly ok: false;
      readonly lists: readonly string[];
      readonly observed: number;
      readonly reason: CaptureTableEstimateFailure['reason'] | 'estimation-input';
      readonly message: string;
    };

const defaults: MseOptions = {
  model: 'published',
  interval: 'profile',
  json: false,
  jsonl: false,
  criterion: 'aic',
  replicates: 1000,
  seed: 1,
};

const familyNames = {
  independence: 'independent lists',
  pairwise: 'pairwise log-linear models',
  heterogeneity: 'all pairs + heterogeneity term',
  'latent-class': 'latent classes',
  covariates: 'all pairs + covariates',
} as const;

function describePublished(result: MseResult, published: NonNullable<MseResult['published']>): string {
  const round = (x: number) => Math.round(x).toLocaleString('en');
  const resampled = {
    fitted: 'the chosen model’s fit',
    largest: 'the largest estimable pairwise model’s fit',
    observed: 'the seen counts',
  } as const;
  const { statistic, threshold, shown } = published.heterogeneity;
  const lines = [
    `lists: ${result.lists.join(', ')} (${result.observed.toLocaleString('en')} people observed)`,
    `estimated total: ${round(result.nhat)} (hidden: ${round(result.hidden)}), 95% ${result.ci.method} interval ${round(result.ci.low)} to ${round(result.ci.high)}`,
    `rule: pairwise model by ${result.selection.criterion?.toUpperCase()} (${result.selection.search}, ${result.selection.modelsTried} models), bootstrap re-selecting the model (${published.replicates} replicates drawn from ${resampled[published.resample]}, seed ${published.seed})` +
      (shown ? ', spanned with the heterogeneity model' : ''),
    `heterogeneity term: ${statistic === null ? 'cannot be estimated here' : `likelihood-ratio statistic ${statistic.toFixed(2)} ${shown ? '>' : '≤'} ${threshold.toFixed(2)}`}`,
    `chosen pairwise model: ${result.model}`,
    'each model family:',
  ];
  for (const f of published.families)
    lines.push(
      f.status === 'ok'
        ? `  ${f.published ? '*' : ' '} ${familyNames[f.family].padEnd(31)} ${round(f.total).padStart(9)}  (${round(f.lower)} to ${round(f.upper)}, ${f.intervalMethod})${f.warning ? ` — ${f.warning}` : ''}`
        : `    ${familyNames[f.family].padEnd(31)} not estimable: ${f.reason}`,
    );
  lines.push('  (* in the published estimate)');
  for (const d of published.droppedLists) lines.push(`left out ${d.list}: ${d.reason}`);
  for (const d of result.dropped) lines.push(`dropped ${d.term}: ${d.reason}`);
  return lines.join('\n');
}

function describe(result: MseResult): string {
  if (result.published) return describePublished(result, result.published);
  const round = (x: number) => Math.round(x).toLocaleString('en');
  const lines = [
    `lists: ${result.lists.join(', ')} (${result.observed.toLocaleString('en')} people observed)`,
    `model: ${result.model}` +
      (result.selection.mode === 'best'
        ? ` (lowest ${result.selection.criterion?.toUpperCase()} of ${result.selection.modelsTried} models, ${result.selection.search}; ${result.selection.modelsExcluded} not estimable)`
        : ''),
    `estimated total: ${round(result.nhat)} (hidden: ${round(result.hidden)})`,
    `${Math.round(result.ci.level * 100)}% ${result.ci.method} interval: ${round(result.ci.low)} to ${round(result.ci.high)}`,
    `AIC ${result.aic.toFixed(2)}, BIC ${result.bic.toFixed(2)}, deviance ${result.deviance.toFixed(3)} on ${result.df} df`,
  ];
  for (const d of result.dropped) lines.push(`dropped ${d.term}: ${d.reason}`);
  if (result.bootstrap) {
    lines.push(
      `bootstrap: ${result.bootstrap.replicates} replicates (seed ${result.bootstrap.seed}), ${result.bootstrap.failed} without an estimable model`,
    );
    for (const m of result.bootstrap.chosenModels.slice(0, 3)) lines.push(`  chosen ${m.count}×: ${m.model}`);
  }
  return lines.join('\n');
}

function mseLine(file: string, table: CaptureTable, options: MseOptions): MseLine {
  const failed = (reason: Extract<MseLine, { ok: false }>['reason'], message: string): MseLine => ({
    file,
    ok: false,
    lists: table.sources,
    observed: table.cells.reduce((sum, cell) => sum + cell.count, 0),
    reason,
    message,
  });
  try {
    const outcome = estimateFromCaptureTable(table, options);
    return outcome.ok ? { file, ok: true, ...outcome.estimate } : failed(outcome.reason, outcome.message);
  } catch (error) {
    if (error instanceof EstimationInputError) return failed('estimation-input', error.message);
    throw error;
  }
}

/** One file, as a person reads it: the summary (or --json), or what to fix and exit code 1. */
function printOne(
  table: CaptureTable,
  options: MseOptions,
  output: Pick<CliOutput, 'result' | 'error'> & Partial<Pick<CliOutput, 'status'>>,
): number {
  const outcome = estimateFromCaptureTable(table, options);
  output.status?.(`${' '.repeat(60)}\r`); // clears a progress line
  if (!outcome.ok) {
    output.error(
      `zicht mse: ${outcome.message}${outcome.reason === 'model-not-estimable' ? '; try --model published or best' : ''}`,
    );
    return 1;
  }
  output.result(options.json ? JSON.stringify(outcome.estimate, null, 2) : describe(outcome.estimate));
  return 0;
}

/**
 * The command's body. One file: prints its estimate (or a message saying what to fix) as before.
 * Several files, a folder (its .csv files) or --jsonl: one JSON line per table, the estimate or why
 * there is none; every file is read before anything is printed, so a bad file gives no half output.
 * Returns the exit code: 1 for a file that is not a capture table, and, for one file without
 * --jsonl, for a table that cannot be estimated (in JSON lines that is the line's `reason`).
 */
export async function runMseCommand(
  paths: string | readonly string[],
  options: Partial<MseOptions>,
  output: Pick<CliOutput, 'result' | 'error'> & Partial<Pick<CliOutput, 'status'>>,
): Promise<number> {
  const status = output.status;
  const resolved: MseOptions = {
    ...defaults,
    ...options,
    ...(status
      ? {
          onProgress: (done: number, total: number) =>
            status(`latent classes: ${Math.floor((100 * done) / total)}% of ${total.toLocaleString('en')} iterations`),
        }
      : {}),
  };
  const given = typeof paths === 'string' ? [paths] : paths;
  try {
    const { files, problems: folderProblems } = await captureTableFiles(given);
    const tables: { file: string; table: CaptureTable }[] = [];
    const problems = [...folderProblems];
    for (const file of files) {
      try {
        tables.push({ file, table: await readCaptureTable(file) });
      } catch (error) {
        if (!(error instanceof CaptureTableFileError)) throw error;
        problems.push(error.message);
      }
    }
    if (problems.length > 0) {
      output.error(problems.map((p) => `zicht mse: ${p}`).join('\n'));
      return 1;
    }
    // a folder holding one .csv is still a folder: its file differs from the path given
    const oneFile = given.length === 1 && files.length === 1 && files[0] === given[0];
    if (oneFile && !resolved.jsonl) return printOne((tables[0] as (typeof tables)[number]).table, resolved, output);
    for (const { file, table } of tables) output.result(JSON.stringify(mseLine(file, table, resolved)));
    status?.(`${' '.repeat(60)}\r`);
    return 0;
  } catch (error) {
    if (error instanceof CaptureTableFileError || error instanceof EstimationInputError) {
      output.error(`zicht mse: ${error.message}`);
      return 1;
    }
    throw error;
  }
}

const wholeNumber = (name: string, minimum: number) => (value: string) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < minimum)
    throw new InvalidArgumentError(`${name} must be a whole number of at least ${minimum}`);
  return n;
};

export function registerMseCommand(program: Command, output: CliOutput = terminalOutput): Command {
  return program
    .command('mse')
    .description(
      'estimate the total number (seen and unseen) from capture tables with log-linear multiple systems estimation',
    )
    .argument(
      '<files...>',
      'capture tables: CSV with one 0/1 column per list (header = list names) and a count column, one row per observed pattern; a folder stands for every .csv in it',
    )
    .addOption(
      new Option(
        '--model <model>',
        "'published': the monitor's estimator (pairwise models with a bootstrap that re-selects them, spanned with the heterogeneity model when the data show it); or one model family",
      )
        .choices(['published', 'independence', 'two-way', 'best'])
        .default('published'),
    )
    .addOption(
      new Option('--interval <method>', '95% interval of a single model family')
        .choices(['profile', 'bootstrap'])
        .default('profile'),
    )
    .addOption(
      new Option('--criterion <criterion>', 'how --model best ranks models').choices(['aic', 'bic']).default('aic'),
    )
    .option('--replicates <n>', 'bootstrap replicates', wholeNumber('--replicates', 2), 1000)
    .option('--seed <n>', 'bootstrap random seed', wholeNumber('--seed', 0), 1)
    .option(
      '--latent-class-iterations <n>',
      'published estimator: iterations per latent-class chain (4 chains; default 50,000, run once more four times as long when not converged)',
      wholeNumber('--latent-class-iterations', 100),
    )
    .option(
      '--no-bound',
      'with a single model family: print N̂ even above ten times the number observed (e.g. to compare with R)',
    )
    .option('--json', 'print one JSON object (one file)', false)
    .option('--jsonl', 'print one JSON line per table (the default for several files or a folder)', false)
    .action(async (files: string[], o: MseOptions & { bound: boolean }) => {
      const { bound, ...rest } = o;
      const code = await runMseCommand(
        files,
        bound ? rest : { ...rest, maxTotalPerObserved: Number.POSITIVE_INFINITY },
        output,
      );
      if (code !== 0) process.exitCode = code;
    });
}
