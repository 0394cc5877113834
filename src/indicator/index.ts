export { type IndicatorKey, indicators } from './catalogue.js';
export { getIndicator } from './get-indicator.js';
export type { Indicator, IndicatorGroup } from './indicator-schema.js';
export type { Direction, Measure } from './measure-schema.js';
