export { computeIndicators, type IndicatorValues } from './compute-indicators.ts';
export type { IndicatorDefinition, IndicatorPeriod } from './indicator-definition.ts';
export { indicatorRegistry } from './indicator-registry.ts';
