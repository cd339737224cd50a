// 200 concurrent clients read the public dashboard for 30 s on loopback: no errors, p99 ≤ 100 ms.
// `node bin/run-ts.js bench/dashboard-load.bench.ts` (or `npm run bench -- dashboard`).
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type { Options, Result } from 'autocannon';
import { createAccessFixture } from '../test/support/access-test-fixture.ts';
import { startServer } from '../src/server/index.ts';
import { type BenchResult, exitWith, isEntryPoint, printResults } from './bench-result.ts';

const connections = Number(process.env.ZICHT_BENCH_CONNECTIONS ?? 200);
const duration = Number(process.env.ZICHT_BENCH_SECONDS ?? 30);
const p99LimitMs = 100;

// The load runs in its own thread, so the clients do not steal the server's event loop.
const workerSource = `
  const { workerData, parentPort } = require('node:worker_threads');
  require(workerData.autocannon)(workerData.options).then((r) => parentPort.postMessage(JSON.parse(JSON.stringify(r))));
`;

// Inside a worker autocannon returns raw histograms; its `aggregateResult` turns them into figures.
function runLoad(options: Options): Promise<Result> {
  const require = createRequire(import.meta.url);
  const path = require.resolve('autocannon');
  const { aggregateResult } = require('autocannon') as { aggregateResult: (raw: unknown, opts: Options) => Result };
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerSource, { eval: true, workerData: { autocannon: path, options } });
    worker.once('message', (raw: unknown) => {
      resolve(aggregateResult([raw], options));
      void worker.terminate();
    });
    worker.once('error', reject);
  });
}

export async function main(): Promise<BenchResult[]> {
  const fixture = await createAccessFixture({ scale: 0.05 });
  const server = await startServer({ store: fixture.store, webRoot: 'dist/web', host: '127.0.0.1', port: 0 });
  try {
    const url = `${server.url}/api/monitor`;
    const warm = await fetch(url);
    if (!warm.ok) throw new Error(`${url} answered ${warm.status}: the fixture store has no pipeline run`);
    console.log(`autocannon: ${connections} connections for ${duration} s on ${url}`);
    const r = await runLoad({ url, connections, duration });
    const errors = r.errors + r.timeouts + r.non2xx;
    console.log(
      `requests: ${r.requests.total.toLocaleString('en')} (${Math.round(r.requests.total / r.duration).toLocaleString('en')}/s over ${r.duration.toFixed(1)} s)`,
    );
    console.log(`latency ms: p50 ${r.latency.p50}, p90 ${r.latency.p90}, p99 ${r.latency.p99}, max ${r.latency.max}`);
    console.log(`errors: ${r.errors}, timeouts: ${r.timeouts}, non-2xx: ${r.non2xx}`);
    const results: BenchResult[] = [
      {
        name: 'dashboard load, p99 latency',
        pass: r.latency.p99 <= p99LimitMs,
        figure: `${r.latency.p99} ms`,
        target: `≤ ${p99LimitMs} ms`,
      },
      { name: 'dashboard load, errors + timeouts + non-2xx', pass: errors === 0, figure: String(errors), target: '0' },
    ];
    printResults(results);
    return results;
  } finally {
    await server.close();
    fixture.close();
  }
}

if (isEntryPoint(import.meta.url)) exitWith(await main());
