/** A Cholesky factor L (A = L Lᵀ) of a small dense symmetric positive definite matrix. */
export interface Cholesky {
  readonly lower: readonly (readonly number[])[];
  solve(b: readonly number[]): number[];
  inverse(): number[][];
}

/** Factorises A; null when A is not (numerically) positive definite. */
export function cholesky(a: readonly (readonly number[])[], relativeTolerance = 1e-12): Cholesky | null {
  const n = a.length;
  const scale = Math.max(...a.map((row, i) => Math.abs(row[i] ?? 0)), 0);
  const l: number[][] = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let j = 0; j < n; j++) {
    const lj = l[j] as number[];
    let diagonal = (a[j] as readonly number[])[j] as number;
    for (let k = 0; k < j; k++) diagonal -= (lj[k] as number) ** 2;
    if (!(diagonal > relativeTolerance * scale)) return null;
    lj[j] = Math.sqrt(diagonal);
    for (let i = j + 1; i < n; i++) {
      const li = l[i] as number[];
      let sum = (a[i] as readonly number[])[j] as number;
      for (let k = 0; k < j; k++) sum -= (li[k] as number) * (lj[k] as number);
      li[j] = sum / (lj[j] as number);
    }
  }
  const solve = (b: readonly number[]): number[] => {
    const y = new Array<number>(n).fill(0);
    for (let i = 0; i < n; i++) {
      const li = l[i] as number[];
      let sum = b[i] as number;
      for (let k = 0; k < i; k++) sum -= (li[k] as number) * (y[k] as number);
      y[i] = sum / (li[i] as number);
    }
    const x = new Array<number>(n).fill(0);
    for (let i = n - 1; i >= 0; i--) {
      let sum = y[i] as number;
      for (let k = i + 1; k < n; k++) sum -= ((l[k] as number[])[i] as number) * (x[k] as number);
      x[i] = sum / ((l[i] as number[])[i] as number);
    }
    return x;
  };
  const inverse = (): number[][] => {
    const columns = Array.from({ length: n }, (_, j) => solve(Array.from({ length: n }, (_, i) => (i === j ? 1 : 0))));
    return Array.from({ length: n }, (_, i) => columns.map((column) => column[i] as number));
  };
  return { lower: l, solve, inverse };
}
