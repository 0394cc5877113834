export { Decimal, type Numeric } from './decimal.js';
export { percentOf } from './percent-of.js';
export { ratio } from './ratio.js';
export { roundTo } from './round-to.js';
export { type Rounding, roundings } from './rounding.js';
export { isNumeric, toDecimal } from './to-decimal.js';
