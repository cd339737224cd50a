import { pathToFileURL } from 'node:url';

/**
 * One target of a bench or an eval: what was measured, the figure, the bar it had to meet and
 * whether it did. Every bench's and eval's `main()` returns a list of these; `run-all.ts` collects
 * them and its exit code follows them, as does a bench run on its own.
 */
export type BenchResult = {
  readonly name: string;
  readonly pass: boolean;
  /** The measured figure with its unit, as printed: `1.52×`, `0.9990`, `95.0% of 200 runs`. */
  readonly figure: string;
  /** The bar, as printed: `≤ 2.0× DuckDB read_csv`, `≥ 0.95`. */
  readonly target: string;
};

/** `PASS  name: figure (target …)`, the line each bench prints for each of its targets. */
export function formatResult(result: BenchResult): string {
  return `${result.pass ? 'PASS' : 'FAIL'}  ${result.name}: ${result.figure} (target ${result.target})`;
}

export function printResults(results: readonly BenchResult[]): void {
  for (const result of results) console.log(formatResult(result));
}

/** True when every target was met; a bench that reports no target has shown nothing, so it fails. */
export function allPassed(results: readonly BenchResult[]): boolean {
  return results.length > 0 && results.every((r) => r.pass);
}

/** A value that has the shape of a result list (what a bench module's `main()` must return). */
export function isBenchResults(value: unknown): value is BenchResult[] {
  return (
    Array.isArray(value) &&
    value.every(
      (r) =>
        typeof r === 'object' &&
        r !== null &&
        typeof r.name === 'string' &&
        typeof r.pass === 'boolean' &&
        typeof r.figure === 'string' &&
        typeof r.target === 'string',
    )
  );
}

/** True in the module run as `node bin/run-ts.js <file>`, false when it is imported (by run-all or a test). */
export function isEntryPoint(moduleUrl: string): boolean {
  return process.argv[1] !== undefined && moduleUrl === pathToFileURL(process.argv[1]).href;
}

/** For a bench or eval run on its own: exit non-zero unless every target was met. */
export function exitWith(results: readonly BenchResult[]): void {
  if (!allPassed(results)) process.exitCode = 1;
}
