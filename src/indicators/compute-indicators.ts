import type { Row, Store } from '../store/index.ts';
import type { IndicatorPeriod } from './indicator-definition.ts';
import { indicatorRegistry } from './indicator-registry.ts';

export type IndicatorValues = Readonly<Record<string, readonly Row[]>>;

/** Computes every registered indicator for a period. */
export async function computeIndicators(store: Store, period: IndicatorPeriod): Promise<IndicatorValues> {
  const values: Record<string, Row[]> = {};
  for (const [id, definition] of indicatorRegistry) values[id] = await store.all(definition.sql, [period.from, period.to]);
  return values;
}
