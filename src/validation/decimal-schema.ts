import * as z from 'zod/mini';
import { readsTwoWays } from '../notation/read-figure.js';
import type { Decimal, Numeric } from '../numeric/decimal.js';
import { isNumeric, toDecimal } from '../numeric/to-decimal.js';

/**
 * Schema of a number field: accepts a finite number, a JavaScript-notation numeric string
 * (what `JSON.stringify` makes of a Decimal) or a Decimal, and outputs a chitieu
 * {@link Decimal}. Vietnamese notation is not accepted here: it is ambiguous ("3.365").
 *
 * @category Numbers
 * @example
 * ```ts
 * import * as z from 'zod/mini';
 * z.parse(decimalSchema, '112.5').toString();
 * //=> '112.5'
 * ```
 */
export const decimalSchema: z.ZodMiniType<Decimal, Numeric> = /* @__PURE__ */ z.pipe(
  z.custom<Numeric>(isNumeric, {
    error: 'expected a finite number or a numeric string in JavaScript notation ("51.5")',
  }),
  z.transform((x: Numeric) => toDecimal(x)),
);

/**
 * Schema of a non-negative number field (counts, amounts): as {@link decimalSchema}, and ≥ 0.
 *
 * @category Numbers
 * @example
 * ```ts
 * import * as z from 'zod/mini';
 * z.safeParse(nonNegativeDecimalSchema, -1).success;
 * //=> false
 * ```
 */
export const nonNegativeDecimalSchema: z.ZodMiniType<Decimal, Numeric> = /* @__PURE__ */ z.pipe(
  decimalSchema,
  z.custom<Decimal>((d) => !(d as Decimal).isNegative(), {
    error: 'expected a number that is not negative',
  }),
);

/**
 * @internal {@link decimalSchema} for a figure that sits beside Vietnamese phrases (a plan
 * item's actual and baseline): a string that reads differently in JavaScript and Vietnamese
 * notation ("3.365") is refused rather than read as 3,365.
 */
export const figureSchema: z.ZodMiniType<Decimal, Numeric> = /* @__PURE__ */ z.pipe(
  z.custom<Numeric>((x) => !readsTwoWays(x), {
    error:
      'expected a figure that means one value: a string such as "3.365" is 3,365 in JavaScript notation but 3365 in Vietnamese notation; write the number (3365 or 3.365), or read the text with parseViNumber',
  }),
  decimalSchema,
);
