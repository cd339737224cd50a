import type { Label } from '../contract/index.ts';
import type { Edition } from './create-edition.ts';

export type CellValue = string | number | boolean | null;
export type SuppressionReason = 'threshold' | 'dominance' | 'secondary';

/** One row of a published table: its values, or its breakdown only with the reason its numbers are withheld. */
export type EditionTableRow = {
  readonly values: Readonly<Record<string, CellValue>>;
  readonly status: 'published' | SuppressionReason;
  /**
   * Before disclosure control only, never published: each count's cell key (0 … 2^31 − 1, see
   * src/indicators/sql/cell-key-sql.ts). Counts that only feed a ratio sit in `values` as `n_…`.
   */
  readonly cellKeys?: Readonly<Record<string, number>>;
};

/** One indicator as the edition publishes it: breakdown columns first, then the measures. */
export type EditionTable = {
  readonly id: string;
  readonly title: Label;
  readonly definition: Label;
  readonly unit: Label;
  readonly dimensions: readonly string[];
  readonly measures: readonly string[];
  readonly rows: readonly EditionTableRow[];
};

export type DisclosureSummary = {
  readonly threshold: number;
  /** The largest change the cell-key noise makes to a count. */
  readonly maxNoise: number;
  /** The promise: nobody can place a count closer than ± this to its true value. */
  readonly protection: number;
  readonly tables: number;
  /** Counts published or withheld, over every table (a count in two tables counts twice). */
  readonly cells: number;
  /** Counts published (not withheld), and of those the ones published with a value other than the true one. */
  readonly published: number;
  readonly changed: number;
  /** Mean absolute change over the published counts. */
  readonly meanAbsoluteChange: number;
  /** Rows of the published tables withheld, by the most telling reason of their cells. */
  readonly suppressed: Readonly<Record<SuppressionReason, number>>;
  /** Rows of the published tables, withheld or not. */
  readonly rows: number;
  /** Counts the outside attack bounded, and how many of them it could not narrow too far (all, or nothing is published). */
  readonly audited: number;
  readonly safe: number;
};

/** Everything a published edition shows, computed from what the edition froze only. */
export type EditionTables = {
  readonly edition: Edition;
  readonly tables: readonly EditionTable[];
  /** The estimation stage's output frozen with the edition (null when none was estimable). */
  readonly estimate: unknown;
  /** The linkage stage's output frozen with the edition. */
  readonly linkage: unknown;
  readonly disclosure: DisclosureSummary;
  /** The frozen delivery versions with their counts, for the methods page. */
  readonly deliveries: readonly FrozenDelivery[];
};

export type FrozenDelivery = {
  readonly deliveryId: string;
  readonly source: string;
  readonly recordType: string;
  readonly period: string;
  readonly rowsAccepted: number;
  readonly rowsQuarantined: number;
};
