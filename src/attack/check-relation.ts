/**
 * Whether a candidate relation holds on the published numbers, row by row, with the slack the
 * noise allows (each noisy term may be off by D; zeros are exact), and whether a family of such
 * checks is enough evidence: it must hold wherever it can be checked, on enough non-trivial rows,
 * and, with noise, its misfits must neither lean one way (a sign test) nor be larger on average
 * than noise within ±D can make them: that is how a relation between two merely similar counts
 * shows itself.
 */
import type { Quantity, Term } from './attack-model.ts';

export type RowCheck = {
  readonly outcome: 'unchecked' | 'trivial' | 'holds' | 'fails';
  /** Σ coefficient · published value at the middle of its interval. */
  readonly misfit: number;
  /** The most variance noise within ±D can give the misfit: Σ coefficient² · D² over noisy terms. */
  readonly variance: number;
};

/**
 * `=`: Σ c·x = 0; `<=`: Σ c·x ≤ 0. A row is trivial when all values are zero (for `<=`, all
 * values with a positive coefficient: the side claimed to be smaller is empty).
 */
export function checkRelation(
  terms: readonly Term[],
  sense: '=' | '<=',
  quantities: readonly Quantity[],
  maxNoise: number,
): RowCheck {
  let lo = 0;
  let hi = 0;
  let slack = 0;
  let variance = 0;
  let trivial = true;
  for (const [q, c] of terms) {
    const published = quantities[q]?.published;
    if (!published) return { outcome: 'unchecked', misfit: 0, variance: 0 };
    lo += Math.min(c * published.lo, c * published.hi);
    hi += Math.max(c * published.lo, c * published.hi);
    if (published.hi !== 0) {
      slack += Math.abs(c) * maxNoise;
      variance += c * c * maxNoise * maxNoise;
      if (sense === '=' || c > 0) trivial = false;
    }
  }
  const misfit = (lo + hi) / 2;
  const eps = 1e-9;
  const holds = sense === '=' ? lo - slack <= eps && hi + slack >= -eps : lo - slack <= eps;
  if (!holds) return { outcome: 'fails', misfit, variance };
  return { outcome: trivial ? 'trivial' : 'holds', misfit, variance };
}

export type Verdict = {
  readonly accepted: boolean;
  readonly support: number;
  readonly checked: number;
  /** Rows the relation speaks about, checkable or not. */
  readonly rows: number;
};

export function judgeChecks(
  checks: readonly RowCheck[],
  options: {
    readonly minSupport: number;
    readonly maxNoise: number;
    readonly signTest: boolean;
    /** The least share of all rows on which it must hold (0 within one table). */
    readonly minCoverage?: number;
  },
): Verdict {
  const checked = checks.filter((c) => c.outcome !== 'unchecked').length;
  const support = checks.filter((c) => c.outcome === 'holds').length;
  const covered = support >= (options.minCoverage ?? 0) * checks.length;
  if (checks.some((c) => c.outcome === 'fails') || support < options.minSupport || !covered)
    return { accepted: false, support, checked, rows: checks.length };
  if (options.signTest && options.maxNoise > 0) {
    const held = checks.filter((c) => c.outcome === 'holds');
    const above = held.filter((c) => c.misfit > 1e-9).length;
    const below = held.filter((c) => c.misfit < -1e-9).length;
    if (signTestP(above, below) < 0.01) return { accepted: false, support, checked, rows: checks.length };
    // Noise within ±D has a variance of at most D² per term; misfits larger than that on average
    // come from two counts that are merely close, not equal.
    const squares = held.reduce((sum, c) => sum + c.misfit * c.misfit, 0);
    if (squares > held.reduce((sum, c) => sum + c.variance, 0))
      return { accepted: false, support, checked, rows: checks.length };
  }
  return { accepted: true, support, checked, rows: checks.length };
}

/** Two-sided p-value of `a` against `b` successes under a fair coin. */
export function signTestP(a: number, b: number): number {
  const n = a + b;
  if (n === 0) return 1;
  const k = Math.min(a, b);
  // Beyond a few hundred rows the normal approximation is as good, and 0.5 ** n underflows.
  if (n > 500) return Math.min(1, 2 * normalTail((n / 2 - k - 0.5) / Math.sqrt(n / 4)));
  let term = 0.5 ** n;
  let tail = term;
  for (let i = 1; i <= k; i++) {
    term = (term * (n - i + 1)) / i;
    tail += term;
  }
  return Math.min(1, 2 * tail);
}

/** P(Z ≥ z) for a standard normal Z (Abramowitz–Stegun 26.2.17). */
function normalTail(z: number): number {
  const t = 1 / (1 + 0.2316419 * Math.abs(z));
  const poly = t * (0.31938153 + t * (-0.356563782 + t * (1.781477937 + t * (-1.821255978 + t * 1.330274429))));
  const tail = Math.exp((-z * z) / 2) * 0.3989422804 * poly;
  return z >= 0 ? tail : 1 - tail;
}
