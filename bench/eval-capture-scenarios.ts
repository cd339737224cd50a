// The capture-scenario part of `npm run eval:estimation`: tables drawn from written-down models
// (bench/capture-scenarios.ts) for every scenario × K lists × N people, each estimator scored on
// coverage of its 95% interval, mean relative bias, mean width / N and tables it could not estimate.
// Options (all optional):
//   --replicates <n>             tables per cell (default 20)
//   --bootstrap-replicates <n>   for the bootstrap estimator and the published one's bootstrap (default 200; it publishes with 1,000)
//   --latent-class-iterations <n>  per chain, 2 chains after 2,000 burn-in (default 10,000; its own is 200,000)
//   --scenarios a,b  --lists 3,4  --sizes 500,2000  --methods published,aic   a part of the grid
//                                (the variants marked onlyWhenNamed, e.g. two-class-equal or random-loglinear, run only when named here)
//   --scenario-seed <n>          seed of the first table of every cell (default 1)
//   --workers <n>                score cells in n child processes at once (default 1: in this one)
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { BenchResult } from './bench-result.ts';
import { captureScenarios } from './capture-scenarios.ts';
import {
  type EstimatorCellScore,
  type ScenarioCell,
  type ScenarioCellScore,
  scoreScenarioCell,
} from './scenario-coverage.ts';
import { type ScenarioEstimator, scenarioEstimators } from './scenario-estimators.ts';
import { scenarioTargets } from './scenario-targets.ts';

export type CaptureScenarioOptions = {
  readonly replicates: number;
  readonly bootstrapReplicates: number;
  readonly latentClassIterations: number;
  readonly scenarios: readonly string[] | null;
  readonly lists: readonly number[];
  readonly sizes: readonly number[];
  readonly methods: readonly string[] | null;
  readonly firstSeed: number;
  /** Child processes that score cells at once; 1 scores them in this process. */
  readonly workers: number;
};

function option(argv: readonly string[], name: string): string | undefined {
  const i = argv.indexOf(`--${name}`);
  if (i < 0) return undefined;
  const value = argv[i + 1];
  if (value === undefined || value.startsWith('--')) throw new Error(`--${name} needs a value`);
  return value;
}

function wholeNumbers(argv: readonly string[], name: string, fallback: readonly number[], minimum: number): number[] {
  const value = option(argv, name);
  if (value === undefined) return [...fallback];
  const numbers = value.split(',').map(Number);
  if (!numbers.every((n) => Number.isInteger(n) && n >= minimum))
    throw new Error(`--${name} needs whole numbers of at least ${minimum}, comma-separated`);
  return numbers;
}

function names(argv: readonly string[], name: string, known: readonly string[]): string[] | null {
  const value = option(argv, name);
  if (value === undefined) return null;
  const chosen = value.split(',');
  const unknown = chosen.filter((n) => !known.includes(n));
  if (unknown.length > 0) throw new Error(`--${name}: no ${unknown.join(', ')}; choose from ${known.join(', ')}`);
  return chosen;
}

export function captureScenarioOptions(argv: readonly string[]): CaptureScenarioOptions {
  const one = (name: string, fallback: number, minimum: number) =>
    wholeNumbers(argv, name, [fallback], minimum)[0] as number;
  return {
    replicates: one('replicates', 20, 1),
    bootstrapReplicates: one('bootstrap-replicates', 200, 2),
    latentClassIterations: one('latent-class-iterations', 10_000, 40),
    scenarios: names(
      argv,
      'scenarios',
      captureScenarios.map((s) => s.id),
    ),
    lists: wholeNumbers(argv, 'lists', [3, 4, 5], 2),
    sizes: wholeNumbers(argv, 'sizes', [500, 2000, 10000], 1),
    methods: names(
      argv,
      'methods',
      scenarioEstimators({ bootstrapReplicates: 2, latentClassIterations: 40 }).map((e) => e.id),
    ),
    firstSeed: one('scenario-seed', 1, 0),
    workers: one('workers', 1, 1),
  };
}

