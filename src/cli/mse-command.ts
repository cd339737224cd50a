import { type Command, InvalidArgumentError, Option } from 'commander';
import {
  type CaptureTableEstimate,
  type CaptureTableEstimateFailure,
  type CaptureTableEstimateOptions,
  type CovariateCaptureTable,
  covariateFitAndFamily,
  EstimationInputError,
  aicAboveBest,
  type FamilyFitComparison,
  estimateFromCaptureTable,
  type ModelFamily,
  type ModelFamilyEstimate,
  maxTotalPerObserved,
  substantialSupport,
} from '../estimation/index.ts';
import { type CliOutput, terminalOutput } from './output.ts';
import {
  CaptureTableFileError,
  captureTableFiles,
  type ReadCaptureTable,
  readCaptureTable,
} from './read-capture-table.ts';

export interface MseOptions extends CaptureTableEstimateOptions {
  /** Progress of the covariate model's bootstrap (`--covariates`). */
  readonly onCovariateProgress?: (done: number, total: number) => void;
  readonly json: boolean;
  /** One JSON line per table, also for a single file (the default for several files or a folder). */
  readonly jsonl: boolean;
  /** Columns holding a value of each person (age band, sex), not a list: adds the estimate with them. */
  readonly covariates: readonly string[];
}

/**
 * `--covariates`: the log-linear model with every pair of lists and each covariate value × each list
 * (`covariateFamily`, with its estimate per combination of values in `strata`).
 */
export type MseCovariateEstimate = ModelFamilyEstimate & {
  /** Share of the people seen with some value unknown, shared out by EM. */
  readonly unknownShare?: number;
};

/** What `zicht mse --json` prints: `estimateFromCaptureTable`'s estimate (and with `--covariates`, theirs). */
export type MseResult = CaptureTableEstimate & { readonly covariateEstimate?: MseCovariateEstimate };

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
      /** What each family fitted before one the rule would combine refused the table said. */
      readonly families?: readonly ModelFamilyEstimate[];
    };

const defaults: MseOptions = {
  model: 'published',
  interval: 'profile',
  json: false,
  jsonl: false,
  covariates: [],
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
  const { averaged } = published;
  const bootstrapWords = averaged
    ? `model-averaged tail-area interval over ${averaged.models.toLocaleString('en')} pairwise models (${result.selection.criterion?.toUpperCase()} weights; the chosen model’s weight ${averaged.bestWeight.toFixed(2)})`
    : published.resample === null
      ? 'no bootstrap'
      : published.resample === 'fitted-and-largest'
        ? `two bootstraps re-selecting the model (${published.replicates} replicates each, one drawn from ${resampled.fitted}, one from ${resampled.largest}; the interval spans both; seed ${published.seed})`
        : `bootstrap re-selecting the model (${published.replicates} replicates drawn from ${resampled[published.resample]}, seed ${published.seed})`;
  const { statistic, threshold, shown, everyPairPositive, classesFitAsWell } = published.heterogeneity;
  const classesAic = published.fitComparison?.aic.latentClass;
  const lines = [
    `lists: ${result.lists.join(', ')} (${result.observed.toLocaleString('en')} people observed)`,
    `estimated total: ${round(result.nhat)} (hidden: ${round(result.hidden)}), 95% ${result.ci.method} interval ${round(result.ci.low)} to ${round(result.ci.high)}`,
    `rule: pairwise model by ${result.selection.criterion?.toUpperCase()} (${result.selection.search}, ${result.selection.modelsTried} models${published.criterionFallback ? '; the model AIC chose gave more than ten times the number observed' : ''}), ${bootstrapWords}` +
      (shown
        ? combinedWords(published.families.filter((f) => f.published && f.status === 'ok').map((f) => f.family))
        : ''),
    ...(result.ci.high > maxTotalPerObserved * result.observed
      ? [
          `  the upper limit is above ten times the number observed: the table bounds the number from below, hardly from above`,
        ]
      : []),
    ...(published.fallbackReplicates.count > 0
      ? [
          `  in ${published.fallbackReplicates.count} of ${published.fallbackReplicates.of} bootstrap replicates AIC’s choice gave more than ten times the number observed there, and BIC chose`,
        ]
      : []),
    ...(published.aicChoice
      ? [
          `  with three lists BIC chooses; AIC would choose ${published.aicChoice.model}, which gives ${round(published.aicChoice.nhat)}. A weak dependence between two lists (one referring to the other) can escape BIC; the bootstrap drawn from the model with every pair carries it into the interval`,
        ]
      : []),
    `heterogeneity term: ${statistic === null ? 'cannot be estimated here' : `likelihood-ratio statistic ${statistic.toFixed(2)} ${statistic > threshold ? '>' : '≤'} ${threshold.toFixed(2)}`}`,
    ...(everyPairPositive
      ? [
          `  every pair of lists is positively dependent in the chosen model: the pattern heterogeneity in visibility leaves${shown ? ', so the heterogeneity families are combined' : ''}`,
        ]
      : []),
    ...(classesFitAsWell && published.fitComparison && typeof classesAic === 'number'
      ? [classesLine(published.fitComparison.aic.pairwise - classesAic)]
      : []),
    ...(published.fitComparison ? describeFitComparison(published.fitComparison) : []),
    `chosen pairwise model: ${result.model}`,
    'each model family:',
  ];
  lines.push(...familyLines(published.families), '  (* in the published estimate)');
  for (const d of published.droppedLists) lines.push(`left out ${d.list}: ${d.reason}`);
  for (const d of result.dropped) lines.push(`dropped ${d.term}: ${d.reason}`);
  return lines.join('\n');
}

