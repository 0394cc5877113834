export { type Direction, directionSchema, type Measure, measureSchema } from './measure-schema.js';
