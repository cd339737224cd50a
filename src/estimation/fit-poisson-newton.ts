import type { PairwiseDesign } from './pairwise-design.ts';

/** Scratch arrays of one fit, reusable across fits of up to `columns` coefficients on `rows` cells. */
export interface NewtonWorkspace {
  readonly eta: Float64Array;
  readonly mu: Float64Array;
  readonly r: Float64Array;
  readonly a: Float64Array;
}

export function newtonWorkspace(rows: number, columns: number): NewtonWorkspace {
  const eta = new Float64Array(rows);
  return { eta, mu: new Float64Array(rows), r: new Float64Array(rows), a: new Float64Array(columns * columns) };
}

/** A model's design in compressed rows: the columns (model positions) where a cell's row is 1. */
export interface SparseDesign {
  readonly rows: number;
  readonly columns: number;
  readonly rowStart: Int32Array;
  readonly columnIndex: Int32Array;
}

/** Restricts the 0/1 pairwise design to `columns` (design column numbers, in model order). */
export function sparseModelDesign(design: PairwiseDesign, columns: Int32Array): SparseDesign {
  const rowStart = new Int32Array(design.cells + 1);
  const entries: number[] = [];
  for (let cell = 0; cell < design.cells; cell++) {
    const base = cell * design.columns;
    for (let j = 0; j < columns.length; j++) if (design.indicator[base + (columns[j] as number)]) entries.push(j);
    rowStart[cell + 1] = entries.length;
  }
  return { rows: design.cells, columns: columns.length, rowStart, columnIndex: Int32Array.from(entries) };
}

export interface PoissonNewtonFit {
  readonly beta: Float64Array;
  /** A view into the workspace: read it before the next fit with the same workspace. */
  readonly fitted: Float64Array;
  readonly deviance: number;
  readonly iterations: number;
  /** False also when the information matrix turned singular (a coefficient running off). */
  readonly converged: boolean;
}

/** Poisson deviance from η = log μ, so no logarithm per cell: `yLogY` is Σ y log y (0 log 0 = 0). */
export function deviance(y: Float64Array, eta: Float64Array, mu: Float64Array, yLogY: number): number {
  let d = yLogY;
  for (let i = 0; i < y.length; i++) d += (mu[i] as number) - (y[i] as number) * ((eta[i] as number) + 1);
  return 2 * d;
}

export function predict(d: SparseDesign, beta: Float64Array, eta: Float64Array, mu: Float64Array): void {
  for (let i = 0; i < d.rows; i++) {
    let s = 0;
    for (let e = d.rowStart[i] as number; e < (d.rowStart[i + 1] as number); e++)
      s += beta[d.columnIndex[e] as number] as number;
    eta[i] = s;
    mu[i] = Math.exp(s);
  }
}

/** Xᵀr into b (X is 0/1, so a sum over each row's columns). */
export function crossProduct(d: SparseDesign, r: Float64Array, b: Float64Array): void {
  b.fill(0, 0, d.columns);
  for (let i = 0; i < d.rows; i++) {
    const ri = r[i] as number;
    for (let e = d.rowStart[i] as number; e < (d.rowStart[i + 1] as number); e++) {
      const u = d.columnIndex[e] as number;
      b[u] = (b[u] as number) + ri;
    }
  }
}

/**
 * Cholesky factor of XᵀWX into the lower triangle of `a` (p × p, row-major); false when XᵀWX is
 * not (numerically) positive definite.
 */
export function factorInformation(d: SparseDesign, w: Float64Array, a: Float64Array): boolean {
  const p = d.columns;
  const { rowStart, columnIndex } = d;
  a.fill(0, 0, p * p);
  for (let i = 0; i < d.rows; i++) {
    const wi = w[i] as number;
    const start = rowStart[i] as number;
    const end = rowStart[i + 1] as number;
    for (let e = start; e < end; e++) {
      const row = (columnIndex[e] as number) * p;
      for (let f = start; f <= e; f++) {
        const at = row + (columnIndex[f] as number);
        a[at] = (a[at] as number) + wi;
      }
    }
  }
  let scale = 0;
  for (let j = 0; j < p; j++) scale = Math.max(scale, a[j * p + j] as number);
  for (let j = 0; j < p; j++) {
    const rowJ = j * p;
    let diagonal = a[rowJ + j] as number;
    for (let q = 0; q < j; q++) diagonal -= (a[rowJ + q] as number) * (a[rowJ + q] as number);
    if (!(diagonal > 1e-12 * scale)) return false;
    const l = Math.sqrt(diagonal);
    a[rowJ + j] = l;
    for (let i = j + 1; i < p; i++) {
      const rowI = i * p;
      let s = a[rowI + j] as number;
      for (let q = 0; q < j; q++) s -= (a[rowI + q] as number) * (a[rowJ + q] as number);
      a[rowI + j] = s / l;
    }
  }
  return true;
}

