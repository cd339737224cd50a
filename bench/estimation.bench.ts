// Times the estimation core against the Estimation issue's targets, and R's glm doing the same fits
// where Rscript is on PATH.  Run: node bin/run-ts.js bench/estimation.bench.ts [--r-full]
//   1. all 2^15 hierarchical two-way models for six lists (UK 2013, UKdat) fitted and ranked: ≤ 5 s
//   2. 1,000 parametric bootstrap replicates, each re-selecting the best of all 1,024 two-way models
//      of the five UK lists (UKdat_5) — the bootstrap that includes model choice: ≤ 10 s. TypeScript
//      finds each winner by branch and bound (the same winner, fewer fits); R fits all 1,024 with glm,
//      the plain way to do it there, so that ratio also measures the algorithm, not only the fitting.
// R times a sample of the same work (2,048 models; 3 replicates) and is extrapolated, since the full
// runs take R minutes to half an hour; --r-full runs R on everything.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { bootstrapInterval, selectLogLinearModel } from '../src/estimation/index.ts';
import { type BenchResult, exitWith, isEntryPoint } from './bench-result.ts';
import { readReferenceTable } from '../test/support/estimation-reference/read-reference-table.ts';

export interface BenchLine {
  readonly name: string;
  readonly seconds: number;
  readonly target: number;
  readonly pass: boolean;
  /** R's seconds for the same work (extrapolated from a sample unless --r-full), or why there are none. */
  readonly r: { readonly seconds: number; readonly extrapolated: boolean } | { readonly skipped: string };
}

const dataFile = (name: string) =>
  fileURLToPath(new URL(`../test/support/estimation-reference/data/${name}.csv`, import.meta.url));
const rScript = fileURLToPath(new URL('./reference/r-glm-timing.R', import.meta.url));

function timed<T>(work: () => T): { value: T; seconds: number } {
  const started = performance.now();
  const value = work();
  return { value, seconds: (performance.now() - started) / 1000 };
}

function rAvailable(): string | null {
  const probe = spawnSync('Rscript', ['--version'], { encoding: 'utf8' });
  return probe.error ? 'Rscript is not on PATH, so there is no R comparison (not a failure)' : null;
}

/** Seconds per unit from the R script, times `units`. */
function rSeconds(args: string[], units: number, sampled: number): BenchLine['r'] {
  const run = spawnSync('Rscript', [rScript, ...args], { encoding: 'utf8', maxBuffer: 1 << 20 });
  const match = /seconds_per_unit (\S+)/.exec(run.stdout ?? '');
  if (run.status !== 0 || !match)
    return { skipped: `the R script failed: ${(run.stderr ?? '').trim().split('\n').at(-1)}` };
  return { seconds: Number(match[1]) * units, extrapolated: sampled < units };
}

export async function main(argv: readonly string[] = process.argv.slice(2)): Promise<BenchResult[]> {
  const full = argv.includes('--r-full');
  const noR = rAvailable();
  const lines: BenchLine[] = [];

  const uk6 = readReferenceTable('UKdat');
  const exhaustive = timed(() => selectLogLinearModel(uk6, { profileInterval: false }));
  const models = exhaustive.value.candidates.length;
  const sampleModels = full ? models : 2048;
  lines.push({
    name: `exhaustive selection, ${models.toLocaleString('en')} two-way models of 6 lists (UKdat)`,
    seconds: exhaustive.seconds,
    target: 5,
    pass: exhaustive.seconds <= 5,
    r: noR ? { skipped: noR } : rSeconds(['exhaustive', dataFile('UKdat'), String(sampleModels)], models, sampleModels),
  });

  const uk5 = readReferenceTable('UKdat_5');
  const replicates = 1000;
  const boot = timed(() => bootstrapInterval(uk5, { replicates, seed: 1 }));
  const sampleReplicates = full ? replicates : 3;
  lines.push({
    name: `bootstrap, ${replicates} replicates of 5 lists (UKdat_5), best of 1,024 two-way models re-selected each time`,
    seconds: boot.seconds,
    target: 10,
    pass: boot.seconds <= 10,
    r: noR
      ? { skipped: noR }
      : rSeconds(
          ['bootstrap', dataFile('UKdat_5'), String(sampleReplicates), boot.value.model.join(',')],
          replicates,
          sampleReplicates,
        ),
  });

  for (const line of lines) {
    const verdict = line.pass ? 'PASS' : 'FAIL';
    console.log(`${verdict}  ${line.seconds.toFixed(2)} s (target ≤ ${line.target} s)  ${line.name}`);
    if ('skipped' in line.r) console.log(`      R: ${line.r.skipped}`);
    else {
      const how = line.r.extrapolated ? 'extrapolated from a sample; --r-full for all' : 'measured';
      console.log(
        `      R glm: ${line.r.seconds.toFixed(1)} s (${how}); R / TypeScript = ${(line.r.seconds / line.seconds).toFixed(0)}×`,
      );
    }
  }
  console.log(
    `      chosen on UKdat: ${exhaustive.value.chosen?.interactions.join(' + ')}, N̂ ${exhaustive.value.chosen?.nHat.toFixed(1)}`,
  );
  console.log(
    `      bootstrap on UKdat_5: N̂ ${boot.value.nHat.toFixed(0)}, 95% ${boot.value.lower.toFixed(0)}–${boot.value.upper.toFixed(0)}, ${boot.value.chosenModels.length} different models chosen`,
  );
  return lines.map((line) => ({
    name: line.name,
    pass: line.pass,
    figure: `${line.seconds.toFixed(2)} s`,
    target: `≤ ${line.target} s`,
  }));
}

if (isEntryPoint(import.meta.url)) exitWith(await main());
