import * as z from 'zod/mini';
import { nonBlankTextSchema } from '../validation/non-blank-text-schema.js';
import { directionSchema, measureSchema } from './measure-schema.js';

/**
 * Schema of {@link IndicatorGroup}.
 *
 * @category Targets
 * @example
 * ```ts
 * import * as z from 'zod/mini';
 * z.parse(indicatorGroupSchema, 'party-building');
 * //=> 'party-building'
 * ```
 */
export const indicatorGroupSchema = /* @__PURE__ */ z.enum([
  'economy',
  'society',
  'environment',
  'party-building',
  'defence',
]);

/**
 * The field of a plan an indicator belongs to, as district reports group them: kinh tế
 * (`economy`), văn hóa – xã hội (`society`), môi trường (`environment`), xây dựng Đảng
 * (`party-building`), quốc phòng – an ninh (`defence`).
 *
 * @category Targets
 */
export type IndicatorGroup = z.output<typeof indicatorGroupSchema>;

/** A kebab-case id: lower-case ASCII letters and digits in groups joined by single hyphens. */
const KEBAB_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Schema of an {@link Indicator}. The id is kebab-case (`party-admissions`), the name is the
 * Vietnamese name as plans print it, the unit is the unit of its figures (`null` for a bare
 * count).
 *
 * @category Targets
 * @example
 * ```ts
 * import * as z from 'zod/mini';
 * const i = z.parse(indicatorSchema, {
 *   id: 'party-admissions',
 *   name: 'Kết nạp đảng viên mới',
 *   unit: 'đảng viên',
 *   measure: 'count',
 *   direction: 'higher-is-better',
 * });
 * i.measure;
 * //=> 'count'
 * z.safeParse(indicatorSchema, { ...i, id: 'Party Admissions' }).success;
 * //=> false
 * ```
 */
export const indicatorSchema = /* @__PURE__ */ z.readonly(
  z.object({
    id: z.string().check(z.maxLength(100), z.regex(KEBAB_CASE)),
    name: nonBlankTextSchema(300),
    unit: z.nullable(nonBlankTextSchema(100)),
    measure: measureSchema,
    direction: directionSchema,
    group: z.optional(indicatorGroupSchema),
    description: z.optional(z.string().check(z.maxLength(2000))),
  }),
);

// An interface, not a type alias, so that the API docs show `Indicator` (one link) for each
// entry of the catalogue instead of 21 copies of its fields; same members as the schema's output.
/**
 * An indicator (chỉ tiêu): what a plan sets a target on and a report states a figure for.
 *
 * - `id`: kebab-case identifier (`poverty-rate`)
 * - `name`: Vietnamese name ("Tỷ lệ hộ nghèo")
 * - `unit`: unit of its figures ("đảng viên", "%", "triệu đồng/người/năm", "tỷ đồng", "xã",
 *   "tiêu chí", "sản phẩm"), or `null`
 * - `measure`: `count`, `amount` or `rate` (a rate's change is in percentage points)
 * - `direction`: which way is good (`lower-is-better` for the poverty rate)
 * - `group`: the field of the plan, optional
 * - `description`: free text, optional
 *
 * @category Targets
 */
export interface Indicator extends z.output<typeof indicatorSchema> {}
