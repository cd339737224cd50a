/** One interior cell of a published table: a count (or a magnitude) per combination of dimension values. */
export type Cell = {
  readonly key: readonly string[];
  readonly value: number;
  readonly contributors?: readonly number[];
};

export type PublishedTable = {
  readonly id: string;
  /** e.g. ['year', 'source'] */
  readonly dimensions: readonly string[];
  /** Interior cells; one key entry per dimension. */
  readonly cells: readonly Cell[];
  /**
   * 'derive' (default): every margin and the grand total are published too (or can be worked out).
   * `{ over }`: only the sums over these dimensions are; the table is a set of separate blocks, one
   * per value of the other dimensions (age bands summing to each year's total, not years to a total).
   * 'none': no sum of its cells is known.
   */
  readonly totals?: 'derive' | 'none' | { readonly over: readonly string[] };
  /**
   * Cells or margins (by `JSON.stringify(key)`, '*' for a summed dimension) that are the same number
   * as every other cell or margin, in any table, given the same identity: a half-year's closing
   * stock is the next half-year's opening stock. Quantities are otherwise linked by dimension names,
   * values and value.
   */
  readonly identities?: Readonly<Record<string, string>>;
};

export type SuppressionReason = 'threshold' | 'dominance' | 'secondary';

export type ProtectedCell =
  | { key: readonly string[]; value: number }
  | { key: readonly string[]; suppressed: SuppressionReason };

export type ProtectedTable = {
  id: string;
  dimensions: readonly string[];
  cells: ProtectedCell[];
  /** Margins and the grand total; '*' in the key marks a summed dimension. */
  margins: ProtectedCell[];
};

export type DisclosureOptions = {
  /** Counts 0 < value < threshold are suppressed. Default 10. */
  threshold?: number;
  /** (n, k) dominance: suppressed when the n largest contributors exceed k % of the cell. */
  dominance?: { n: number; k: number };
  /** Complementary suppression so that no suppressed cell can be recovered. Default true. */
  secondary?: boolean;
};

export type AuditResult = {
  tableId: string;
  key: readonly string[];
  trueValue: number;
  /** The attacker's interval: min and max of the cell over every table consistent with what was published. */
  feasible: { low: number; high: number };
  /** The interval the attacker must not be able to narrow below. */
  protection: { low: number; high: number };
  safe: boolean;
};

export type AuditOptions = {
  /** ±p in counts when p ≥ 1; a share of the cell's value when 0 < p < 1. Default 10. */
  protectionLevel?: number;
};
