import type { Row, SqlParams, Store } from '../store/index.ts';
import { indicatorBaseTables } from './indicator-base-tables.ts';
import type { IndicatorDefinition, IndicatorPeriod, IndicatorSettings } from './indicator-definition.ts';
import { indicatorRegistry } from './indicator-registry.ts';
import { bindCellKeySecret } from './sql/cell-key-sql.ts';

export type IndicatorValues = Readonly<Record<string, readonly Row[]>>;

/** The values bound to an indicator's SQL: the period's years, then each parameter (set or default). */
export function indicatorParams(
  definition: IndicatorDefinition,
  period: IndicatorPeriod,
  settings: IndicatorSettings = {},
): SqlParams {
  const given = settings[definition.id] ?? {};
  const declared = definition.parameters ?? [];
  for (const name of Object.keys(given)) {
    if (!declared.some((p) => p.name === name))
      throw new RangeError(`indicator ${definition.id} has no parameter ${name}`);
  }
  return [period.from, period.to, ...declared.map((p) => given[p.name] ?? p.defaultValue)];
}

/**
 * Builds the shared temporary tables the indicator SQL reads, telling `onStep` each one done; returns
 * how to drop them again. Call it inside `store.session`: the tables exist on that connection only.
 */
export async function prepareIndicatorTables(
  store: Store,
  onStep: (name: string) => void = () => {},
): Promise<() => Promise<void>> {
  // Every count's cell key hashes its units with the store's secret (see sql/cell-key-sql.ts).
  await bindCellKeySecret(store);
  for (const step of indicatorBaseTables) {
    await store.run(`CREATE OR REPLACE TEMP ${step.kind.toUpperCase()} ${step.name} AS ${step.sql}`);
    onStep(step.name);
  }
  return async () => {
    for (const step of [...indicatorBaseTables].reverse())
      await store.run(`DROP ${step.kind.toUpperCase()} IF EXISTS temp.${step.name}`);
  };
}

/** Runs one indicator's SQL on prepared tables (see `prepareIndicatorTables`). */
export async function queryIndicator(
  store: Store,
  definition: IndicatorDefinition,
  period: IndicatorPeriod,
  settings: IndicatorSettings = {},
): Promise<Row[]> {
  return store.all(definition.sql, indicatorParams(definition, period, settings));
}

/** Computes one indicator for a period. */
export async function computeIndicator(
  store: Store,
  definition: IndicatorDefinition,
  period: IndicatorPeriod,
  settings: IndicatorSettings = {},
): Promise<Row[]> {
  return store.session(async () => {
    const drop = await prepareIndicatorTables(store);
    try {
      return await queryIndicator(store, definition, period, settings);
    } finally {
      await drop();
    }
  });
}

/** Computes every registered indicator for a period; `settings` overrides parameters such as a norm. */
export async function computeIndicators(
  store: Store,
  period: IndicatorPeriod,
  settings: IndicatorSettings = {},
): Promise<IndicatorValues> {
  for (const id of Object.keys(settings)) if (!indicatorRegistry.has(id)) throw new RangeError(`no indicator ${id}`);
  return store.session(async () => {
    const drop = await prepareIndicatorTables(store);
    try {
      const values: Record<string, Row[]> = {};
      for (const [id, definition] of indicatorRegistry)
        values[id] = await queryIndicator(store, definition, period, settings);
      return values;
    } finally {
      await drop();
    }
  });
}
