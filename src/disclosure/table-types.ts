/** One interior cell of a published table: a count (or a magnitude) per combination of dimension values. */
export type Cell = { readonly key: readonly string[]; readonly value: number; readonly contributors?: readonly number[] };

export type PublishedTable = {
  readonly id: string;
  /** e.g. ['year', 'source'] */
  readonly dimensions: readonly string[];
  /** Interior cells; one key entry per dimension. */
  readonly cells: readonly Cell[];
  /** 'derive' (default): every margin and the grand total are published too. */
  readonly totals?: 'derive' | 'none';
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