const pct = (x: number, signed = false) =>
  Number.isNaN(x) ? '—' : `${signed && x >= 0 ? '+' : ''}${(100 * x).toFixed(1)}%`;
const ratio = (x: number) => (Number.isNaN(x) ? '—' : Number.isFinite(x) ? x.toFixed(2) : '∞');

/** The printed table's columns: heading, width and right-alignment; the header and rows share them. */
const columns = [
  ['scenario', 24, false],
  ['K', 2, true],
  ['N', 7, true],
  ['seen', 6, true],
  ['method', 10, false],
  ['cover', 7, true],
  ['bias', 8, true],
  ['width/N', 8, true],
  ['median', 7, true],
  ['fail', 5, true],
  ['ms/table', 8, true],
] as const;

function row(fields: readonly string[]): string {
  return columns
    .map(([, width, right], i) => (right ? (fields[i] ?? '').padStart(width) : (fields[i] ?? '').padEnd(width)))
    .join('  ');
}

function printCell(cell: ScenarioCellScore): void {
  for (const s of cell.scores) {
    console.log(
      row([
        cell.scenario.id,
        String(cell.lists),
        cell.size.toLocaleString('en'),
        pct(cell.seenShare),
        s.estimator.id,
        pct(s.covered / s.replicates),
        pct(s.meanRelativeBias, true),
        ratio(s.meanWidthOverN),
        ratio(s.medianWidthOverN),
        String(s.notEstimable.length + s.errors.length),
        s.msPerTable.toFixed(0),
      ]),
    );
  }
}

/** Each estimator's reasons (refusals or errors), counted over all cells, with the scenarios they came from. */
function printReasons(
  cells: readonly ScenarioCellScore[],
  what: string,
  reasons: (s: ScenarioCellScore['scores'][number]) => readonly string[],
): void {
  const counts = new Map<string, { count: number; scenarios: Map<string, number> }>();
  for (const cell of cells)
    for (const s of cell.scores)
      for (const reason of reasons(s)) {
        const key = `${s.estimator.id}: ${reason}`;
        const seen = counts.get(key) ?? { count: 0, scenarios: new Map<string, number>() };
        seen.count++;
        seen.scenarios.set(cell.scenario.id, (seen.scenarios.get(cell.scenario.id) ?? 0) + 1);
        counts.set(key, seen);
      }
  for (const [key, { count, scenarios }] of counts) {
    const where = [...scenarios].map(([id, n]) => `${id} ${n}`).join(', ');
    console.log(`  ${what}, ${count} tables (${where}) — ${key}`);
  }
}

/** The chosen cells, in the order they are printed, and the chosen estimators. */
export function scenarioGrid(options: CaptureScenarioOptions): {
  scenarios: typeof captureScenarios;
  cells: ScenarioCell[];
  estimators: readonly ScenarioEstimator[];
} {
  // a variant only when named; without --scenarios, every scenario but the variants
  const scenarios = captureScenarios.filter((s) =>
    options.scenarios ? options.scenarios.includes(s.id) : s.onlyWhenNamed !== true,
  );
  const estimators = scenarioEstimators(options).filter((e) => !options.methods || options.methods.includes(e.id));
  const cells = scenarios.flatMap((scenario) =>
    options.lists.flatMap((lists) => options.sizes.map((size) => ({ scenario, lists, size }))),
  );
  return { scenarios, cells, estimators };
}

/** A cell's score as a worker sends it: the cell by index, each estimator by id. */
export type SentCellScore = {
  readonly cell: number;
  readonly seenShare: number;
  readonly scores: readonly (Omit<EstimatorCellScore, 'estimator'> & { readonly estimator: string })[];
};

/**
 * Scores the cells in `workers` child processes (bench/scenario-worker.ts), each taking the next
 * cell when it is done; `onCell` is called in grid order as the scores arrive. A worker that fails
 * fails the eval.
 */
