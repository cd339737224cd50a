// Linkage quality against truth: `node bin/run-ts.js bench/eval-linkage.ts` (npm run eval:linkage).
import { fileURLToPath, pathToFileURL } from 'node:url';
import { evaluateChainLinkage, evaluateFebrl } from '../src/linkage/index.ts';
import type { LinkEvaluation } from '../src/linkage/index.ts';
import { openStore } from '../src/store/index.ts';
import { simulateChain } from '../src/synthetic/index.ts';

// the public FEBRL benchmark in ../shared beside the repository
const febrl = ['dataset4a.csv', 'dataset4b.csv'].map((f) => fileURLToPath(new URL(`../../shared/data/febrl/${f}`, import.meta.url)));
const secret = 'eval-linkage-secret-0123456789';
const f = (x: number) => x.toFixed(4);
const line = (label: string, e: LinkEvaluation) =>
  console.log(`${label.padEnd(34)} pairs P ${f(e.pairs.precision)} R ${f(e.pairs.recall)} F1 ${f(e.pairs.f1)} | clusters P ${f(e.clusters.precision)} R ${f(e.clusters.recall)} F1 ${f(e.clusters.f1)}`);

export async function main(): Promise<boolean> {
  const results: Record<string, LinkEvaluation> = {};
  for (const mode of ['plaintext', 'encoded'] as const) {
    const store = await openStore(':memory:');
    results[`febrl-${mode}`] = await evaluateFebrl(store, febrl, mode, secret);
    line(`FEBRL 4a×4b ${mode}`, results[`febrl-${mode}`] as LinkEvaluation);
    store.close();
  }
  const scale = Number(process.env.EVAL_SCALE ?? 0.2);
  const chain = simulateChain({ seed: 1, yearFrom: 2018, yearTo: 2025, scale });
  for (const [method, bloom] of [['exact', false], ['fellegi-sunter', false], ['fellegi-sunter', true]] as const) {
    const store = await openStore(':memory:');
    const r = await evaluateChainLinkage(store, chain, secret, bloom, method);
    const label = `chain ${scale} ${method} ${bloom ? 'tokens+bloom' : 'tokens'}`;
    line(`${label} victims`, r.victim);
    line(`${label} suspects`, r.suspect);
    if (method === 'fellegi-sunter' && bloom) results.chain = r.victim;
    store.close();
  }
  const febrlF1 = results['febrl-encoded']?.pairs.f1 ?? 0;
  const chainF1 = results.chain?.clusters.f1 ?? 0;
  console.log(`${febrlF1 >= 0.95 ? 'PASS' : 'FAIL'}  FEBRL 4a×4b encoded, unsupervised: pair F1 ${f(febrlF1)} (target ≥ 0.95)`);
  console.log(`${chainF1 >= 0.97 ? 'PASS' : 'FAIL'}  synthetic chain victims: person-level F1 ${f(chainF1)} (target ≥ 0.97)`);
  return febrlF1 >= 0.95 && chainF1 >= 0.97;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const pass = await main();
  if (!pass) process.exitCode = 1;
}
