// Linkage quality against truth: `node bin/run-ts.js bench/eval-linkage.ts` (npm run eval:linkage).
//   --scale <s>          synthetic chain scale (default EVAL_SCALE or 0.2)
//   --febrl <a,b,…>      FEBRL files to deduplicate together (default the repository's 4a and 4b)
//   --seed <n>           synthetic chain seed (default 1)
//   --targets-only       only the two runs that have a target, not the comparison rows
// Exits non-zero when a target is missed, and when any chain run leaves a person (cluster) holding
// two different BSN tokens. For the Fellegi–Sunter + Bloom run it prints the linker's own estimated
// F1 beside the true ones, and the victims' pair recall per hard case of linkage (twins, asylum
// children, call names …; docs/synthetic-chain.md).
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { countBsnSplitOverPersons, countClustersWithDifferentBsn } from '../src/linkage/index.ts';
import { openStore } from '../src/store/index.ts';
import { simulateChain } from '../src/synthetic/index.ts';
import { evaluateChainLinkage } from '../test/support/evaluate-chain-linkage.ts';
import { evaluateFebrl } from '../test/support/evaluate-febrl.ts';
import type { LinkBreakdown } from '../test/support/evaluate-link-breakdown.ts';
import type { LinkEvaluation } from '../test/support/evaluate-links.ts';
import { type BenchResult, exitWith, isEntryPoint, printResults } from './bench-result.ts';

/** The public FEBRL 4a × 4b benchmark, kept in the repository with its licence (test/data/febrl). */
export const febrlFiles = ['dataset4a.csv', 'dataset4b.csv'].map((f) =>
  fileURLToPath(new URL(`../test/data/febrl/${f}`, import.meta.url)),
);
const secret = 'eval-linkage-secret-0123456789';
// person-level F1 0.98 is issue 15's bar; on the chain with the hard cases (twins, asylum children,
// name variants) the linker does not reach it yet, and the run says so
const targets = { febrlPairF1: 0.99, chainPersonF1: 0.98, estimateGap: 0.02 };
type ChainMethod = { method: 'exact' | 'fellegi-sunter'; bloom: boolean };
const chainMethods: readonly ChainMethod[] = [
  { method: 'exact', bloom: false },
  { method: 'fellegi-sunter', bloom: false },
  { method: 'fellegi-sunter', bloom: true },
];

/** FEBRL files deduplicated together, unsupervised, on plaintext or on Bloom-filter encodings. */
export async function scoreFebrl(
  files: readonly string[],
  mode: 'plaintext' | 'encoded',
): Promise<LinkEvaluation & { estimated: { f1: number } }> {
  const store = await openStore(':memory:');
  try {
    return await evaluateFebrl(store, files, mode, secret);
  } finally {
    store.close();
  }
}

/**
 * A simulated chain (2018–2025) linked as the pipeline links it, scored per role against its truth,
 * with the number of persons (clusters) holding two different BSN tokens.
 */
export async function scoreChain(
  scale: number,
  { method, bloom }: ChainMethod = { method: 'fellegi-sunter', bloom: true },
  seed = 1,
) {
  const chain = simulateChain({ seed, yearFrom: 2018, yearTo: 2025, scale });
  const store = await openStore(':memory:');
  try {
    const scored = await evaluateChainLinkage(store, chain, secret, bloom, method);
    return {
      ...scored,
      clustersWithDifferentBsn: await countClustersWithDifferentBsn(store),
      bsnSplit: await countBsnSplitOverPersons(store),
    };
  } finally {
    store.close();
  }
}

const f = (x: number) => x.toFixed(4);
const line = (label: string, e: LinkEvaluation) =>
  console.log(
    `${label.padEnd(34)} pairs P ${f(e.pairs.precision)} R ${f(e.pairs.recall)} F1 ${f(e.pairs.f1)} | clusters P ${f(e.clusters.precision)} R ${f(e.clusters.recall)} F1 ${f(e.clusters.f1)}`,
  );

const percent = (x: number | null) => (x === null ? '—' : `${(100 * x).toFixed(1)} %`);

/** One line per phenomenon: records, true pairs, recall, false pairs and wrong merges of relatives. */
function printBreakdown(label: string, b: LinkBreakdown) {
  console.log(`${label}: victims' pairs by hard case (a pair counts when either record carries it)`);
  console.log(
    `  ${'phenomenon'.padEnd(22)} ${'records'.padStart(8)} ${'true pairs'.padStart(10)} ${'found'.padStart(8)} ${'recall'.padStart(8)} ${'false pairs'.padStart(11)} ${'relative merges'.padStart(15)}`,
  );
  for (const r of b.phenomena)
    console.log(
      `  ${r.phenomenon.padEnd(22)} ${String(r.records).padStart(8)} ${String(r.truePairs).padStart(10)} ${String(r.foundPairs).padStart(8)} ${percent(r.recall).padStart(8)} ${String(r.falsePairs).padStart(11)} ${String(r.relativeMerges).padStart(15)}`,
    );
  const recall = b.truePairs === 0 ? null : b.foundPairs / b.truePairs;
  console.log(
    `  ${'all'.padEnd(22)} ${''.padStart(8)} ${String(b.truePairs).padStart(10)} ${String(b.foundPairs).padStart(8)} ${percent(recall).padStart(8)} ${String(b.falsePairs).padStart(11)}`,
  );
}

