import * as z from 'zod/mini';
import { measureSchema } from '../indicator/measure-schema.js';
import { decimalSchema } from '../validation/decimal-schema.js';
import { CHANGE_DIRECTIONS, CHANGE_UNITS } from './change-values.js';

/**
 * Schema of {@link ChangeDirection}.
 *
 * @category Attainment
 * @example
 * ```ts
 * import * as z from 'zod/mini';
 * z.parse(changeDirectionSchema, 'decrease');
 * //=> 'decrease'
 * ```
 */
export const changeDirectionSchema = /* @__PURE__ */ z.enum(CHANGE_DIRECTIONS);

/**
 * Which way a figure moved: tăng (`increase`), giảm (`decrease`) or không đổi (`unchanged`).
 *
 * @category Attainment
 */
export type ChangeDirection = z.output<typeof changeDirectionSchema>;

/**
 * Schema of a {@link Change}, for results that come back as JSON.
 *
 * @category Attainment
 * @example
 * ```ts
 * import * as z from 'zod/mini';
 * const c = change(169, 48);
 * z.parse(changeSchema, JSON.parse(JSON.stringify(c))).absolute.toString();
 * //=> '121'
 * ```
 */
export const changeSchema = /* @__PURE__ */ z.readonly(
  z.object({
    absolute: decimalSchema,
    relative: z.nullable(decimalSchema),
    direction: changeDirectionSchema,
    unit: z.enum(CHANGE_UNITS),
    current: decimalSchema,
    previous: decimalSchema,
    measure: z.nullable(measureSchema),
  }),
);

/**
 * The result of {@link change}: how a figure moved from one period to the next
 * ("tăng 121 đảng viên so với năm 2020"; "tỷ lệ hộ nghèo … giảm 1,02%").
 *
 * - `absolute`: current − previous, signed; in percentage points (`unit: 'points'`) when the
 *   measure is `rate`, else in the figure's own units (`unit: 'units'`).
 * - `relative`: the change in percent of |previous| (so its sign is the sign of the
 *   change); `null` when previous is 0.
 * - `direction`: increase / decrease / unchanged.
 * - `current`, `previous`, `measure`: the inputs (measure `null` when not given).
 *
 * @category Attainment
 */
export type Change = z.output<typeof changeSchema>;
