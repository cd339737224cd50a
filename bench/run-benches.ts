import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { allPassed, type BenchResult, formatResult, isBenchResults } from './bench-result.ts';

/** What one bench gave: its targets, or why it has none (it threw, crashed, or returned no results). */
export type BenchOutcome = { readonly file: string; readonly seconds: number } & (
  | { readonly results: readonly BenchResult[] }
  | { readonly error: string }
);

/** What `run-one.ts` sends back over IPC. */
export type BenchMessage = { readonly results: readonly BenchResult[] } | { readonly error: string };

export const outcomePassed = (o: BenchOutcome): boolean => 'results' in o && allPassed(o.results);

const runTs = fileURLToPath(new URL('../bin/run-ts.js', import.meta.url));
const runOne = fileURLToPath(new URL('./run-one.ts', import.meta.url));

/** The `*.bench.ts` files of `dir` whose name contains any of `filters` (all of them without filters). */
export function benchFiles(dir: string, filters: readonly string[] = []): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.bench.ts') && (filters.length === 0 || filters.some((only) => f.includes(only))))
    .sort()
    .map((f) => join(dir, f));
}

/**
 * Runs one bench in a process of its own, so one bench's peak memory (several targets read the
 * process's max RSS), exit code or crash cannot touch another's. Its output goes straight through.
 */
function runInChild(path: string, options: readonly string[]): Promise<BenchOutcome> {
  const file = basename(path);
  const started = performance.now();
  return new Promise((resolve) => {
    let message: BenchMessage | null = null;
    const child = spawn(process.execPath, [runTs, runOne, path, ...options], {
      stdio: ['inherit', 'inherit', 'inherit', 'ipc'],
    });
    child.on('message', (m) => {
      message = m as BenchMessage;
    });
    let settled = false;
    const done = (problem: string | null) => {
      if (settled) return;
      settled = true;
      const seconds = (performance.now() - started) / 1000;
      const got = message as BenchMessage | null;
      if (got && 'results' in got && isBenchResults(got.results) && !problem)
        resolve({ file, seconds, results: got.results });
      else
        resolve({
          file,
          seconds,
          error:
            (got && 'error' in got ? got.error : null) ??
            problem ??
            'no results came back: the process ended before main() returned',
        });
    };
    child.on('error', (error) => done(`could not start: ${error.message}`));
    // 'close', not 'exit': by then the IPC channel has delivered every message
    child.on('close', (code, signal) => done(code === 0 ? null : `exited with ${signal ?? `code ${code}`}`));
  });
}

/** Runs each bench in turn; one that throws or crashes is recorded as failed and the next one still runs. */
export async function runBenches(
  files: readonly string[],
  options: readonly string[] = [],
  log: (line: string) => void = console.log,
): Promise<BenchOutcome[]> {
  const outcomes: BenchOutcome[] = [];
  for (const path of files) {
    log(`\n=== ${basename(path)} ===`);
    outcomes.push(await runInChild(path, options));
  }
  return outcomes;
}

/** One block per bench: PASS/FAIL and its time, then each target (or what went wrong). */
export function printSummary(outcomes: readonly BenchOutcome[], log: (line: string) => void = console.log): void {
  const passed = outcomes.filter(outcomePassed).length;
  log(`\n=== summary: ${passed} of ${outcomes.length} benches met every target ===`);
  for (const o of outcomes) {
    const verdict = outcomePassed(o) ? 'PASS' : 'FAIL';
    if ('error' in o) {
      log(`${verdict}  ${o.file} (${o.seconds.toFixed(1)} s): ${o.error}`);
      continue;
    }
    log(`${verdict}  ${o.file} (${o.seconds.toFixed(1)} s)${o.results.length === 0 ? ': reported no target' : ''}`);
    for (const r of o.results) log(`      ${formatResult(r)}`);
  }
}
