import { type Command, InvalidArgumentError, Option } from 'commander';
import { readDeliveryFile } from '../deliveries/index.ts';
import {
  bootstrapInterval,
  type CaptureTable,
  type CaptureTableProblem,
  captureTableFromRows,
  type DroppedTerm,
  EstimationInputError,
  fitLogLinear,
  fitTwoWayModel,
  type LogLinearFit,
  selectLogLinearModel,
} from '../estimation/index.ts';

export interface MseOptions {
  readonly model: 'independence' | 'two-way' | 'best';
  readonly interval: 'profile' | 'bootstrap';
  readonly json: boolean;
  readonly criterion: 'aic' | 'bic';
  readonly replicates: number;
  readonly seed: number;
}

/** Where the command writes: stdout and stderr in the CLI, arrays in tests. */
export interface MseOutput {
  out(text: string): void;
  err(text: string): void;
}

/** What `zicht mse --json` prints. */
export interface MseResult {
  readonly lists: readonly string[];
  readonly observed: number;
  /** All terms, main effects first, as R writes them: 'A + B + C + A:B'. */
  readonly model: string;
  readonly nhat: number;
  readonly hidden: number;
  readonly ci: { readonly method: 'profile' | 'wald' | 'bootstrap'; readonly level: number; readonly low: number; readonly high: number };
  readonly aic: number;
  readonly bic: number;
  readonly deviance: number;
  readonly df: number;
  readonly selection: {
    readonly mode: MseOptions['model'];
    readonly criterion: MseOptions['criterion'] | null;
    readonly search: 'all-subsets' | 'forward' | null;
    readonly modelsTried: number;
    readonly modelsExcluded: number;
  };
  /** Pairwise terms left out because they cannot be estimated from these data, with the reason. */
  readonly dropped: readonly DroppedTerm[];
  readonly bootstrap: {
    readonly replicates: number;
    readonly seed: number;
    readonly failed: number;
    readonly chosenModels: readonly { readonly model: string; readonly count: number }[];
  } | null;
}

class MseInputError extends Error {}

const defaults: MseOptions = { model: 'best', interval: 'profile', json: false, criterion: 'aic', replicates: 1000, seed: 1 };