/**
 * Why latent classes fitting the seen cells as well as the chosen pairs combined the heterogeneity
 * families; `margin` is the pairs' AIC minus the classes' (positive: classes fit better).
 */
function classesLine(margin: number): string {
  const how =
    margin >= 0
      ? `${margin.toFixed(1)} AIC points better than the chosen pairwise model: heterogeneity accounts for the table better than the pairs`
      : `about as well as the chosen pairwise model (${(-margin).toFixed(1)} AIC points worse, within ${substantialSupport}): heterogeneity accounts for the table about as well as the pairs`;
  return `  latent classes describe the seen cells ${how}, so the heterogeneity families are combined`;
}

/** One line per model family: its answer and interval (* when published), or why it gave none. */
function familyLines(families: readonly ModelFamilyEstimate[]): string[] {
  const round = (x: number) => Math.round(x).toLocaleString('en');
  return families.map((f) =>
    f.status === 'ok'
      ? `  ${f.published ? '*' : ' '} ${familyNames[f.family].padEnd(31)} ${round(f.total).padStart(9)}  (${round(f.lower)} to ${round(f.upper)}, ${f.intervalMethod})${f.warning ? ` — ${f.warning}` : ''}`
      : `    ${familyNames[f.family].padEnd(31)} not estimable: ${f.reason}`,
  );
}

/** Which families the published figure combines when the data show heterogeneity, for the rule line. */
function combinedWords(families: readonly ModelFamily[]): string {
  const names = families.map((f) => familyNames[f]);
  return names.length === 1
    ? `; the estimate is that of ${names[0]} alone`
    : `; the estimate combines ${names.slice(0, -1).join(', ')} and ${names.at(-1)} (the interval: their equal mixture)`;
}

/** Each family's AIC on the seen cells above the best, and the families left out for fitting far worse. */
function describeFitComparison(fit: FamilyFitComparison): string[] {
  const fits = aicAboveBest(fit.aic);
  const name = (family: ModelFamily) =>
    family === 'latent-class' && fit.latentClasses !== null
      ? `${familyNames[family]} (${fit.latentClasses}, maximum likelihood)`
      : familyNames[family];
  return [
    `fit to the seen cells, AIC above the best: ${fits.map(({ family, aboveBest }) => `${name(family)} ${aboveBest === 0 ? 'best' : `+${aboveBest.toFixed(1)}`}`).join('; ')}`,
    ...(fit.leftOut.length === 0 ? ['  none left out for its fit'] : []),
    ...fit.leftOut.map((f) =>
      f === 'latent-class'
        ? `  left out: latent classes, more than ${fit.threshold} above the best on the every-pair pattern alone (essentially no support)`
        : `  left out: ${familyNames[f]}, more than ${fit.threshold} above latent classes (essentially no support)`,
    ),
    ...(fit.beyondBound ?? []).map(
      (f) =>
        `  left out: ${familyNames[f]}, its estimate above ten times the number observed while it fits more than ${substantialSupport} worse than the best (less than substantial support)`,
    ),
    ...(fits.some((f) => f.family === 'latent-class' && f.aboveBest > fit.threshold) &&
    !fit.leftOut.includes('latent-class')
      ? [
          `  latent classes are combined because the three-way test fired, though ${fit.latentClasses} classes fit more than ${fit.threshold} worse than the best: a model with more classes may not`,
        ]
      : []),
  ];
}

/** The estimate with covariates, as lines for a person: the figure, what was shared out, per combination. */
function describeCovariates(c: MseCovariateEstimate): string[] {
  const round = (x: number) => Math.round(x).toLocaleString('en');
  if (c.status !== 'ok') return [`with covariates: not estimable: ${c.reason}`];
  const name = c.covariates?.length
    ? `all pairs + ${c.covariates.join(', ')} × each list`
    : 'all pairs; no covariate has two known values';
  const lines = [
    `with covariates (${name}): ${round(c.total)} (${round(c.lower)} to ${round(c.upper)}, ${c.intervalMethod.replace('-', ' ')}, the model held fixed)`,
  ];
  if (c.unknownShare && c.unknownShare > 0)
    lines.push(`  ${(100 * c.unknownShare).toFixed(1)}% of the people seen have a value unknown: shared out by EM`);
  for (const t of c.strata ?? [])
    lines.push(
      `  ${t.values.join(', ')}: ${round(t.total)} (${round(t.lower)} to ${round(t.upper)}), ${round(t.seen)} of them seen`,
    );
  return lines;
}

