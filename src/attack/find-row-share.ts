/**
 * A share column that is 100 · a / b of two counts in the same row. When the numerator a is one
 * of the table's counts, the share ties the two where one of them is withheld; when it is not
 * published at all, the share and b imply it (a count the attacker adds). Shares are computed
 * from the published (perturbed) counts, so the test is exact up to the share's rounding.
 */
import type { ModelBuilder, Term } from './attack-model.ts';
import type { TableView } from './register-tables.ts';

const eps = 1e-9;

/** The interval a share printed with one decimal stands for, in percent. */
export const shareRounding = (share: number) => ({ lo: Math.max(0, share - 0.05 - eps), hi: share + 0.05 + eps });

type Found = { readonly numerator: number; readonly denominator: number; readonly support: number };

/** The counts a (index in the view) and b the share is 100 · a / b of, with the rows it held on. */
export function findPublishedNumerator(tv: TableView, share: number, minSupport: number): Found | null {
  const counts = tv.table.columns.flatMap((c, i) => (c.kind === 'count' ? [i] : []));
  let best: Found | null = null;
  for (const [ai, a] of counts.entries())
    for (const [bi, b] of counts.entries()) {
      if (a === b) continue;
      let support = 0;
      let fails = false;
      for (const row of tv.table.rows) {
        const [s, x, y] = [row.numbers[share], row.numbers[a], row.numbers[b]];
        if (s == null || x == null || y == null || y === 0) continue;
        const r = shareRounding(s);
        if ((100 * x) / y < r.lo || (100 * x) / y > r.hi) fails = true;
        else if (x > 0) support++;
      }
      if (!fails && support >= minSupport && support > (best?.support ?? 0))
        best = { numerator: ai, denominator: bi, support };
    }
  return best;
}

/** Two-sided constraints a ≈ share · b on true values, for rows where the share shows but a count does not. */
export function addPublishedNumeratorFamily(tv: TableView, share: number, found: Found, builder: ModelBuilder): void {
  const d = builder.options.maxNoise;
  // A share never above 100% is a part of its denominator, on withheld rows too.
  const part = tv.table.rows.every((row) => (row.numbers[share] ?? 0) <= 100);
  const constraints = tv.table.rows.flatMap((row, i) => {
    const s = row.numbers[share];
    const cells = tv.view.rows[i]?.cells ?? [];
    const [a, b] = [cells[found.numerator] as number, cells[found.denominator] as number];
    if (builder.quantities[a]?.published && builder.quantities[b]?.published) return [];
    const within: Term[] = [
      [a, 1],
      [b, -1],
    ];
    const partOf = part ? [{ terms: within, lo: Number.NEGATIVE_INFINITY, hi: 2 * d }] : [];
    if (s == null) return partOf;
    const r = shareRounding(s);
    const lower: Term[] = [
      [a, 1],
      [b, -r.lo / 100],
    ];
    const upper: Term[] = [
      [a, 1],
      [b, -r.hi / 100],
    ];
    return [
      ...partOf,
      { terms: lower, lo: -d * (1 + r.lo / 100), hi: Number.POSITIVE_INFINITY },
      { terms: upper, lo: Number.NEGATIVE_INFINITY, hi: d * (1 + r.hi / 100) },
    ];
  });
  const label = (i: number) => tv.view.columns[i];
  builder.addFamily(
    'share',
    `${tv.table.id}: ${tv.table.columns[share]?.label} = 100 × ${label(found.numerator)} / ${label(found.denominator)} (holds on ${found.support} rows)`,
    found.support,
    constraints,
  );
}

/**
 * The count b for which share · b / 100 lands on a whole number in every published row (a b
 * under 500 makes that unlikely by chance), when exactly one count does so.
 */
export function findImpliedNumerator(
  tv: TableView,
  share: number,
  minSupport: number,
): { denominator: number; support: number } | null {
  const counts = tv.table.columns.flatMap((c, i) => (c.kind === 'count' ? [i] : []));
  const passing = counts.flatMap((b, bi) => {
    let support = 0;
    for (const row of tv.table.rows) {
      const [s, y] = [row.numbers[share], row.numbers[b]];
      if (s == null || y == null || y === 0) continue;
      const r = shareRounding(s);
      if (Math.ceil((r.lo * y) / 100) > Math.floor((r.hi * y) / 100) || s > 100 + eps) return [];
      if (y < 500 && s > 0) support++;
    }
    return support >= minSupport ? [{ denominator: bi, support }] : [];
  });
  return passing.length === 1 ? (passing[0] ?? null) : null;
}