/** Solves L Lᵀ x = b in place, L the lower triangle of `a` (p × p). */
export function solveFactored(a: Float64Array, p: number, b: Float64Array): void {
  for (let i = 0; i < p; i++) {
    const rowI = i * p;
    let s = b[i] as number;
    for (let q = 0; q < i; q++) s -= (a[rowI + q] as number) * (b[q] as number);
    b[i] = s / (a[rowI + i] as number);
  }
  for (let i = p - 1; i >= 0; i--) {
    let s = b[i] as number;
    for (let q = i + 1; q < p; q++) s -= (a[q * p + i] as number) * (b[q] as number);
    b[i] = s / (a[i * p + i] as number);
  }
}

/** Solves (XᵀWX) b = Xᵀr into `b`, factorising into `a`; false when XᵀWX is singular. */
function solveWeighted(d: SparseDesign, w: Float64Array, r: Float64Array, b: Float64Array, a: Float64Array): boolean {
  if (!factorInformation(d, w, a)) return false;
  crossProduct(d, r, b);
  solveFactored(a, d.columns, b);
  return true;
}

/**
 * The Poisson log-linear fit of `fitPoissonIrls` (same iteration, step halving and tolerance, so
 * the same numbers) on typed arrays and a sparse 0/1 design, for fitting thousands of candidate
 * models. `start` is a warm start (e.g. a submodel's coefficients with 0 for the new term); without
 * it the first step starts from fitted = count + 0.1, as R's glm.
 */
export function fitPoissonNewton(
  d: SparseDesign,
  y: Float64Array,
  start: Float64Array | null,
  workspace: NewtonWorkspace = newtonWorkspace(d.rows, d.columns),
  maxIterations = 100,
  tolerance = 1e-12,
): PoissonNewtonFit {
  const n = d.rows;
  const p = d.columns;
  const { eta, mu, r, a } = workspace;
  let beta = new Float64Array(p);
  let next = new Float64Array(p);
  let current = Number.POSITIVE_INFINITY;
  let yLogY = 0;
  for (let i = 0; i < n; i++) if ((y[i] as number) > 0) yLogY += (y[i] as number) * Math.log(y[i] as number);
  if (start) {
    beta.set(start);
    predict(d, beta, eta, mu);
    current = deviance(y, eta, mu, yLogY);
  } else {
    for (let i = 0; i < n; i++) {
      mu[i] = (y[i] as number) + 0.1;
      eta[i] = Math.log(mu[i] as number);
    }
  }
  const failed = (iterations: number): PoissonNewtonFit => ({
    beta,
    fitted: mu,
    deviance: current,
    iterations,
    converged: false,
  });
  for (let iteration = 1; iteration <= maxIterations; iteration++) {
    // IRLS working response: r = W z = μ·η + y − μ.
    for (let i = 0; i < n; i++) r[i] = (mu[i] as number) * (eta[i] as number) + (y[i] as number) - (mu[i] as number);
    if (!solveWeighted(d, mu, r, next, a)) return failed(iteration);
    predict(d, next, eta, mu);
    let trial = deviance(y, eta, mu, yLogY);
    for (let halving = 0; iteration > 1 || start ? halving < 30 : false; halving++) {
      if (Number.isFinite(trial) && trial <= current * (1 + 1e-12) + 1e-12) break;
      for (let j = 0; j < p; j++) next[j] = ((next[j] as number) + (beta[j] as number)) / 2;
      predict(d, next, eta, mu);
      trial = deviance(y, eta, mu, yLogY);
    }
    if (!Number.isFinite(trial)) return failed(iteration);
    const done = Math.abs(trial - current) / (Math.abs(trial) + 0.1) < tolerance;
    [beta, next] = [next, beta];
    current = trial;
    if (done) return { beta, fitted: mu, deviance: current, iterations: iteration, converged: true };
  }
  return failed(maxIterations);
}
