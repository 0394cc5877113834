import * as z from 'zod/mini';
import { type Strictness, strictnessSchema } from '../attainment/attainment-schema.js';
import { parseWithSchema } from '../validation/parse-with-schema.js';
import type { ColumnRole } from './columns.js';

const columnSchema = /* @__PURE__ */ z.optional(z.nullable(z.int().check(z.gte(0), z.lte(1000))));

/** @internal Schema of {@link ReadPlanTableOptions}: unknown keys are refused. */
export const readPlanTableOptionsSchema = /* @__PURE__ */ z.strictObject({
  id: z.optional(z.string().check(z.minLength(1), z.maxLength(200))),
  title: z.optional(z.string().check(z.minLength(1), z.maxLength(2000))),
  issuer: z.optional(z.string().check(z.minLength(1), z.maxLength(2000))),
  year: z.optional(z.int().check(z.gte(1900), z.lte(2200))),
  source: z.optional(z.string().check(z.maxLength(2000))),
  columns: z.optional(
    z.strictObject({
      index: columnSchema,
      indicator: columnSchema,
      unit: columnSchema,
      plan: columnSchema,
      result: columnSchema,
      previous: columnSchema,
      percent: columnSchema,
      verdict: columnSchema,
    }),
  ),
});

/**
 * Options of {@link readPlanTable}:
 *
 * - `id`, `title`, `issuer`, `source`: the plan's (defaults: "plan-table", "Bảng chỉ tiêu
 *   năm …", "Không ghi", none);
 * - `year`: the year the table is about, when its headers name none ("Ước TH năm 2023"
 *   names 2023);
 * - `columns`: the column of a role, 0-based, where the header does not say it plainly
 *   (`{ verdict: 7 }`), or null where a column the header names holds something else
 *   (`{ percent: null }`); the rest are still found from the header.
 *
 * @category Plans
 */
export interface ReadPlanTableOptions {
  readonly id?: string | undefined;
  readonly title?: string | undefined;
  readonly issuer?: string | undefined;
  readonly year?: number | undefined;
  readonly source?: string | undefined;
  readonly columns?: PlanTableColumns | undefined;
}

/**
 * The column (0-based) of each {@link ColumnRole}, for {@link ReadPlanTableOptions.columns}:
 * a number sets it, `null` unsets a column the header names, absent keeps what the header
 * says.
 *
 * @category Plans
 */
export type PlanTableColumns = { readonly [R in ColumnRole]?: number | null | undefined };

/** @internal Schema of {@link EvaluatePlanTableOptions}: unknown keys are refused. */
export const evaluatePlanTableOptionsSchema = /* @__PURE__ */ z.strictObject({
  ...readPlanTableOptionsSchema.def.shape,
  strictness: z.optional(strictnessSchema),
});

/**
 * Options of {@link evaluatePlanTable}: those of {@link readPlanTable}, and `strictness`
 * for a result exactly on a strict bound. Unless given, a bound printed as a symbol ("<
 * 7,6", ">2.300") is read literally (7,6 does not meet "< 7,6"), a bound in words ("dưới
 * 4", "trên 150") leniently, as {@link evaluatePlan} does.
 *
 * @category Plans
 */
export interface EvaluatePlanTableOptions extends ReadPlanTableOptions {
  readonly strictness?: Strictness | undefined;
}

/** @internal Validate options; a misspelled key is `invalid-argument` at `['options', key]`. */
export function checkTableOptions<S extends z.ZodMiniType>(
  schema: S,
  options: unknown,
): z.output<S> {
  return parseWithSchema(
    schema,
    options ?? {},
    'invalid-argument',
    'options { id?, title?, issuer?, year?, source?, columns?: { index?, indicator?, unit?, plan?, result?, previous?, percent?, verdict? }, strictness? }',
    ['options'],
  );
}
