import * as z from 'zod/mini';
import { roundingSchema as roundingModeSchema } from '../numeric/rounding-schema.js';
import { decimalSchema } from '../validation/decimal-schema.js';

/**
 * Schema of {@link ChangeBasis}.
 *
 * @category Audit
 * @example
 * ```ts
 * import * as z from 'zod/mini';
 * z.parse(changeBasisSchema, 'points');
 * //=> 'points'
 * ```
 */
export const changeBasisSchema = /* @__PURE__ */ z.enum(['absolute', 'points']);

/**
 * How a published change is measured: `absolute`, in the indicator's own units ("tăng 19
 * tiêu chí"), or `points`, percentage points of a rate ("tỷ lệ hộ nghèo … giảm 1,02%" from
 * 4,98% to 3,96%).
 *
 * @category Audit
 */
export type ChangeBasis = z.output<typeof changeBasisSchema>;

const shared = {
  current: decimalSchema,
  published: decimalSchema,
  publishedText: z.nullable(z.string()),
  unit: z.nullable(z.string()),
  comparedWith: z.nullable(z.string()),
  basis: changeBasisSchema,
  impliedPrevious: decimalSchema,
  decimals: z.nullable(z.number().check(z.int(), z.nonnegative())),
  warnings: z.readonly(z.array(z.string())),
  explanation: z.string(),
};

/**
 * Schema of a {@link ChangeCheck}, the result of {@link "chitieu"!checkChange}.
 *
 * @category Audit
 * @example
 * ```ts
 * import * as z from 'zod/mini';
 * const r = checkChange(381, 362, 'tăng 19 tiêu chí');
 * z.parse(changeCheckSchema, JSON.parse(JSON.stringify(r))).impliedPrevious.toString();
 * //=> '362'
 * ```
 */
export const changeCheckSchema = /* @__PURE__ */ z.discriminatedUnion('verdict', [
  z.readonly(
    z.object({
      ...shared,
      verdict: z.enum(['consistent', 'unreproducible']),
      consistent: z.boolean(),
      previous: decimalSchema,
      computed: decimalSchema,
      difference: decimalSchema,
      matches: z.readonly(z.array(roundingModeSchema)),
    }),
  ),
  z.readonly(
    z.object({
      ...shared,
      verdict: z.literal('unchecked'),
      consistent: z.null(),
      previous: z.null(),
      computed: z.null(),
      difference: z.null(),
      matches: z.readonly(z.array(roundingModeSchema)),
    }),
  ),
]);

/**
 * The result of {@link "chitieu"!checkChange}: does a published change ("381 tiêu chí đạt chuẩn (tăng
 * 19 tiêu chí so với năm 2020)") agree with the two figures it compares?
 *
 * - `current`, `previous`: the figures (`previous` is `null` when not known);
 * - `published`: the published change, signed (−1.02 for "giảm 1,02%"); `publishedText`: the
 *   phrase or Vietnamese number it was read from (null for a number); `unit`, `comparedWith`:
 *   as read from the phrase;
 * - `basis`: `absolute` units or percentage `points` (see {@link ChangeBasis});
 * - `computed`: current − previous (points for a rate); `difference`: computed − published;
 * - `impliedPrevious`: current − published, the previous figure the publication implies
 *   (381, "tăng 19" → 362);
 * - `warnings`: what looks wrong without being decided: an implied previous figure below
 *   zero (usually a figure in the wrong notation);
 * - `decimals`, `matches`: with `options.decimals`, the rounding modes under which the
 *   computed change prints the published one; `decimals` is `null` and `matches` empty
 *   when the comparison is exact (the default);
 * - `verdict` / `consistent`: `consistent` or `unreproducible`, or `unchecked` (and
 *   `consistent: null`, `computed`, `difference` null) when there was no previous figure.
 *
 * @category Audit
 */
export type ChangeCheck = z.output<typeof changeCheckSchema>;
