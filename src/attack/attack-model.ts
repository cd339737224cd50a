/**
 * The attacker's picture of a publication as plain data: every count it reasons about (a table
 * cell, or a count a share implies) with the bounds the publication itself gives, and the
 * relations it found, grouped in families that are accepted, and dropped, as a whole.
 */
import type { RowStatus } from './published-table.ts';

export type AttackOptions = {
  /** D: the largest noise added to a published count (0 for exact counts with suppression). */
  readonly maxNoise: number;
  /** T: perturbed counts below it are withheld as 'below the threshold'. Default 10. */
  readonly threshold?: number;
  /** p: the attacker must not be able to place a true count within ±p. */
  readonly protection: number;
  /** Checkable, non-trivial rows a relation must hold on before it is believed. Default 3. */
  readonly minSupport?: number;
  /**
   * For a relation between two different tables: the least share of the rows it speaks about on
   * which it must be seen to hold. Two tables can count slightly different populations (suspects
   * with a known sex) and agree on the few rows that can be checked. Default 0.25.
   */
  readonly minCoverage?: number;
  /**
   * The same count published in two tables shows the same perturbed value, because the protector
   * draws the noise from the records counted (cell keys): equalities without a sum are then tested
   * exactly, which keeps similar but different counts apart (registrations with a known victim vs
   * victims). Default true; false allows them to differ by 2D, as independent noise would.
   */
  readonly consistentNoise?: boolean;
  /** Milliseconds, for the timings in the report; `performance.now` unless told. */
  readonly now?: () => number;
};

export type ResolvedOptions = Required<AttackOptions>;

export function resolveOptions(options: AttackOptions): ResolvedOptions {
  if (!(options.maxNoise >= 0) || !(options.protection >= 0))
    throw new RangeError('maxNoise and protection must be non-negative numbers');
  return {
    threshold: 10,
    minSupport: 3,
    minCoverage: 0.25,
    consistentNoise: true,
    now: () => performance.now(),
    ...options,
  };
}

export type Interval = { readonly lo: number; readonly hi: number };

export type Quantity = {
  readonly id: number;
  readonly tableId: string;
  readonly row: Readonly<Record<string, string>>;
  readonly column: string;
  /** A cell of a published table, or a count the attacker derived from shares. */
  readonly origin: 'cell' | 'implied';
  readonly status: RowStatus;
  readonly statusText: string;
  /** The published (perturbed) value as an interval, or what shares imply for it; null when withheld. */
  readonly published: Interval | null;
};

export type FamilyKind = 'share' | 'sum' | 'equality' | 'inequality' | 'identity' | 'period' | 'status';

export type RelationFamily = {
  readonly id: number;
  readonly kind: FamilyKind;
  /** One line a person reads: what relation, between which columns, on how many rows it was checked. */
  readonly text: string;
  /**
   * Non-trivial rows on which it was seen to hold; the least supported family is dropped first.
   * Infinity marks a fact read from the publication, which is never dropped.
   */
  readonly support: number;
};

/** A coefficient on a quantity. */
export type Term = readonly [quantity: number, coefficient: number];

/** lo ≤ Σ coefficient · true value ≤ hi, believed as part of `family`. */
export type Constraint = {
  readonly terms: readonly Term[];
  readonly lo: number;
  readonly hi: number;
  readonly family: number;
};

/** Rows of count cells (quantity ids) labelled by dimensions: a table, a slice of one, or derived totals. */
export type CountView = {
  readonly name: string;
  readonly tableId: string;
  /** Set on views the attacker derived from a table; such a view is never compared with its table. */
  readonly derivedFrom?: string;
  readonly dimensions: readonly string[];
  readonly columns: readonly string[];
  readonly rows: readonly { readonly key: readonly string[]; readonly cells: readonly number[] }[];
};

/** Collects quantities, their bounds from the publication, and the relation families found. */
export class ModelBuilder {
  readonly quantities: Quantity[] = [];
  /** What the publication alone says of each true value (published ± D, status); never dropped. */
  readonly bounds: Interval[] = [];
  readonly families: RelationFamily[] = [];
  readonly constraints: Constraint[] = [];

  constructor(readonly options: ResolvedOptions) {}

  addQuantity(quantity: Omit<Quantity, 'id'>, bounds: Interval): number {
    const id = this.quantities.length;
    this.quantities.push({ ...quantity, id });
    this.bounds.push(bounds);
    return id;
  }

  addFamily(
    kind: FamilyKind,
    text: string,
    support: number,
    constraints: readonly Omit<Constraint, 'family'>[],
  ): number {
    const id = this.families.length;
    this.families.push({ id, kind, text, support });
    for (const constraint of constraints) this.constraints.push({ ...constraint, family: id });
    return id;
  }

  /**
   * The true value's bounds implied by a published (perturbed) interval: ± D; zeros are exact, so
   * a count published above zero is at least 1.
   */
  boundsFromPublished(published: Interval): Interval {
    const d = this.options.maxNoise;
    if (published.hi === 0) return { lo: 0, hi: 0 };
    return { lo: Math.max(published.lo > 0 ? 1 : 0, published.lo - d), hi: published.hi + d };
  }
}
