// Publishing the default edition (`npm start`'s chain: seed 1, scale 0.5, 2018–2025), disclosure control and
// the outside attack included: `node bin/run-ts.js bench/publish.bench.ts` (or `npm run bench -- publish`).
// Baseline in the same run: the same edition built with the attack switched off.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runPipeline } from '../src/pipeline/index.ts';
import { buildEditionTables, createEdition, publishToSite } from '../src/publish/index.ts';
import { openStore } from '../src/store/index.ts';
import { type BenchResult, exitWith, isEntryPoint, printResults } from './bench-result.ts';

const limitSeconds = 30;
const seconds = (start: number) => (performance.now() - start) / 1000;

export async function main(): Promise<BenchResult[]> {
  const dir = mkdtempSync(join(tmpdir(), 'zicht-bench-publish-'));
  const store = await openStore(join(dir, 'zicht.duckdb'));
  try {
    let start = performance.now();
    await runPipeline(
      store,
      {
        seed: 1,
        yearFrom: 2018,
        yearTo: 2025,
        scale: 0.5,
        workDir: join(dir, 'work'),
        secret: 'bench-publish-secret',
        today: '2026-06-30',
      },
      { now: () => new Date(Date.UTC(2026, 5, 30)), log: () => {} },
    );
    console.log(`pipeline (not timed against the target)   ${seconds(start).toFixed(1)} s`);
    await createEdition(store, { id: '2018-2025', period: { from: 2018, to: 2025 }, title: 'Monitor 2018–2025' });

    start = performance.now();
    await buildEditionTables(store, '2018-2025', { attack: null });
    const baseline = seconds(start);
    console.log(`baseline: edition tables without the attack  ${baseline.toFixed(1)} s`);

    start = performance.now();
    const site = await publishToSite(store, '2018-2025', join(dir, 'site'), () => new Date());
    const total = seconds(start);
    const audit = site.audit?.seconds ?? Number.NaN;
    console.log(`publish (tables, attack, pages, downloads)  ${total.toFixed(1)} s, ${site.files} files`);
    console.log(
      `  outside attack                           ${audit.toFixed(1)} s, ${site.audit?.counts.toLocaleString('en')} counts (${(total / baseline).toFixed(1)}× baseline overall)`,
    );
    const results: BenchResult[] = [
      {
        name: 'publishing the default edition, outside attack included',
        pass: total < limitSeconds,
        figure: `${total.toFixed(1)} s (audit ${audit.toFixed(1)} s; baseline without the attack ${baseline.toFixed(1)} s)`,
        target: `< ${limitSeconds} s`,
      },
    ];
    printResults(results);
    return results;
  } finally {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (isEntryPoint(import.meta.url)) exitWith(await main());
