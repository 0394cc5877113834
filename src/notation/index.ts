export { type FormatViNumberOptions, formatViNumber } from './format-vi-number.js';
export { formatViPercent } from './format-vi-percent.js';
export { HOUSE_ROUNDING, type RoundingOptions } from './house-rounding.js';
export { type ParseViNumberOptions, parseViNumber } from './parse-vi-number.js';
