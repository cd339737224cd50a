// Runs the benches one after the other, prints a summary of every target, and exits non-zero when any
// target is missed, a bench throws, or none matched.
//   npm run bench [-- <name part> …]                  every bench/*.bench.ts, or those whose name holds a part
//   node bin/run-ts.js bench/run-all.ts --dir <folder> [<name part> …]   the *.bench.ts of another folder
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchFiles, outcomePassed, printSummary, runBenches } from './run-benches.ts';

function parseArguments(argv: readonly string[]): { dir: string; filters: string[]; options: string[] } {
  let dir = dirname(fileURLToPath(import.meta.url));
  const filters: string[] = [];
  const options: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--dir') {
      const value = argv[++i];
      if (!value) throw new Error('--dir needs a folder');
      dir = resolve(value);
    } else if (arg.startsWith('--'))
      options.push(arg); // the benches' own (--r-full): passed on to each
    else filters.push(arg);
  }
  return { dir, filters, options };
}

const { dir, filters, options } = parseArguments(process.argv.slice(2));
const files = benchFiles(dir, filters);
if (files.length === 0) {
  console.error(`no *.bench.ts in ${dir}${filters.length > 0 ? ` matching ${filters.join(', ')}` : ''}`);
  process.exitCode = 1;
} else {
  const outcomes = await runBenches(files, options);
  printSummary(outcomes);
  if (!outcomes.every(outcomePassed)) process.exitCode = 1;
}
