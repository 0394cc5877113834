import * as z from 'zod/mini';
import { decimalSchema } from '../validation/decimal-schema.js';

const atLeastSchema = z.readonly(
  z.object({ kind: z.literal('at-least'), value: decimalSchema, strict: z.boolean() }),
);
const atMostSchema = z.readonly(
  z.object({ kind: z.literal('at-most'), value: decimalSchema, strict: z.boolean() }),
);
const exactSchema = z.readonly(z.object({ kind: z.literal('exact'), value: decimalSchema }));
const rangeSchema = z.readonly(
  z.object({ kind: z.literal('range'), min: decimalSchema, max: decimalSchema }).check(
    z.refine((r) => r.min.lte(r.max), {
      error: 'expected a range whose min is not above its max',
      path: ['max'],
    }),
  ),
);
const approximatelySchema = z.readonly(
  z.object({ kind: z.literal('approximately'), value: decimalSchema }),
);

/**
 * Schema of a {@link LevelTarget}: a target on the level to reach (not on a change).
 *
 * @category Targets
 * @example
 * ```ts
 * import * as z from 'zod/mini';
 * z.parse(levelTargetSchema, { kind: 'exact', value: '72' }).value.toString();
 * //=> '72'
 * ```
 */
export const levelTargetSchema = /* @__PURE__ */ z.discriminatedUnion('kind', [
  atLeastSchema,
  atMostSchema,
  exactSchema,
  rangeSchema,
  approximatelySchema,
]);

const changeSchema = z.readonly(
  z.object({
    kind: z.literal('change'),
    direction: z.enum(['increase', 'decrease']),
    by: levelTargetSchema,
    basis: z.enum(['absolute', 'points', 'percent']),
  }),
);

/**
 * Schema of a {@link Target}. Number fields accept numbers, JavaScript-notation strings
 * (what `JSON.stringify` makes of a Decimal) or Decimals, and come out as Decimals.
 *
 * @category Targets
 * @example
 * ```ts
 * import * as z from 'zod/mini';
 * const t = z.parse(targetSchema, { kind: 'at-least', value: 150, strict: true });
 * t.value.toString();
 * //=> '150'
 * ```
 */
export const targetSchema = /* @__PURE__ */ z.discriminatedUnion('kind', [
  atLeastSchema,
  atMostSchema,
  exactSchema,
  rangeSchema,
  approximatelySchema,
  changeSchema,
]);

/**
 * A target on a level (chỉ tiêu mức): every {@link Target} kind except `change`.
 *
 * - `at-least`: "trên 150" (strict), "ít nhất 2", "từ 150 trở lên", "≥ 80%" (not strict)
 * - `at-most`: "dưới 4%" (strict), "không quá 5%", "tối đa 20%" (not strict)
 * - `exact`: "đạt 100%", "đạt 72 tỷ đồng"
 * - `range`: "12–13%", "từ 3 đến 4%"
 * - `approximately`: "khoảng 3.200 tỷ đồng"
 *
 * @category Targets
 */
export type LevelTarget = z.output<typeof levelTargetSchema>;

/**
 * A target (chỉ tiêu) as plain data: a {@link LevelTarget}, or a `change` from a baseline
 * ("giảm 1–1,5%", "có thêm 2 xã", "tăng 10% so với năm trước") whose `by` is the level
 * target on the size of the change and whose `basis` says how the change is measured:
 * `absolute` (units: "thêm 2 xã"), `points` (percentage points of a rate: "tỷ lệ hộ nghèo
 * giảm 1–1,5%") or `percent` (relative to the baseline: "tăng 10% so với năm trước").
 *
 * @category Targets
 */
export type Target = z.output<typeof targetSchema>;

/**
 * A {@link Target} as JSON gives it: numbers may be numbers or JavaScript-notation strings.
 *
 * @category Targets
 */
export type TargetInput = z.input<typeof targetSchema>;

/**
 * The `kind` of a {@link Target}.
 *
 * @category Targets
 */
export type TargetKind = Target['kind'];
