/**
 * Columns of X that are (numerically) linear combinations of the columns before them, by
 * Gram–Schmidt in column order: those model terms cannot be estimated from the observed cells
 * (e.g. the k-way interaction, which lives only in the unobserved all-zero cell's complement).
 */
export function findDependentColumns(x: readonly (readonly number[])[], tolerance = 1e-9): number[] {
  const p = x[0]?.length ?? 0;
  const kept: number[][] = [];
  const dependent: number[] = [];
  for (let j = 0; j < p; j++) {
    const v = x.map((row) => row[j] as number);
    const norm = Math.hypot(...v);
    for (let pass = 0; pass < 2; pass++) {
      for (const q of kept) {
        const dot = q.reduce((s, qi, i) => s + qi * (v[i] as number), 0);
        q.forEach((qi, i) => {
          v[i] = (v[i] as number) - dot * qi;
        });
      }
    }
    const residual = Math.hypot(...v);
    if (norm === 0 || residual <= tolerance * norm) {
      dependent.push(j);
    } else {
      kept.push(v.map((value) => value / residual));
    }
  }
  return dependent;
}
