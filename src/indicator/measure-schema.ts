import * as z from 'zod/mini';
import { DIRECTIONS, MEASURES } from './measure-values.js';

/**
 * Schema of {@link Measure}.
 *
 * @category Targets
 * @example
 * ```ts
 * import * as z from 'zod/mini';
 * z.parse(measureSchema, 'rate');
 * //=> 'rate'
 * ```
 */
export const measureSchema = /* @__PURE__ */ z.enum(MEASURES);

/**
 * What kind of quantity an indicator is, which decides how its change is expressed:
 *
 * - `count`: things counted (đảng viên, xã, tiêu chí, mô hình); change in units.
 * - `amount`: a quantity with a unit (tỷ đồng, triệu đồng/người/năm, tấn); change in units
 *   or percent.
 * - `rate`: a percentage (tỷ lệ hộ nghèo 3,96%); its change is in percentage points:
 *   "giảm 1,02%" from 4,98% to 3,96% means 1,02 points.
 *
 * @category Targets
 */
export type Measure = z.output<typeof measureSchema>;

/**
 * Schema of {@link Direction}.
 *
 * @category Targets
 * @example
 * ```ts
 * import * as z from 'zod/mini';
 * z.parse(directionSchema, 'lower-is-better');
 * //=> 'lower-is-better'
 * ```
 */
export const directionSchema = /* @__PURE__ */ z.enum(DIRECTIONS);

/**
 * Which way is good for an indicator: income and admissions are `higher-is-better`; the
 * poverty rate (tỷ lệ hộ nghèo) and the third-child birth rate are `lower-is-better`.
 *
 * @category Targets
 */
export type Direction = z.output<typeof directionSchema>;
