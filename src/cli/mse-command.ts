import { type Command, InvalidArgumentError, Option } from 'commander';
import {
  type CaptureTableEstimate,
  type CaptureTableEstimateOptions,
  EstimationInputError,
  estimateFromCaptureTable,
} from '../estimation/index.ts';
import { type CliOutput, terminalOutput } from './output.ts';
import { CaptureTableFileError, readCaptureTable } from './read-capture-table.ts';

export interface MseOptions extends CaptureTableEstimateOptions {
  readonly json: boolean;
}

/** What `zicht mse --json` prints: `estimateFromCaptureTable`'s estimate. */
export type MseResult = CaptureTableEstimate;

const defaults: MseOptions = {
  model: 'best',
  interval: 'profile',
  json: false,
  criterion: 'aic',
  replicates: 1000,
  seed: 1,
};

function describe(result: MseResult): string {
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

/** The command's body: reads the table, prints the estimate (or a message saying what to fix) and returns the exit code. */
export async function runMseCommand(
  file: string,
  options: Partial<MseOptions>,
  output: Pick<CliOutput, 'result' | 'error'>,
): Promise<number> {
  const resolved = { ...defaults, ...options };
  try {
    const outcome = estimateFromCaptureTable(await readCaptureTable(file), resolved);
    if (!outcome.ok) {
      output.error(
        `zicht mse: ${outcome.message}${outcome.reason === 'model-not-estimable' ? '; try --model best' : ''}`,
      );
      return 1;
    }
    output.result(resolved.json ? JSON.stringify(outcome.estimate, null, 2) : describe(outcome.estimate));
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
      'estimate the total number (seen and unseen) from a capture table with log-linear multiple systems estimation',
    )
    .argument(
      '<file>',
      'CSV with one 0/1 column per list (header = list names) and a count column, one row per observed pattern',
    )
    .addOption(new Option('--model <model>', 'model').choices(['independence', 'two-way', 'best']).default('best'))
    .addOption(new Option('--interval <method>', '95% interval').choices(['profile', 'bootstrap']).default('profile'))
    .addOption(
      new Option('--criterion <criterion>', 'how --model best ranks models').choices(['aic', 'bic']).default('aic'),
    )
    .option('--replicates <n>', 'bootstrap replicates', wholeNumber('--replicates', 2), 1000)
    .option('--seed <n>', 'bootstrap random seed', wholeNumber('--seed', 0), 1)
    .option('--json', 'print one JSON object', false)
    .action(async (file: string, o: MseOptions) => {
      const code = await runMseCommand(file, o, output);
      if (code !== 0) process.exitCode = code;
    });
}