function describe(result: MseResult): string {
  const text = describeEstimate(result);
  return result.covariateEstimate ? [text, ...describeCovariates(result.covariateEstimate)].join('\n') : text;
}

/**
 * The covariate model on the split table (seeded as the bootstrap), with its progress: one model
 * fit per bootstrap table.
 */
function covariateEstimate(table: CovariateCaptureTable, options: MseOptions): MseCovariateEstimate {
  const { fit, family } = covariateFitAndFamily(table, {
    seed: options.seed ?? 1,
    replicates: options.replicates ?? 1000,
    ...(options.onCovariateProgress ? { onProgress: options.onCovariateProgress } : {}),
  });
  return fit.status === 'ok' ? { ...family, unknownShare: fit.unknownShare } : family;
}

function describeEstimate(result: MseResult): string {
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

function mseLine(file: string, { table, covariateTable }: ReadCaptureTable, options: MseOptions): MseLine {
  const failed = (
    reason: Extract<MseLine, { ok: false }>['reason'],
    message: string,
    families?: readonly ModelFamilyEstimate[],
  ): MseLine => ({
    file,
    ok: false,
    lists: table.sources,
    observed: table.cells.reduce((sum, cell) => sum + cell.count, 0),
    reason,
    message,
    ...(families ? { families } : {}),
  });
  try {
    const outcome = estimateFromCaptureTable(table, options);
    if (!outcome.ok) return failed(outcome.reason, outcome.message, outcome.families);
    return covariateTable
      ? { file, ok: true, ...outcome.estimate, covariateEstimate: covariateEstimate(covariateTable, options) }
      : { file, ok: true, ...outcome.estimate };
  } catch (error) {
    if (error instanceof EstimationInputError) return failed('estimation-input', error.message);
    throw error;
  }
}

/** One file, as a person reads it: the summary (or --json), or what to fix and exit code 1. */
function printOne(
  { table, covariateTable }: ReadCaptureTable,
  options: MseOptions,
  output: Pick<CliOutput, 'result' | 'error'> & Partial<Pick<CliOutput, 'status'>>,
): number {
  const outcome = estimateFromCaptureTable(table, options);
  output.status?.(`${' '.repeat(60)}\r`); // clears a progress line
  if (!outcome.ok) {
    output.error(
      [
        `zicht mse: ${outcome.message}${outcome.reason === 'model-not-estimable' ? '; try --model published or best' : ''}`,
        ...(outcome.families
          ? [
              'what each model family fitted before the refusal gave (none is published):',
              ...familyLines(outcome.families),
            ]
          : []),
      ].join('\n'),
    );
    return 1;
  }
  const result: MseResult = covariateTable
    ? { ...outcome.estimate, covariateEstimate: covariateEstimate(covariateTable, options) }
    : outcome.estimate;
  output.status?.(`${' '.repeat(60)}\r`);
  output.result(options.json ? JSON.stringify(result, null, 2) : describe(result));
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
          onCovariateProgress: (done: number, total: number) =>
            status(
              `covariates: ${Math.floor((100 * done) / total)}% of ${total.toLocaleString('en')} bootstrap tables`,
            ),
        }
      : {}),
  };
  const given = typeof paths === 'string' ? [paths] : paths;
  try {
    const { files, problems: folderProblems } = await captureTableFiles(given);
    const tables: ({ file: string } & ReadCaptureTable)[] = [];
    const problems = [...folderProblems];
    for (const file of files) {
      try {
        tables.push({ file, ...(await readCaptureTable(file, resolved.covariates)) });
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
    if (oneFile && !resolved.jsonl) return printOne(tables[0] as (typeof tables)[number], resolved, output);
    for (const { file, ...read } of tables) output.result(JSON.stringify(mseLine(file, read, resolved)));
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
        "'published': the monitor's estimator (pairwise models with a bootstrap that re-selects them, combined with the heterogeneity and latent-class models when the data show heterogeneity); or one model family",
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
    .addOption(
      new Option(
        '--pairwise-interval <method>',
        "published estimator: how the pairwise models' interval carries the choice of model: 'bootstrap' (the rule), re-selecting the model on --replicates simulated tables, or 'model-averaged', their tail areas averaged by Akaike (with three lists BIC) weights: narrower, but it misses more often where heterogeneity hides that the data do not show (docs/estimation.md)",
      )
        .choices(['bootstrap', 'model-averaged'])
        .default('bootstrap'),
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
    .option(
      '--covariates <columns>',
      'columns of the file that hold a value of each person (e.g. age_band,sex; empty = unknown) instead of a list: adds the estimate with every pair of lists and each value × each list, unknown values shared out by EM',
      (value: string) =>
        value
          .split(',')
          .map((c) => c.trim())
          .filter((c) => c !== ''),
      [],
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
