import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** Runs every `bench/*.bench.ts` in turn; each prints its figures and PASS/FAIL lines. */
const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv[2];
const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts') && (!only || f.includes(only)))
  .sort();
for (const file of files) {
  console.log(`\n=== ${file} ===`);
  const module = (await import(pathToFileURL(join(here, file)).href)) as { main?: () => Promise<void> };
  if (typeof module.main !== 'function') throw new Error(`${file} does not export main()`);
  await module.main();
}
