// Disclosure control against an outside attacker: `node bin/run-ts.js bench/eval-disclosure.ts`
// (npm run eval:disclosure).
//   --seeds <a,b,…>    synthetic chain seeds (default 1,2,3,4,5)
//   --scales <a,b,…>   chain scales (default 0.05,0.5; 0.5 is `npm start`'s)
// For every seed and scale: the pipeline, the 2018–2025 edition published as `zicht publish` does, the
// independent attacker (src/attack) on its site files and the live API, and differencing of the edition
// before and after a correction delivery of three rows, of two editions for overlapping periods, and of
// the live API before and after. Prints the information loss (counts changed, mean change, rows withheld)
// and exits non-zero when the attacker narrows any count below ±2 or differencing reveals a count of 1–9,
// and when publishing the default edition (seed 1, scale 0.5) takes 30 s or more.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { attackEditions, type EditionAttackFigures } from '../test/support/attack-editions.ts';
import { type BenchResult, exitWith, isEntryPoint, printResults } from './bench-result.ts';

const publishLimitSeconds = 30;

function listOption(argv: readonly string[], name: string, fallback: readonly number[]): number[] {
  const i = argv.indexOf(name);
  if (i < 0) return [...fallback];
  const values = (argv[i + 1] ?? '').split(',').map(Number);
  if (values.length === 0 || values.some((v) => !Number.isFinite(v) || v <= 0))
    throw new RangeError(`${name} takes positive numbers separated by commas, e.g. ${name} ${fallback.join(',')}`);
  return values;
}

const pct = (part: number, whole: number) => `${((100 * part) / Math.max(whole, 1)).toFixed(1)}%`;

function line(f: EditionAttackFigures): string {
  const d = f.disclosure;
  const withheld = d.suppressed.threshold + d.suppressed.secondary;
  return [
    `${String(f.seed).padStart(4)}  ${String(f.scale).padStart(5)}`,
    `${String(f.attacked).padStart(7)}  ${String(f.relations).padStart(9)}  ${String(f.breached.length).padStart(8)}`,
    `${String(f.correction.revealed.length).padStart(10)} (${String(f.correction.revealedWhenExact).padStart(3)} exact)`,
    `${String(f.overlap.revealed.length).padStart(7)}  ${String(f.live.revealed.length).padStart(4)}`,
    `${pct(d.changed, d.published).padStart(7)}  ${d.meanAbsoluteChange.toFixed(2).padStart(11)}`,
    `${pct(withheld, d.rows).padStart(12)} (${d.suppressed.secondary} for the attack)`,
    `${f.publishSeconds.toFixed(1).padStart(6)} s  ${f.auditSeconds.toFixed(1).padStart(5)} s`,
  ].join('  ');
}

export async function main(argv: readonly string[] = process.argv.slice(2)): Promise<BenchResult[]> {
  const seeds = listOption(argv, '--seeds', [1, 2, 3, 4, 5]);
  const scales = listOption(argv, '--scales', [0.05, 0.5]);
  console.log(
    'seed  scale  attacked  relations  breached  correction revealed  overlap  live  changed  mean change  rows withheld  publish  audit',
  );
  const all: EditionAttackFigures[] = [];
  for (const scale of scales)
    for (const seed of seeds) {
      const dir = mkdtempSync(join(tmpdir(), `zicht-eval-disclosure-${seed}-`));
      try {
        const figures = await attackEditions(seed, scale, dir);
        all.push(figures);
        console.log(line(figures));
        for (const c of [...figures.breached].slice(0, 5))
          console.log(`      breached: ${c.tableId} ${JSON.stringify(c.row)} ${c.column}: ${c.low}–${c.high}`);
        for (const c of [...figures.correction.revealed, ...figures.overlap.revealed, ...figures.live.revealed].slice(
          0,
          5,
        ))
          console.log(`      revealed: ${c.tableId} ${JSON.stringify(c.row)} ${c.column}: ${c.low}–${c.high}`);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }
  const breached = all.reduce((n, f) => n + f.breached.length, 0);
  const revealed = all.reduce(
    (n, f) => n + f.correction.revealed.length + f.overlap.revealed.length + f.live.revealed.length,
    0,
  );
  const defaultEdition = all.find((f) => f.seed === 1 && f.scale === 0.5);
  const results: BenchResult[] = [
    {
      name: `counts the outside attacker narrows below ±2, over ${all.length} editions`,
      pass: breached === 0,
      figure: String(breached),
      target: '0',
    },
    {
      name: 'counts of 1–9 changed records revealed by differencing (correction, overlapping periods, live API)',
      pass: revealed === 0,
      figure: String(revealed),
      target: '0',
    },
  ];
  if (defaultEdition)
    results.push({
      name: 'publishing the default edition (seed 1, scale 0.5), attack included',
      pass: defaultEdition.publishSeconds < publishLimitSeconds,
      figure: `${defaultEdition.publishSeconds.toFixed(1)} s (audit ${defaultEdition.auditSeconds.toFixed(1)} s)`,
      target: `< ${publishLimitSeconds} s`,
    });
  console.log('');
  printResults(results);
  return results;
}

if (isEntryPoint(import.meta.url)) exitWith(await main());
