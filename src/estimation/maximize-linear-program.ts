export interface LinearProgramSolution {
  readonly value: number;
  readonly x: number[];
}

/**
 * Maximises cᵀx subject to A x ≤ b, x ≥ 0, for b ≥ 0 (so the origin is feasible), by the tableau
 * simplex method with Bland's rule (no cycling on the degenerate programs the existence check makes).
 * Returns null when the program is unbounded.
 */
export function maximizeLinearProgram(
  c: readonly number[],
  a: readonly (readonly number[])[],
  b: readonly number[],
  tolerance = 1e-10,
): LinearProgramSolution | null {
  const n = c.length;
  const m = a.length;
  const width = n + m + 1;
  const tableau = a.map((row, i) => {
    const line = new Array<number>(width).fill(0);
    row.forEach((value, j) => {
      line[j] = value;
    });
    line[n + i] = 1;
    line[width - 1] = b[i] as number;
    return line;
  });
  const objective = new Array<number>(width).fill(0);
  c.forEach((value, j) => {
    objective[j] = -value;
  });
  const basis = Array.from({ length: m }, (_, i) => n + i);
  for (let step = 0; step < 50_000; step++) {
    const entering = objective.findIndex((value, j) => j < width - 1 && value < -tolerance);
    if (entering < 0) break;
    let leaving = -1;
    let bestRatio = Number.POSITIVE_INFINITY;
    tableau.forEach((row, i) => {
      const coefficient = row[entering] as number;
      if (coefficient <= tolerance) return;
      const ratio = (row[width - 1] as number) / coefficient;
      const tie = Math.abs(ratio - bestRatio) <= tolerance;
      if (ratio < bestRatio - tolerance || (tie && (basis[i] as number) < (basis[leaving] as number))) {
        bestRatio = ratio;
        leaving = i;
      }
    });
    if (leaving < 0) return null;
    const pivotRow = tableau[leaving] as number[];
    const pivot = pivotRow[entering] as number;
    for (let j = 0; j < width; j++) pivotRow[j] = (pivotRow[j] as number) / pivot;
    for (const row of [...tableau, objective]) {
      const factor = row[entering] as number;
      if (row === pivotRow || factor === 0) continue;
      for (let j = 0; j < width; j++) row[j] = (row[j] as number) - factor * (pivotRow[j] as number);
    }
    basis[leaving] = entering;
  }
  const x = new Array<number>(n).fill(0);
  basis.forEach((variable, i) => {
    if (variable < n) x[variable] = (tableau[i] as number[])[width - 1] as number;
  });
  return { value: objective[width - 1] as number, x };
}