function option(argv: readonly string[], name: string): string | undefined {
  const i = argv.indexOf(`--${name}`);
  if (i < 0) return undefined;
  const value = argv[i + 1];
  if (value === undefined || value.startsWith('--')) throw new Error(`--${name} needs a value`);
  return value;
}

export async function main(argv: readonly string[] = process.argv.slice(2)): Promise<BenchResult[]> {
  const scale = Number(option(argv, 'scale') ?? process.env.EVAL_SCALE ?? 0.2);
  if (!(scale > 0)) throw new Error('--scale needs a positive number');
  const files = option(argv, 'febrl')?.split(',') ?? febrlFiles;
  const targetsOnly = argv.includes('--targets-only');
  const seed = Number(option(argv, 'seed') ?? 1);
  if (!Number.isInteger(seed)) throw new Error('--seed needs an integer');
  const febrlLabel = `FEBRL ${files.map((file) => basename(file, '.csv').replace('dataset', '')).join('×')}`;

  let febrlEncoded: (LinkEvaluation & { estimated: { f1: number } }) | null = null;
  for (const mode of targetsOnly ? (['encoded'] as const) : (['plaintext', 'encoded'] as const)) {
    const e = await scoreFebrl(files, mode);
    line(`${febrlLabel} ${mode}`, e);
    if (mode === 'encoded') febrlEncoded = e;
  }
  let chainVictims: LinkEvaluation | null = null;
  let chainEstimate: { estimated: number; truth: number } | null = null;
  const withDifferentBsn: string[] = [];
  for (const m of targetsOnly ? chainMethods.filter((c) => c.bloom) : chainMethods) {
    const r = await scoreChain(scale, m, seed);
    const label = `chain ${scale} ${m.method} ${m.bloom ? 'tokens+bloom' : 'tokens'}`;
    line(`${label} victims`, r.victim);
    line(`${label} suspects`, r.suspect);
    console.log(
      `${label.padEnd(34)} persons with 2+ BSN tokens ${r.clustersWithDifferentBsn} | BSN tokens split over 2+ persons ${r.bsnSplit} | merges refused: different BSN ${r.summary.refusedMerges.differentBsn}, outweighed ${r.summary.refusedMerges.outweighed}`,
    );
    if (r.clustersWithDifferentBsn > 0) withDifferentBsn.push(`${r.clustersWithDifferentBsn} (${label})`);
    if (m.method === 'fellegi-sunter' && m.bloom) {
      chainVictims = r.victim;
      const e = r.summary.estimated;
      // the linker estimates pair-level quality over all persons (victims and suspects together)
      const found = r.victim.foundPairs + r.suspect.foundPairs;
      const truePairF1 =
        (2 * found) / (r.victim.predictedPairs + r.suspect.predictedPairs + r.victim.truePairs + r.suspect.truePairs);
      chainEstimate = { estimated: e.f1, truth: truePairF1 };
      console.log(
        `${label.padEnd(34)} F1 estimated by the linker (pairs, all persons) ${f(e.f1)} (P ${f(e.precision)} R ${f(e.recall)}) | true pair F1 (all persons) ${f(truePairF1)}; victims pairs ${f(r.victim.pairs.f1)} persons ${f(r.victim.clusters.f1)}, suspects pairs ${f(r.suspect.pairs.f1)} persons ${f(r.suspect.clusters.f1)}`,
      );
      printBreakdown(label, r.victimBreakdown);
    }
  }
  const febrlF1 = febrlEncoded?.pairs.f1 ?? 0;
  if (febrlEncoded)
    console.log(
      `${febrlLabel} encoded: F1 estimated by the linker ${f(febrlEncoded.estimated.f1)}, true pair F1 ${f(febrlF1)}`,
    );
  const gap = (e: { estimated: number; truth: number } | null) =>
    e ? Math.abs(e.estimated - e.truth) : Number.POSITIVE_INFINITY;
  const febrlGap = gap(febrlEncoded ? { estimated: febrlEncoded.estimated.f1, truth: febrlF1 } : null);
  const chainGap = gap(chainEstimate);
  const chainF1 = chainVictims?.clusters.f1 ?? 0;
  const results: BenchResult[] = [
    {
      name: `${febrlLabel} encoded, unsupervised: pair F1`,
      pass: febrlF1 >= targets.febrlPairF1,
      figure: f(febrlF1),
      target: `≥ ${targets.febrlPairF1}`,
    },
    {
      name: `synthetic chain (scale ${scale}) victims: person-level F1`,
      pass: chainF1 >= targets.chainPersonF1,
      figure: f(chainF1),
      target: `≥ ${targets.chainPersonF1}`,
    },
    {
      name: `${febrlLabel} encoded: the linker's own F1 estimate against the truth`,
      pass: febrlGap <= targets.estimateGap,
      figure: `off by ${febrlGap.toFixed(4)}`,
      target: `≤ ${targets.estimateGap}`,
    },
    {
      name: `synthetic chain (scale ${scale}): the linker's own pair F1 estimate against the truth`,
      pass: chainGap <= targets.estimateGap,
      figure: `off by ${chainGap.toFixed(4)}`,
      target: `≤ ${targets.estimateGap}`,
    },
    {
      name: `synthetic chain (scale ${scale}): persons holding two different BSN tokens`,
      pass: withDifferentBsn.length === 0,
      figure: withDifferentBsn.length === 0 ? '0' : withDifferentBsn.join(', '),
      target: '0 in every run',
    },
  ];
  printResults(results);
  return results;
}

if (isEntryPoint(import.meta.url)) exitWith(await main());
