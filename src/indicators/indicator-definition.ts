import type { Label, SourceCode } from '../contract/index.ts';

export type IndicatorPeriod = { readonly from: number; readonly to: number };

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
   * Named SQL over the tables `indicatorBaseTables` prepares from the current views and `person_link`. `$1` and `$2` are the period's
   * first and last year; `$3`, `$4`, … the parameters in the order they are declared.
   */
  readonly sql: string;
};

/** Parameter values by indicator id and parameter name; anything not given takes its default. */
export type IndicatorSettings = Readonly<Record<string, Readonly<Record<string, number>>>>;
