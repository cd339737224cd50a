import { maximizeLinearProgram } from './maximize-linear-program.ts';
import { nullSpace } from './null-space.ts';

export interface MleExistence {
  readonly exists: boolean;
  /** Rows (zero-count cells) whose fitted value the likelihood drives to 0 when the MLE is missing. */
  readonly boundaryRows: number[];
  /** Coefficient direction along which the likelihood keeps increasing (all 0 when the MLE exists). */
  readonly direction: number[];
}

/**
 * Exact check (Haberman 1974) that the Poisson log-linear MLE exists for a full-rank design X and
 * counts y: it does not exist iff some direction d has X d ≤ 0, X d ≠ 0, and X d = 0 on every cell
 * with a positive count. Such a d lies in the null space of the positive-count rows; a linear
 * program looks for one that is negative on some zero-count cell.
 */
export function checkMleExistence(x: readonly (readonly number[])[], y: readonly number[]): MleExistence {
  const p = x[0]?.length ?? 0;
  const none: MleExistence = { exists: true, boundaryRows: [], direction: new Array<number>(p).fill(0) };
  const zeroRows = y.flatMap((count, i) => (count > 0 ? [] : [i]));
  if (zeroRows.length === 0) return none;
  const basis = nullSpace(
    x.filter((_, i) => (y[i] as number) > 0),
    p,
  );
  if (basis.length === 0) return none;
  // a[i][r] = (X_zero N)_{i r}: how the zero cells move along each null-space direction.
  const a = zeroRows.map((row) =>
    basis.map((v) => (x[row] as number[]).reduce((s, xv, j) => s + xv * (v[j] as number), 0)),
  );
  const r = basis.length;
  const split = (row: readonly number[]) => [...row, ...row.map((value) => -value)];
  const columnSums = basis.map((_, k) => a.reduce((s, row) => s + (row[k] as number), 0));
  // Maximise -Σ (A w)_i subject to A w ≤ 0 and A w ≥ -1, with w = w⁺ - w⁻.
  const solution = maximizeLinearProgram(
    split(columnSums.map((value) => -value)),
    [...a.map(split), ...a.map((row) => split(row.map((value) => -value)))],
    [...a.map(() => 0), ...a.map(() => 1)],
  );
  if (!solution || solution.value <= 1e-7) return none;
  const w = Array.from({ length: r }, (_, k) => (solution.x[k] as number) - (solution.x[r + k] as number));
  const direction = Array.from({ length: p }, (_, j) =>
    basis.reduce((s, v, k) => s + (v[j] as number) * (w[k] as number), 0),
  );
  const boundaryRows = zeroRows.filter(
    (_, i) => (a[i] as number[]).reduce((s, value, k) => s + value * (w[k] as number), 0) < -1e-7,
  );
  return { exists: false, boundaryRows, direction };
}
