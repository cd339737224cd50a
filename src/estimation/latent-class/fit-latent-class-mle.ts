import { createRng } from '../../random/index.ts';
import type { CaptureTable } from '../capture-table.ts';
import { completeCaptureTable } from '../complete-capture-table.ts';

/**
 * The latent-class model fitted by maximum likelihood: J classes, lists independent within a class,
 * fitted to the cells of people seen (the likelihood conditional on being seen, the one the
 * log-linear models' fit is judged on too), so its AIC can be set beside theirs. It says how well
 * classes describe the table; its N̂ is not published (with four lists it is barely identified: six
 * two-class tables of N = 2,000 gave 1,589 to 9,440). The Bayesian latent-class model
 * (`estimateLatentClass`) gives the family's answer.
 */
export interface LatentClassMle {
  readonly classes: number;
  /** Log-likelihood of the seen cells given that each was seen: Σ n_h log(P(h) / (1 − P(0))). */
  readonly logLik: number;
  /** Free parameters: J − 1 class shares and J × K capture probabilities. */
  readonly parameters: number;
  readonly aic: number;
  /** observed / (1 − P(0)) */
  readonly nHat: number;
  readonly shares: readonly number[];
  /** probabilities[c][j]: class c's chance of being on list j */
  readonly probabilities: readonly (readonly number[])[];
  /** EM iterations of the best start, and whether it stopped on the tolerance rather than the limit. */
  readonly iterations: number;
  readonly converged: boolean;
}

export interface LatentClassMleOptions {
  readonly classes: number;
  /** Random starts (EM finds a local maximum; the best is kept); default 10. */
  readonly starts?: number;
  readonly seed?: number;
  /** default 2,000 per start */
  readonly maxIterations?: number;
  /** stop when the log-likelihood rises by less than this; default 1e-6 (AICs compared ten apart need no more) */
  readonly tolerance?: number;
}

// probabilities are kept off 0 and 1 so every history keeps a positive chance and logs stay finite
const floor = 1e-10;
const clamp = (p: number) => Math.min(1 - floor, Math.max(floor, p));

/**
 * EM for a finite mixture of independent Bernoulli lists with the unseen cell missing (Dempster,
 * Laird & Rubin 1977, truncated data): the E-step adds the expected number of unseen people,
 * observed × P(0) / (1 − P(0)), split over the classes by their share of P(0); every step raises
 * the conditional likelihood.
 */
export function fitLatentClassMle(table: CaptureTable, options: LatentClassMleOptions): LatentClassMle {
  const { sources, counts } = completeCaptureTable(table);
  const k = sources.length;
  const j = options.classes;
  if (!Number.isInteger(j) || j < 1) throw new RangeError(`classes must be a whole number ≥ 1, not ${j}`);
  const observed = counts.reduce((sum, n) => sum + n, 0);
  if (observed === 0) throw new RangeError('nobody is on any list: there is nothing to fit');
  const seen = counts.flatMap((n, index) => (n > 0 ? [{ bits: index + 1, n }] : []));
  const rng = createRng(options.seed ?? 1, `latent-class-mle/${j}`);
  const maxIterations = options.maxIterations ?? 2000;
  const tolerance = options.tolerance ?? 1e-6;
  const historyProbability = (p: readonly number[], bits: number) => {
    let value = 1;
    for (let list = 0; list < k; list++) value *= (bits >> list) & 1 ? (p[list] as number) : 1 - (p[list] as number);
    return value;
  };
  let best: LatentClassMle | null = null;
  for (let start = 0; start < (options.starts ?? 10); start++) {
    const raw = Array.from({ length: j }, () => 0.5 + rng.next());
    const rawSum = raw.reduce((a, b) => a + b, 0);
    let shares = raw.map((x) => x / rawSum);
    let probabilities = Array.from({ length: j }, () => Array.from({ length: k }, () => 0.05 + 0.6 * rng.next()));
    let logLik = Number.NEGATIVE_INFINITY;
    let iterations = 0;
    let converged = false;
    while (iterations < maxIterations) {
      iterations++;
      const unseenByClass = probabilities.map((p) => historyProbability(p, 0));
      const unseen = shares.reduce((sum, w, c) => sum + w * (unseenByClass[c] as number), 0);
      const expectedUnseen = (observed * unseen) / (1 - unseen);
      const inClass = new Array<number>(j).fill(0);
      const onList = Array.from({ length: j }, () => new Array<number>(k).fill(0));
      let next = 0;
      for (const { bits, n } of seen) {
        const parts = shares.map((w, c) => w * historyProbability(probabilities[c] as number[], bits));
        const total = parts.reduce((a, b) => a + b, 0);
        next += n * Math.log(total / (1 - unseen));
        for (let c = 0; c < j; c++) {
          const r = (n * (parts[c] as number)) / total;
          inClass[c] = (inClass[c] as number) + r;
          const row = onList[c] as number[];
          for (let list = 0; list < k; list++) if ((bits >> list) & 1) row[list] = (row[list] as number) + r;
        }
      }
      for (let c = 0; c < j; c++)
        inClass[c] =
          (inClass[c] as number) + (expectedUnseen * (shares[c] as number) * (unseenByClass[c] as number)) / unseen;
      const people = observed + expectedUnseen;
      shares = inClass.map((x) => x / people);
      // a class whose share has run to nothing keeps its probabilities (0 / 0 would make them NaN)
      probabilities = onList.map((row, c) => {
        const people = inClass[c] as number;
        return people > 0 ? row.map((x) => clamp(x / people)) : (probabilities[c] as number[]);
      });
      const rose = next - logLik;
      logLik = next;
      if (rose < tolerance) {
        converged = true;
        break;
      }
    }
    // the likelihood of the parameters returned (the loop's is that of the step before)
    const unseen = shares.reduce((sum, w, c) => sum + w * historyProbability(probabilities[c] as number[], 0), 0);
    logLik = seen.reduce((sum, { bits, n }) => {
      const p = shares.reduce((v, w, c) => v + w * historyProbability(probabilities[c] as number[], bits), 0);
      return sum + n * Math.log(p / (1 - unseen));
    }, 0);
    const parameters = j - 1 + j * k;
    const fit: LatentClassMle = {
      classes: j,
      logLik,
      parameters,
      aic: -2 * logLik + 2 * parameters,
      nHat: observed / (1 - unseen),
      shares,
      probabilities,
      iterations,
      converged,
    };
    if (!best || !Number.isFinite(best.logLik) || fit.logLik > best.logLik + 1e-9) best = fit;
  }
  return best as LatentClassMle;
}

/**
 * The latent-class fit with the number of classes AIC prefers: two, or three when the seen cells
 * leave it degrees of freedom (fewer parameters than the 2^K − 2 free cell probabilities: with five
 * lists or more; with four, three classes would be saturated). null with fewer than four lists:
 * then no class model has a degree of freedom left.
 */
export function bestLatentClassMle(
  table: CaptureTable,
  options: { readonly seed?: number } = {},
): LatentClassMle | null {
  const k = table.sources.length;
  const cells = 2 ** k - 2;
  const fits: LatentClassMle[] = [];
  for (let classes = 2; classes <= 3 && classes - 1 + classes * k < cells; classes++)
    fits.push(fitLatentClassMle(table, { classes, ...(options.seed !== undefined ? { seed: options.seed } : {}) }));
  return fits.length === 0 ? null : fits.reduce((a, b) => (b.aic < a.aic ? b : a));
}
