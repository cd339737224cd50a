// Times the synthetic chain at about 1,000,000 registrations (all sources, 2018–2025):
// `node bin/run-ts.js bench/simulate-chain.bench.ts`
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sources } from '../src/contract/index.ts';
import { type SyntheticChain, simulateChain, writeChain } from '../src/synthetic/index.ts';
// Baseline only: the same chunked writer the shell uses, so the ratio measures the simulator, not the disk.
import { writeTextLines } from '../src/synthetic/write-text-lines.ts';
import { type BenchResult, exitWith, isEntryPoint, printResults } from './bench-result.ts';

const target = 1_000_000;
const limitSeconds = 60;
const years = { yearFrom: 2018, yearTo: 2025 };

const registrationsOf = (chain: SyntheticChain) =>
  sources.codes.reduce((n, s) => n + chain.extracts[s].registration.length, 0);
const seconds = (start: number) => (performance.now() - start) / 1000;

export async function main(): Promise<BenchResult[]> {
  const probeScale = 0.5;
  const probe = registrationsOf(simulateChain({ seed: 1, ...years, scale: probeScale }));
  const scale = Math.round(((probeScale * target) / probe) * 100) / 100;

  let start = performance.now();
  const chain = simulateChain({ seed: 1, ...years, scale });
  const simulateSeconds = seconds(start);
  const registrations = registrationsOf(chain);

  const dir = await mkdtemp(join(tmpdir(), 'zicht-bench-'));
  try {
    start = performance.now();
    const written = await writeChain(chain, join(dir, 'chain'), { formats: ['csv'] });
    const writeSeconds = seconds(start);
    const extracts = written.files.filter((f) => f.kind === 'extract');
    const rows = extracts.reduce((n, f) => n + f.rows, 0);
    const bytes = extracts.reduce((n, f) => n + (f.bytes ?? 0), 0);
    const lines = rows + extracts.length;
    const width = Math.max(1, Math.round(bytes / lines) - 1);

    start = performance.now();
    const objects: object[] = [];
    for (let k = 0; k < rows; k++) objects.push({});
    const line = 'x'.repeat(width);
    function* sameWidth() {
      for (let k = 0; k < lines; k++) yield line;
    }
    await writeTextLines(join(dir, 'baseline.csv'), sameWidth());
    const baselineSeconds = seconds(start);

    const total = simulateSeconds + writeSeconds;
    const peakMb = process.resourceUsage().maxRSS / 1024;
    console.log(`scale                    ${scale} (probe: ${probe} registrations at scale ${probeScale})`);
    console.log(
      `registrations generated  ${registrations} (all rows: ${rows}, CSV ${(bytes / 1e6).toFixed(0)} MB, ${width + 1} bytes/line)`,
    );
    console.log(`simulate                 ${simulateSeconds.toFixed(2)} s`);
    console.log(`write CSV                ${writeSeconds.toFixed(2)} s`);
    console.log(`peak RSS                 ${peakMb.toFixed(0)} MB`);
    console.log(
      `baseline                 ${baselineSeconds.toFixed(2)} s (${rows} empty objects + ${lines} CSV lines of ${width + 1} bytes)`,
    );
    console.log(`ratio                    ${(total / baselineSeconds).toFixed(1)}× baseline (simulate + write)`);
    void objects.length;
    const results: BenchResult[] = [
      {
        name: 'registrations generated',
        pass: registrations >= 0.9 * target,
        figure: registrations.toLocaleString('en'),
        target: `≥ ${(0.9 * target).toLocaleString('en')} (90% of ${target.toLocaleString('en')})`,
      },
      {
        name: `simulate ${registrations.toLocaleString('en')} registrations`,
        pass: simulateSeconds < limitSeconds,
        figure: `${simulateSeconds.toFixed(2)} s`,
        target: `< ${limitSeconds} s`,
      },
    ];
    printResults(results);
    return results;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

if (isEntryPoint(import.meta.url)) exitWith(await main());
