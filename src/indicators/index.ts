export {
  computeIndicator,
  computeIndicators,
  type IndicatorValues,
  indicatorParams,
  prepareIndicatorTables,
  queryIndicator,
} from './compute-indicators.ts';
export type {
  IndicatorDefinition,
  IndicatorParameter,
  IndicatorPeriod,
  IndicatorSettings,
} from './indicator-definition.ts';
export { indicatorRegistry } from './indicator-registry.ts';
export { bindCellKeySecret, cellKeyRange, cellKeySql, cellKeySuffix } from './sql/cell-key-sql.ts';
export { renderIndicatorCatalogue } from './render-indicator-catalogue.ts';
