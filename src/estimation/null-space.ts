/** A basis of { v : A v = 0 } for a small dense matrix with `columns` columns, by reduction to RREF. */
export function nullSpace(a: readonly (readonly number[])[], columns: number, tolerance = 1e-9): number[][] {
  const m = a.map((row) => [...row]);
  const pivotColumns: number[] = [];
  let rank = 0;
  for (let col = 0; col < columns && rank < m.length; col++) {
    let best = rank;
    for (let r = rank + 1; r < m.length; r++) {
      if (Math.abs((m[r] as number[])[col] as number) > Math.abs((m[best] as number[])[col] as number)) best = r;
    }
    if (Math.abs((m[best] as number[])[col] as number) <= tolerance) continue;
    [m[rank], m[best]] = [m[best] as number[], m[rank] as number[]];
    const pivotRow = m[rank] as number[];
    const pivot = pivotRow[col] as number;
    for (let c = 0; c < columns; c++) pivotRow[c] = (pivotRow[c] as number) / pivot;
    m.forEach((row, r) => {
      const factor = row[col] as number;
      if (r === rank || factor === 0) return;
      for (let c = 0; c < columns; c++) row[c] = (row[c] as number) - factor * (pivotRow[c] as number);
    });
    pivotColumns.push(col);
    rank++;
  }
  const basis: number[][] = [];
  for (let free = 0; free < columns; free++) {
    if (pivotColumns.includes(free)) continue;
    const v = new Array<number>(columns).fill(0);
    v[free] = 1;
    pivotColumns.forEach((col, r) => {
      v[col] = -((m[r] as number[])[free] as number);
    });
    basis.push(v);
  }
  return basis;
}
