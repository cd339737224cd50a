// Runs one bench module in this process and sends its results to run-all.ts over IPC:
// `node bin/run-ts.js bench/run-one.ts <file.bench.ts> [--options]` (run-all starts it; not for by hand).
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type BenchResult, isBenchResults } from './bench-result.ts';
import type { BenchMessage } from './run-benches.ts';

function send(message: BenchMessage): Promise<void> {
  return new Promise((done) => {
    if (!process.send) return done();
    process.send(message, () => {
      process.disconnect();
      done();
    });
  });
}

async function resultsOf(file: string): Promise<BenchResult[] | string> {
  const module = (await import(pathToFileURL(resolve(file)).href)) as { main?: () => Promise<unknown> };
  if (typeof module.main !== 'function') return 'does not export main()';
  const results = await module.main();
  return isBenchResults(results) ? results : 'main() returned no list of {name, pass, figure, target}';
}

const file = process.argv[2];
if (!file) throw new Error('usage: run-one.ts <file.bench.ts>');
try {
  const outcome = await resultsOf(file);
  if (typeof outcome === 'string') process.exitCode = 1;
  await send(typeof outcome === 'string' ? { error: outcome } : { results: outcome });
} catch (error) {
  console.error(error);
  process.exitCode = 1;
  await send({ error: `threw ${error instanceof Error ? error.message : String(error)}` });
}
