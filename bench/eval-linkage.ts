// Linkage quality against truth: `node bin/run-ts.js bench/eval-linkage.ts` (npm run eval:linkage).
//   --scale <s>          synthetic chain scale (default EVAL_SCALE or 0.2)
//   --febrl <a,b,…>      FEBRL files to deduplicate together (default the repository's 4a and 4b)
//   --targets-only       only the two runs that have a target, not the comparison rows
// Exits non-zero when a target is missed, and when any chain run leaves a person (cluster) holding
// two different BSN tokens.
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { countClustersWithDifferentBsn } from '../src/linkage/index.ts';
import { openStore } from '../src/store/index.ts';
import { simulateChain } from '../src/synthetic/index.ts';
import { evaluateChainLinkage } from '../test/support/evaluate-chain-linkage.ts';
import { evaluateFebrl } from '../test/support/evaluate-febrl.ts';
import type { LinkEvaluation } from '../test/support/evaluate-links.ts';
import { type BenchResult, exitWith, isEntryPoint, printResults } from './bench-result.ts';

/** The public FEBRL 4a × 4b benchmark, kept in the repository with its licence (test/data/febrl). */
export const febrlFiles = ['dataset4a.csv', 'dataset4b.csv'].map((f) =>
  fileURLToPath(new URL(`../test/data/febrl/${f}`, import.meta.url)),
);
const secret = 'eval-linkage-secret-0123456789';
const targets = { febrlPairF1: 0.95, chainPersonF1: 0.97 };
type ChainMethod = { method: 'exact' | 'fellegi-sunter'; bloom: boolean };
const chainMethods: readonly ChainMethod[] = [
  { method: 'exact', bloom: false },
  { method: 'fellegi-sunter', bloom: false },
  { method: 'fellegi-sunter', bloom: true },
];

/** FEBRL files deduplicated together, unsupervised, on plaintext or on Bloom-filter encodings. */
export async function scoreFebrl(files: readonly string[], mode: 'plaintext' | 'encoded'): Promise<LinkEvaluation> {
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
    return { ...scored, clustersWithDifferentBsn: await countClustersWithDifferentBsn(store) };
  } finally {
    store.close();
  }
}

const f = (x: number) => x.toFixed(4);
const line = (label: string, e: LinkEvaluation) =>
  console.log(
    `${label.padEnd(34)} pairs P ${f(e.pairs.precision)} R ${f(e.pairs.recall)} F1 ${f(e.pairs.f1)} | clusters P ${f(e.clusters.precision)} R ${f(e.clusters.recall)} F1 ${f(e.clusters.f1)}`,
  );

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
  const febrlLabel = `FEBRL ${files.map((file) => basename(file, '.csv').replace('dataset', '')).join('×')}`;

  let febrlEncoded: LinkEvaluation | null = null;
  for (const mode of targetsOnly ? (['encoded'] as const) : (['plaintext', 'encoded'] as const)) {
    const e = await scoreFebrl(files, mode);
    line(`${febrlLabel} ${mode}`, e);
    if (mode === 'encoded') febrlEncoded = e;
  }
  let chainVictims: LinkEvaluation | null = null;
  const withDifferentBsn: string[] = [];
  for (const m of targetsOnly ? chainMethods.filter((c) => c.bloom) : chainMethods) {
    const r = await scoreChain(scale, m);
    const label = `chain ${scale} ${m.method} ${m.bloom ? 'tokens+bloom' : 'tokens'}`;
    line(`${label} victims`, r.victim);
    line(`${label} suspects`, r.suspect);
    console.log(
      `${label.padEnd(34)} persons with 2+ BSN tokens ${r.clustersWithDifferentBsn} | merges refused: different BSN ${r.summary.refusedMerges.differentBsn}`,
    );
    if (r.clustersWithDifferentBsn > 0) withDifferentBsn.push(`${r.clustersWithDifferentBsn} (${label})`);
    if (m.method === 'fellegi-sunter' && m.bloom) chainVictims = r.victim;
  }
  const febrlF1 = febrlEncoded?.pairs.f1 ?? 0;
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
