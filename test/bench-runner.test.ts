// The benches and evals must fail loudly: `npm run bench` (bench/run-all.ts) and each eval exit
// non-zero when any target is missed, and zero when all are met. Run as child processes, the way
// CI or a person runs them; the runner gets tiny fake benches in a temp folder, never the real ones.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const repo = fileURLToPath(new URL('..', import.meta.url));
type Run = { code: number | null; stdout: string; stderr: string };

/** `node bin/run-ts.js <args>` in the repository; resolves with the exit code and the output. */
function runTs(args: readonly string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['bin/run-ts.js', ...args], { cwd: repo, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => {
      stdout += d;
    });
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const target = (name: string, pass: boolean) => ({ name, pass, figure: pass ? '1 s' : '3 s', target: '≤ 2 s' });
const fakeBenches: Record<string, string> = {
  'a-throws.bench.ts': "export async function main() { throw new Error('boom in a-throws'); }",
  'b-pass.bench.ts': `export async function main() { console.log('b-pass ran'); return ${JSON.stringify([target('b speed', true)])}; }`,
  'c-one-miss.bench.ts': `export async function main() { return ${JSON.stringify([target('c speed', true), target('c memory', false)])}; }`,
  'd-exits-early.bench.ts': 'export async function main() { process.exit(0); }',
  'e-no-results.bench.ts': 'export async function main() { console.log("e ran"); }',
  'f-pass.bench.ts': `export async function main() { return ${JSON.stringify([target('f speed', true), target('f memory', true)])}; }`,
};

let dir: string;
/** A folder holding the named fake benches (ES modules, as the repository's are). */
function benchFolder(name: string, files: readonly string[]): string {
  const folder = join(dir, name);
  mkdirSync(folder);
  writeFileSync(join(folder, 'package.json'), '{ "type": "module" }\n');
  for (const file of files) writeFileSync(join(folder, file), `${fakeBenches[file]}\n`);
  return folder;
}

let oneMiss: string;
let broken: string;
let scrambledFebrl: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'zicht-bench-runner-'));
  oneMiss = benchFolder('one-miss', ['b-pass.bench.ts', 'c-one-miss.bench.ts', 'f-pass.bench.ts']);
  broken = benchFolder('broken', [
    'a-throws.bench.ts',
    'b-pass.bench.ts',
    'd-exits-early.bench.ts',
    'e-no-results.bench.ts',
  ]);
  // FEBRL dataset 1 with its answer key broken: each duplicate is said to be the next person's
  const febrl = readFileSync(join(repo, 'test/data/febrl/dataset1.csv'), 'utf8');
  scrambledFebrl = join(dir, 'dataset1-scrambled.csv');
  writeFileSync(
    scrambledFebrl,
    febrl.replace(/rec-(\d+)-dup/g, (_, n: string) => `rec-${(Number(n) + 1) % 500}-dup`),
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.concurrent('npm run bench (bench/run-all.ts) sets its exit code from every target', () => {
  it('exits 0 when every target of the benches it runs is met (a name filter picks them), with a summary', async () => {
    const run = await runTs(['bench/run-all.ts', '--dir', oneMiss, 'b-pass', 'f-pass']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('summary: 2 of 2 benches met every target');
    expect(run.stdout).toContain('PASS  f memory: 1 s (target ≤ 2 s)');
    expect(run.stdout).not.toContain('c-one-miss');
  });

  it('exits non-zero when one target of one bench is missed, and still runs and reports the others', async () => {
    const run = await runTs(['bench/run-all.ts', '--dir', oneMiss]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('summary: 2 of 3 benches met every target');
    expect(run.stdout).toMatch(
      /FAIL {2}c-one-miss\.bench\.ts .*\n {6}PASS {2}c speed.*\n {6}FAIL {2}c memory: 3 s \(target ≤ 2 s\)/,
    );
    expect(run.stdout).toMatch(/PASS {2}f-pass\.bench\.ts/);
  });

  it('counts a bench that throws, exits early or returns no results as failed, and keeps running the rest', async () => {
    const run = await runTs(['bench/run-all.ts', '--dir', broken]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('b-pass ran'); // after a-throws
    expect(run.stdout).toContain('e ran'); // after d-exits-early
    expect(run.stdout).toContain('summary: 1 of 4 benches met every target');
    expect(run.stdout).toMatch(/FAIL {2}a-throws\.bench\.ts .*threw boom in a-throws/);
    expect(run.stdout).toMatch(
      /FAIL {2}d-exits-early\.bench\.ts .*no results came back: the process ended before main\(\) returned/,
    );
    expect(run.stdout).toMatch(/FAIL {2}e-no-results\.bench\.ts .*returned no list/);
  });

  it('exits non-zero when no bench matches the filter', async () => {
    const run = await runTs(['bench/run-all.ts', '--dir', broken, 'no-such-bench']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('no *.bench.ts');
  });
});

describe.concurrent('the evals exit non-zero on a miss', () => {
  it('eval:estimation exits 0 when the coverage target is met and 1 when the bar cannot be met', async () => {
    const quick = ['bench/eval-estimation.ts', '--runs', '3', '--scale', '0.05', '--published-only'];
    // the exit code follows the bar: one the 3 runs meet (a third of them), and one no run can meet
    const [met, missed] = await Promise.all([
      runTs([...quick, '--target', '0.33']),
      runTs([...quick, '--target', '1.01']),
    ]);
    expect(met.code, met.stderr).toBe(0);
    expect(met.stdout).toMatch(/PASS {2}95% interval covers the true number: .*% of 3 runs \(target ≥ 33\.0%\)/);
    expect(missed.code).toBe(1);
    expect(missed.stdout).toMatch(/FAIL {2}95% interval covers the true number/);
  });

  it('eval:linkage exits 0 on FEBRL dataset 1 and 1 when that answer key is scrambled', async () => {
    const quick = ['--scale', '0.02', '--targets-only'];
    const [met, missed] = await Promise.all([
      runTs(['bench/eval-linkage.ts', '--febrl', join(repo, 'test/data/febrl/dataset1.csv'), ...quick]),
      runTs(['bench/eval-linkage.ts', '--febrl', scrambledFebrl, ...quick]),
    ]);
    expect(met.code, met.stderr).toBe(0);
    expect(met.stdout).toMatch(/PASS {2}FEBRL 1 encoded, unsupervised: pair F1/);
    expect(missed.code).toBe(1);
    expect(missed.stdout).toMatch(/FAIL {2}FEBRL 1-scrambled encoded, unsupervised: pair F1: 0\.0000/);
    // the chain's target was met in both runs: the scrambled key alone made the difference
    expect(missed.stdout).toMatch(/PASS {2}synthetic chain \(scale 0\.02\) victims/);
  });
});
