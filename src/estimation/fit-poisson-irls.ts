import { type Cholesky, cholesky } from './cholesky.ts';

export interface PoissonIrlsOptions {
  /** Starting coefficients (warm start); without them IRLS starts from fitted = count + 0.1, as R. */
  readonly start?: readonly number[];
  readonly maxIterations?: number;
  /** Convergence when |Δdeviance| / (|deviance| + 0.1) falls below this. */
  readonly tolerance?: number;
}

export interface PoissonIrlsFit {
  readonly beta: number[];
  readonly fitted: number[];
  readonly deviance: number;
  readonly iterations: number;
  readonly converged: boolean;
  /** Cholesky factor of the Fisher information XᵀWX at the final coefficients (null: singular). */
  readonly information: Cholesky | null;
}

/** Poisson deviance; a zero count contributes 2·fitted. */
export function poissonDeviance(y: readonly number[], fitted: readonly number[]): number {
  let deviance = 0;
  y.forEach((count, i) => {
    const m = fitted[i] as number;
    deviance += 2 * ((count > 0 ? count * Math.log(count / m) : 0) - (count - m));
  });
  return deviance;
}

function linearPredictor(x: readonly (readonly number[])[], beta: readonly number[]): number[] {
  return x.map((row) => row.reduce((sum, value, j) => sum + value * (beta[j] as number), 0));
}

function weightedCrossProducts(x: readonly (readonly number[])[], weights: readonly number[], z: readonly number[]) {
  const p = x[0]?.length ?? 0;
  const xtwx = Array.from({ length: p }, () => new Array<number>(p).fill(0));
  const xtwz = new Array<number>(p).fill(0);
  x.forEach((row, i) => {
    const w = weights[i] as number;
    for (let a = 0; a < p; a++) {
      const wa = w * (row[a] as number);
      if (wa === 0) continue;
      xtwz[a] = (xtwz[a] as number) + wa * (z[i] as number);
      const out = xtwx[a] as number[];
      for (let b = 0; b < p; b++) out[b] = (out[b] as number) + wa * (row[b] as number);
    }
  });
  return { xtwx, xtwz };
}

/**
 * Poisson GLM with log link by iteratively reweighted least squares (Newton–Raphson, since the log
 * link is canonical). A step that raises the deviance or overflows is halved, up to 30 times.
 * Returns null when the weighted normal equations are singular (a term is not identifiable).
 */
export function fitPoissonIrls(
  x: readonly (readonly number[])[],
  y: readonly number[],
  options: PoissonIrlsOptions = {},
): PoissonIrlsFit | null {
  const maxIterations = options.maxIterations ?? 100;
  const tolerance = options.tolerance ?? 1e-12;
  let beta: number[] | null = options.start ? [...options.start] : null;
  let eta = beta ? linearPredictor(x, beta) : y.map((count) => Math.log(count + 0.1));
  let fitted = eta.map(Math.exp);
  let deviance = beta ? poissonDeviance(y, fitted) : Number.POSITIVE_INFINITY;
  let converged = false;
  let iterations = 0;
  while (iterations < maxIterations && !converged) {
    iterations++;
    const z = eta.map((e, i) => e + ((y[i] as number) - (fitted[i] as number)) / (fitted[i] as number));
    const { xtwx, xtwz } = weightedCrossProducts(x, fitted, z);
    const factor = cholesky(xtwx);
    if (!factor) return null;
    let next = factor.solve(xtwz);
    let nextEta = linearPredictor(x, next);
    let nextFitted = nextEta.map(Math.exp);
    let nextDeviance = poissonDeviance(y, nextFitted);
    for (let halving = 0; beta && halving < 30; halving++) {
      if (Number.isFinite(nextDeviance) && nextDeviance <= deviance * (1 + 1e-12) + 1e-12) break;
      const previous: number[] = beta;
      next = next.map((b, j) => (b + (previous[j] as number)) / 2);
      nextEta = linearPredictor(x, next);
      nextFitted = nextEta.map(Math.exp);
      nextDeviance = poissonDeviance(y, nextFitted);
    }
    if (!Number.isFinite(nextDeviance)) return fail(next, nextFitted, nextDeviance, iterations);
    converged = Math.abs(nextDeviance - deviance) / (Math.abs(nextDeviance) + 0.1) < tolerance;
    beta = next;
    eta = nextEta;
    fitted = nextFitted;
    deviance = nextDeviance;
  }
  const information = cholesky(weightedCrossProducts(x, fitted, fitted).xtwx);
  return { beta: beta ?? [], fitted, deviance, iterations, converged, information };
}

function fail(beta: number[], fitted: number[], deviance: number, iterations: number): PoissonIrlsFit {
  return { beta, fitted, deviance, iterations, converged: false, information: null };
}
