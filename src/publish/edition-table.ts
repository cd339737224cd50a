import type { Label } from '../contract/index.ts';
import type { Edition } from './create-edition.ts';

export type CellValue = string | number | boolean | null;
export type SuppressionReason = 'threshold' | 'dominance' | 'secondary';

/** One row of a published table: its values, or its breakdown only with the reason its numbers are withheld. */
export type EditionTableRow = {
  readonly values: Readonly<Record<string, CellValue>>;
  readonly status: 'published' | SuppressionReason;
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
  readonly tables: number;
  readonly cells: number;
  /** Rows of the published tables withheld, by the most telling reason of their cells. */
  readonly suppressed: Readonly<Record<SuppressionReason, number>>;
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