async function readCaptureTable(file: string): Promise<CaptureTable> {
  let header: string[] | null = null;
  const rows: { row: number; fields: Readonly<Record<string, unknown>> }[] = [];
  const problems: CaptureTableProblem[] = [];
  try {
    for await (const delivered of readDeliveryFile(file)) {
      if ('problem' in delivered) {
        problems.push({ row: delivered.rowNumber, column: delivered.problem.column, message: delivered.problem.messageEn });
        continue;
      }
      header ??= Object.keys(delivered.fields);
      rows.push({ row: delivered.rowNumber, fields: delivered.fields });
    }
  } catch (error) {
    throw new MseInputError(`cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const parsed = captureTableFromRows(header ?? [], rows);
  const all = [...problems, ...(parsed.ok ? [] : parsed.problems)];
  if (all.length > 0 || !parsed.ok) {
    const where = (p: CaptureTableProblem) => [p.row === null ? null : `row ${p.row}`, p.column ? `column ${p.column}` : null].filter(Boolean).join(', ');
    const lines = all.slice(0, 20).map((p) => `  ${file}${where(p) ? ` (${where(p)})` : ''}: ${p.message}`);
    if (all.length > 20) lines.push(`  … and ${all.length - 20} more`);
    throw new MseInputError(`${file} is not a capture table (one 0/1 column per list and a count column):\n${lines.join('\n')}`);
  }
  return parsed.table;
}

const modelText = (lists: readonly string[], interactions: readonly string[]) => [...lists, ...interactions].join(' + ');

function unusable(fit: Exclude<LogLinearFit, { status: 'ok' }>): never {
  throw new MseInputError(`the model cannot be estimated from this table: ${fit.message}; try --model best`);
}

/** Runs `zicht mse` and returns the result it printed; user errors become MseInputError. */
export async function estimateFromFile(file: string, options: MseOptions): Promise<MseResult> {
  const table = await readCaptureTable(file);
  let dropped: DroppedTerm[] = [];
  let selection: MseResult['selection'] = { mode: options.model, criterion: null, search: null, modelsTried: 1, modelsExcluded: 0 };
  let fit: LogLinearFit;
  if (options.model === 'independence') {
    fit = fitLogLinear(table, { interactions: [] });
  } else if (options.model === 'two-way') {
    const twoWay = fitTwoWayModel(table);
    fit = twoWay.fit;
    dropped = [...twoWay.dropped];
  } else {
    const chosen = selectLogLinearModel(table, { criterion: options.criterion });
    const excluded = chosen.candidates.filter((c) => c.status !== 'ok');
    selection = { mode: 'best', criterion: options.criterion, search: chosen.search, modelsTried: chosen.candidates.length, modelsExcluded: excluded.length };
    // A pair that is not estimable even on its own is in no candidate; say which and why.
    dropped = excluded.filter((c) => c.interactions.length === 1).map((c) => ({ term: c.interactions[0] as string, reason: c.problem?.message ?? c.status }));
    if (!chosen.chosen) throw new MseInputError('no log-linear model can be estimated from this table (every candidate was excluded)');
    fit = chosen.chosen;
  }
  if (fit.status !== 'ok') unusable(fit);
  let ci: MseResult['ci'] = { method: fit.interval.method, level: fit.interval.level, low: fit.interval.lower, high: fit.interval.upper };
  let bootstrap: MseResult['bootstrap'] = null;
  if (options.interval === 'bootstrap') {
    const names = table.sources;
    const fixed =
      options.model === 'best'
        ? undefined
        : fit.interactions.map((term) => term.split(':').map((name) => names.indexOf(name)) as unknown as readonly [number, number]);
    const b = bootstrapInterval(table, { replicates: options.replicates, seed: options.seed, criterion: options.criterion, interactions: fixed });
    ci = { method: 'bootstrap', level: b.level, low: b.lower, high: b.upper };
    const chosenModels = b.chosenModels.slice(0, 10).map((m) => ({ model: modelText(names, m.interactions), count: m.count }));
    bootstrap = { replicates: b.replicates, seed: options.seed, failed: b.failed, chosenModels };
  }
  return {
    lists: table.sources,
    observed: fit.observedTotal,
    model: modelText(table.sources, fit.interactions),
    nhat: fit.nHat,
    hidden: fit.unobserved.estimate,
    ci,
    aic: fit.aic,
    bic: fit.bic,
    deviance: fit.deviance,
    df: fit.df,
    selection,
    dropped,
    bootstrap,
  };
}

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
    lines.push(`bootstrap: ${result.bootstrap.replicates} replicates (seed ${result.bootstrap.seed}), ${result.bootstrap.failed} without an estimable model`);
    for (const m of result.bootstrap.chosenModels.slice(0, 3)) lines.push(`  chosen ${m.count}×: ${m.model}`);
  }
  return lines.join('\n');
}

/** The command's body: prints the estimate (or a message saying what to fix) and returns the exit code. */
export async function runMseCommand(file: string, options: Partial<MseOptions>, output: MseOutput): Promise<number> {
  const resolved = { ...defaults, ...options };
  try {
    const result = await estimateFromFile(file, resolved);
    output.out(resolved.json ? JSON.stringify(result, null, 2) : describe(result));
    return 0;
  } catch (error) {
    if (error instanceof MseInputError || error instanceof EstimationInputError) {
      output.err(`zicht mse: ${error.message}`);
      return 1;
    }
    throw error;
  }
}

const wholeNumber = (name: string, minimum: number) => (value: string) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < minimum) throw new InvalidArgumentError(`${name} must be a whole number of at least ${minimum}`);
  return n;
};

export function registerMseCommand(program: Command): Command {
  return program
    .command('mse')
    .description('estimate the total number (seen and unseen) from a capture table with log-linear multiple systems estimation')
    .argument('<file>', 'CSV with one 0/1 column per list (header = list names) and a count column, one row per observed pattern')
    .addOption(new Option('--model <model>', 'model').choices(['independence', 'two-way', 'best']).default('best'))
    .addOption(new Option('--interval <method>', '95% interval').choices(['profile', 'bootstrap']).default('profile'))
    .addOption(new Option('--criterion <criterion>', 'how --model best ranks models').choices(['aic', 'bic']).default('aic'))
    .option('--replicates <n>', 'bootstrap replicates', wholeNumber('--replicates', 2), 1000)
    .option('--seed <n>', 'bootstrap random seed', wholeNumber('--seed', 0), 1)
    .option('--json', 'print one JSON object', false)
    .action(async (file: string, o: MseOptions) => {
      const code = await runMseCommand(file, o, {
        out: (text) => console.log(text),
        err: (text) => console.error(text),
      });
      if (code !== 0) process.exitCode = code;
    });
}
