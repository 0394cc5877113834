export { type IndicatorKey, indicators } from './catalogue.js';
export { getIndicator } from './get-indicator.js';
export {
  type Indicator,
  type IndicatorGroup,
  indicatorGroupSchema,
  indicatorSchema,
} from './indicator-schema.js';
export { type Direction, directionSchema, type Measure, measureSchema } from './measure-schema.js';
export { parseIndicator } from './parse-indicator.js';
