import type { IndicatorDefinition } from './indicator-definition.ts';
import { victimsPerYear } from './victims-per-year.ts';
import { victimsPerYearBySource } from './victims-per-year-by-source.ts';

/** Every indicator the monitor publishes, found by id. */
export const indicatorRegistry: ReadonlyMap<string, IndicatorDefinition> = new Map(
  [victimsPerYearBySource, victimsPerYear].map((d) => [d.id, d]),
);
