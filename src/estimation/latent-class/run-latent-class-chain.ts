import type { Rng } from '../../random/index.ts';
import { sampleBeta, sampleBetaLogs } from './sample-beta.ts';
import { sampleGamma } from './sample-gamma.ts';
import { sampleMultinomial } from './sample-multinomial.ts';
import { sampleNegativeBinomial } from './sample-negative-binomial.ts';

/** The observed patterns with a count above 0, as the sampler reads them. */
export interface ObservedPatterns {
  /** number of lists J */
  readonly lists: number;
  /** pattern m seen by list j: seen[m·J + j] = 1 */
  readonly seen: Uint8Array;
  readonly counts: Int32Array;
}

export interface LatentClassChainSettings {
  readonly burnIn: number;
  readonly iterations: number;
  readonly thinning: number;
  /** K*, the truncation of the stick-breaking prior */
  readonly maxClasses: number;
  /** Gamma(shape, rate) prior of the concentration α */
  readonly alphaShape: number;
  readonly alphaRate: number;
  /** called with the number of iterations done so far in this chain */
  readonly onIteration?: (done: number) => void;
}

export interface LatentClassChain {
  /** N = observed + unobserved, every `thinning`-th iteration after burn-in */
  readonly n: number[];
  /** classes holding at least one person (seen or not), at the same iterations */
  readonly occupied: number[];
}

/**
 * One chain of the Gibbs sampler of Manrique-Vallier (2016), in the order of LCMCR's
 * CNPLCM_CR_Basic_Freq::Update, on counts per pattern × class instead of one class per person:
 * 1. each pattern's count is spread over the classes ∝ π_k Π_j λ_jk^x_j (1 − λ_jk)^(1 − x_j);
 * 2. λ_jk ~ Beta(1 + seen by j in class k, 1 + not seen by j in class k, the unseen included);
 * 3. stick-breaking weights V_k ~ Beta(1 + n_k, α + people in classes after k), π_k = V_k Π_{l<k}(1 − V_l);
 * 4. the unseen n0 ~ NegBin(n, 1 − π0), π0 = Σ_k π_k Π_j (1 − λ_jk): prior p(N) ∝ 1/N, the unseen
 *    people's classes summed out;
 * 5. the n0 unseen are spread over the classes ∝ π_k Π_j (1 − λ_jk);
 * 6. α ~ Gamma(a + K* − 1, b − log π_K*).
 * The start is random (λ from its prior, weights from a stick-breaking draw with α = 1, nobody
 * unseen), so that chains start apart and R-hat can tell whether they met.
 */
export function runLatentClassChain(
  data: ObservedPatterns,
  settings: LatentClassChainSettings,
  rng: Rng,
): LatentClassChain {
  const { lists: J, seen, counts } = data;
  const K = settings.maxClasses;
  const M = counts.length;
  const observed = counts.reduce((s, c) => s + c, 0);
  const lambda = new Float64Array(J * K); // λ_jk at j·K + k
  const logNu = new Float64Array(K);
  const nu = new Float64Array(K);
  const countMK = new Int32Array(M * K);
  const count0K = new Int32Array(K);
  const seenK = new Float64Array(K);
  const countK = new Float64Array(K);
  const weights = new Float64Array(K);
  const row = new Int32Array(K);
  const ones = new Float64Array(J * K);
  const heaviestFirst = Int32Array.from({ length: K }, (_, k) => k);
  let alpha = 1;
  let unseen = 0;

  for (let i = 0; i < J * K; i++) lambda[i] = rng.next();
  breakStick(() => 0);

  function breakStick(peopleIn: (k: number) => number): void {
    let logRest = 0;
    let after = 0;
    for (let k = 0; k < K; k++) after += peopleIn(k);
    for (let k = 0; k < K - 1; k++) {
      after -= peopleIn(k);
      const v = sampleBetaLogs(1 + peopleIn(k), alpha + after, rng);
      logNu[k] = v.log + logRest;
      logRest += v.log1m;
      nu[k] = Math.exp(logNu[k] as number);
    }
    logNu[K - 1] = logRest;
    nu[K - 1] = Math.exp(logRest);
  }

  const chain: LatentClassChain = { n: [], occupied: [] };
  const total = settings.burnIn + settings.iterations;
  for (let iteration = 1; iteration <= total; iteration++) {
    // 1. classes of the seen, pattern by pattern
    heaviestFirst.sort((a, b) => (nu[b] as number) - (nu[a] as number));
    for (let m = 0; m < M; m++) {
      for (let k = 0; k < K; k++) {
        let w = nu[k] as number;
        for (let j = 0; j < J; j++) {
          const l = lambda[j * K + k] as number;
          w *= seen[m * J + j] === 1 ? l : 1 - l;
        }
        weights[k] = w;
      }
      sampleMultinomial(counts[m] as number, weights, row, rng.next, heaviestFirst);
      countMK.set(row, m * K);
    }
    // 2. capture probabilities per list and class
    ones.fill(0);
    seenK.fill(0);
    for (let m = 0; m < M; m++) {
      for (let k = 0; k < K; k++) {
        const c = countMK[m * K + k] as number;
        if (c === 0) continue;
        seenK[k] = (seenK[k] as number) + c;
        for (let j = 0; j < J; j++) if (seen[m * J + j] === 1) ones[j * K + k] = (ones[j * K + k] as number) + c;
      }
    }
    for (let k = 0; k < K; k++) countK[k] = (seenK[k] as number) + (count0K[k] as number);
    for (let j = 0; j < J; j++) {
      for (let k = 0; k < K; k++) {
        const x = ones[j * K + k] as number;
        lambda[j * K + k] = sampleBeta(1 + x, 1 + (countK[k] as number) - x, rng);
      }
    }
    // 3. class weights
    breakStick((k) => countK[k] as number);
    // 4. the unseen, given the chance of being seen by no list; 1 − π0 computed as Σ π_k (1 − Π(1 − λ))
    let seenProbability = 0;
    for (let k = 0; k < K; k++) {
      let logMissed = 0;
      for (let j = 0; j < J; j++) logMissed += Math.log1p(-(lambda[j * K + k] as number));
      weights[k] = (nu[k] as number) * Math.exp(logMissed);
      seenProbability -= (nu[k] as number) * Math.expm1(logMissed);
    }
    unseen = sampleNegativeBinomial(observed, Math.min(1, seenProbability), rng);
    // 5. classes of the unseen
    sampleMultinomial(unseen, weights, count0K, rng.next, heaviestFirst);
    // 6. concentration
    alpha = sampleGamma(settings.alphaShape + K - 1, settings.alphaRate - (logNu[K - 1] as number), rng);

    if (iteration > settings.burnIn && (iteration - settings.burnIn) % settings.thinning === 0) {
      chain.n.push(observed + unseen);
      let occupied = 0;
      for (let k = 0; k < K; k++) if ((seenK[k] as number) + (count0K[k] as number) > 0) occupied++;
      chain.occupied.push(occupied);
    }
    if (iteration % 1000 === 0 || iteration === total) settings.onIteration?.(iteration);
  }
  return chain;
}
