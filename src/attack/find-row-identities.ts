/**
 * Linear identities among three or four counts of the same row, with coefficients ±1 (stock at
 * start + inflow − outflow = stock at end). Smaller identities are tried first, and one that
 * follows from identities already found is skipped; a count that is zero on every checked row
 * tells nothing and disqualifies the candidate.
 */
import type { ModelBuilder, Term } from './attack-model.ts';
import { checkRelation, judgeChecks } from './check-relation.ts';
import type { TableView } from './register-tables.ts';

export function findRowIdentities(tableViews: readonly TableView[], builder: ModelBuilder): void {
  for (const tv of tableViews) {
    const n = tv.table.columns.filter((c) => c.kind === 'count').length;
    if (n < 3) continue;
    const accepted: number[][] = [];
    for (const size of [3, 4])
      for (const subset of subsets(n, size))
        for (const signs of signPatterns(size)) {
          const vector = new Array<number>(n).fill(0);
          subset.forEach((column, i) => {
            vector[column] = signs[i] as number;
          });
          if (inSpan(vector, accepted)) continue;
          if (testIdentity(tv, subset, signs, builder)) accepted.push(vector);
        }
  }
}

function testIdentity(tv: TableView, subset: number[], signs: number[], builder: ModelBuilder): boolean {
  const { minSupport, maxNoise } = builder.options;
  const instances = tv.view.rows.map((row) =>
    subset.map((column, i): Term => [row.cells[column] as number, signs[i] as number]),
  );
  const checks = instances.map((terms) => checkRelation(terms, '=', builder.quantities, maxNoise));
  const informative = subset.every((_, i) =>
    instances.some(
      (terms, r) => checks[r]?.outcome === 'holds' && builder.quantities[terms[i]?.[0] ?? -1]?.published?.hi !== 0,
    ),
  );
  const verdict = judgeChecks(checks, { minSupport, maxNoise, signTest: true });
  if (!informative || !verdict.accepted) return false;
  const side = (sign: number) =>
    subset
      .filter((_, i) => signs[i] === sign)
      .map((column) => tv.view.columns[column])
      .join(' + ');
  builder.addFamily(
    'identity',
    `${tv.table.id}: ${side(1)} = ${side(-1)} (each row; holds on ${verdict.support} of ${verdict.checked} checkable rows)`,
    verdict.support,
    instances
      .filter((terms) => terms.some(([q]) => builder.bounds[q]?.lo !== builder.bounds[q]?.hi))
      .map((terms) => ({ terms, lo: 0, hi: 0 })),
  );
  return true;
}

function subsets(n: number, size: number): number[][] {
  if (size === 0) return [[]];
  const result: number[][] = [];
  for (let first = 0; first <= n - size; first++)
    for (const rest of subsets(n - first - 1, size - 1)) result.push([first, ...rest.map((i) => i + first + 1)]);
  return result;
}

/** ±1 for each member, the first +1, and never all the same sign (counts are not negative). */
function signPatterns(size: number): number[][] {
  const patterns: number[][] = [];
  for (let mask = 0; mask < 2 ** (size - 1); mask++) {
    const signs = [1, ...Array.from({ length: size - 1 }, (_, i) => ((mask >> i) & 1 ? -1 : 1))];
    if (signs.some((s) => s < 0)) patterns.push(signs);
  }
  return patterns;
}

/** Whether `vector` is a linear combination of `basis`. */
export function inSpan(vector: readonly number[], basis: readonly (readonly number[])[]): boolean {
  return basis.length > 0 && rankOf([...basis, vector]) === rankOf(basis);
}

/** The rank of a small matrix, by Gaussian elimination. */
function rankOf(matrix: readonly (readonly number[])[]): number {
  const m = matrix.map((row) => [...row]);
  let rank = 0;
  for (let c = 0; c < (m[0]?.length ?? 0) && rank < m.length; c++) {
    const pivot = m.findIndex((row, i) => i >= rank && Math.abs(row[c] ?? 0) > 1e-9);
    if (pivot < 0) continue;
    [m[rank], m[pivot]] = [m[pivot] as number[], m[rank] as number[]];
    const p = m[rank] as number[];
    for (const row of m) {
      if (row === p) continue;
      const f = (row[c] ?? 0) / (p[c] ?? 1);
      for (let k = c; k < row.length; k++) row[k] = (row[k] ?? 0) - f * (p[k] ?? 0);
    }
    rank++;
  }
  return rank;
}
