import type { Label } from '../contract/index.ts';

export type IndicatorPeriod = { readonly from: number; readonly to: number };

/** An indicator is data: what it means, its unit and breakdowns, and the SQL that computes it. */
export type IndicatorDefinition = {
  readonly id: string;
  readonly title: Label;
  readonly unit: Label;
  readonly breakdowns: readonly string[];
  /** Named SQL over the store; `?` placeholders take the period's first and last year. */
  readonly sql: string;
};