async function scoreCellsInWorkers(
  options: CaptureScenarioOptions,
  onCell: (cell: ScenarioCellScore) => void,
): Promise<ScenarioCellScore[]> {
  const { cells, estimators } = scenarioGrid(options);
  const byId = new Map(estimators.map((e) => [e.id, e]));
  const scores: (ScenarioCellScore | undefined)[] = cells.map(() => undefined);
  let next = 0;
  let printed = 0;
  const runTs = fileURLToPath(new URL('../bin/run-ts.js', import.meta.url));
  const worker = fileURLToPath(new URL('./scenario-worker.ts', import.meta.url));
  const one = () =>
    new Promise<void>((resolve, reject) => {
      const child = fork(runTs, [worker], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
      const ask = () => {
        if (next < cells.length) child.send({ options, cell: next++ });
        else child.send({ done: true });
      };
      child.on('message', (message: SentCellScore) => {
        const cell = cells[message.cell] as ScenarioCell;
        scores[message.cell] = {
          ...cell,
          seenShare: message.seenShare,
          scores: message.scores.map((s) => ({ ...s, estimator: byId.get(s.estimator) as ScenarioEstimator })),
        };
        while (printed < cells.length && scores[printed]) onCell(scores[printed++] as ScenarioCellScore);
        ask();
      });
      child.on('error', reject);
      child.on('exit', (code) =>
        code === 0 ? resolve() : reject(new Error(`a scenario worker stopped with exit code ${code}`)),
      );
      ask();
    });
  await Promise.all(Array.from({ length: Math.min(options.workers, cells.length) }, one));
  return scores as ScenarioCellScore[];
}

/** Scores every chosen cell, prints one line per cell × estimator, and returns the published estimator's bars. */
export async function evalCaptureScenarios(options: CaptureScenarioOptions): Promise<BenchResult[]> {
  const { scenarios, cells: grid, estimators } = scenarioGrid(options);
  const cellCount = grid.length;
  console.log('');
  console.log(
    `Capture scenarios — tables drawn from written-down models (bench/capture-scenarios.ts), not the chain: ${options.replicates} tables per cell (seeds ${options.firstSeed}–${options.firstSeed + options.replicates - 1}), ${cellCount} cells${options.workers > 1 ? `, ${options.workers} worker processes` : ''}.`,
  );
  for (const s of scenarios) console.log(`  ${s.id.padEnd(24)} ${s.kind.padEnd(13)}  ${s.description}`);
  for (const e of estimators) console.log(`  ${e.id.padEnd(10)} ${e.name}`);
  console.log('');
  console.log(row(columns.map(([heading]) => heading)));
  const cells: ScenarioCellScore[] = [];
  const started = performance.now();
  const onCell = (cell: ScenarioCellScore) => {
    cells.push(cell);
    printCell(cell);
    process.stderr.write(
      `  ${cells.length}/${cellCount} cells (${((performance.now() - started) / 1000).toFixed(0)} s)\n`,
    );
  };
  if (options.workers > 1) await scoreCellsInWorkers(options, onCell);
  else for (const cell of grid) onCell(scoreScenarioCell(cell, estimators, options));
  console.log('');
  console.log('cover: share of tables whose 95% interval held N (a table without an estimate counts as not covered)');
  console.log(
    'bias: mean (N̂ − N) / N; width/N: mean interval width / N, median: its median; all over the tables with an estimate',
  );
  console.log('fail: tables without an estimate (not estimable, or an error); the reasons, and warnings, below:');
  printReasons(cells, 'not estimable', (s) => s.notEstimable);
  printReasons(cells, 'error', (s) => s.errors);
  printReasons(cells, 'warning', (s) => s.warnings);
  console.log(`Capture scenarios took ${((performance.now() - started) / 1000).toFixed(0)} s.`);
  return scenarioTargets(cells);
}
