import type { Label, SourceCode } from '../contract/index.ts';

export type IndicatorPeriod = { readonly from: number; readonly to: number };

export type IndicatorRatio = {
  readonly numerator: string;
  readonly denominator: string;
  readonly previousRow?: { readonly partition: readonly string[]; readonly order: string };
};

/** A number the analyst may set, such as a throughput norm; its value is bound after the period's years. */
export type IndicatorParameter = {
  readonly name: string;
  readonly label: Label;
  readonly unit: Label;
  readonly defaultValue: number;
};

/** An indicator is data: what it means, its unit, sources and breakdowns, and the SQL that computes it. */
export type IndicatorDefinition = {
  readonly id: string;
  readonly title: Label;
  /** What is counted and how, in words a reader of the monitor can check against the SQL. */
  readonly definition: Label;
  readonly unit: Label;
  /** The chain partners whose registrations the indicator reads (empty: a pipeline output). */
  readonly sources: readonly SourceCode[];
  readonly breakdowns: readonly string[];
  readonly parameters?: readonly IndicatorParameter[];
  /**
   * Published columns computed from counts, recomputed by disclosure control from the protected
   * counts (never from the true ones): `share: { numerator: 'in_home', denominator: 'registrations' }`.
   * A numerator or denominator may be a count the table does not publish; its name then starts with
   * `n_` and it is dropped after use. `previousRow` divides by the denominator of the row before in
   * the same `partition` (a step of the chain relative to the previous step).
   */
  readonly ratios?: Readonly<Record<string, IndicatorRatio>>;
  /**
   * Means, medians and other summaries of the units behind a count: published rounded, and withheld
   * with the row when their count is.
   */
  readonly summaries?: Readonly<Record<string, { readonly count: string }>>;
  /**
   * Named SQL over the tables `indicatorBaseTables` prepares from the current views and `person_link`. `$1` and `$2` are the period's
   * first and last year; `$3`, `$4`, … the parameters in the order they are declared.
   */
  readonly sql: string;
};

/** Parameter values by indicator id and parameter name; anything not given takes its default. */
export type IndicatorSettings = Readonly<Record<string, Readonly<Record<string, number>>>>;
