import * as z from 'zod/mini';
import { ROUNDING_MODES } from './rounding.js';

/**
 * Schema of a {@link "chitieu"!Rounding} mode, for options and results read from JSON.
 *
 * @category Numbers
 * @example
 * ```ts
 * import * as z from 'zod/mini';
import { ROUNDING_MODES } from './rounding.js';
 * z.parse(roundingSchema, 'truncate');
 * //=> 'truncate'
 * z.safeParse(roundingSchema, 'round').success;
 * //=> false
 * ```
 */
export const roundingSchema = /* @__PURE__ */ z.enum(ROUNDING_MODES);
