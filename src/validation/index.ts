export { decimalSchema, nonNegativeDecimalSchema } from './decimal-schema.js';
