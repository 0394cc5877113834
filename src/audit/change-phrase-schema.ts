import * as z from 'zod/mini';
import { decimalSchema } from '../validation/decimal-schema.js';

/**
 * Schema of a {@link ChangePhrase}.
 *
 * @category Audit
 * @example
 * ```ts
 * import * as z from 'zod/mini';
 * const c = readChangePhrase('giảm 1,02%');
 * z.parse(changePhraseSchema, JSON.parse(JSON.stringify(c))).value.toString();
 * //=> '-1.02'
 * ```
 */
export const changePhraseSchema = /* @__PURE__ */ z.readonly(
  z.object({
    text: z.string(),
    verb: z.string(),
    direction: z.enum(['increase', 'decrease']),
    magnitude: decimalSchema,
    value: decimalSchema,
    unit: z.nullable(z.string()),
    comparedWith: z.nullable(z.string()),
  }),
);

/**
 * A published change read from its Vietnamese phrase by {@link readChangePhrase}:
 * "tăng 19 tiêu chí so với năm 2020", "giảm 1,02%".
 *
 * - `text`: the phrase as given; `verb`: the verb as read, lower-cased ("tăng", "giảm thêm");
 * - `direction`: `increase` for tăng / tăng thêm / có thêm / thêm, `decrease` for giảm /
 *   giảm thêm;
 * - `magnitude`: the number as printed (19, 1.02); `value`: signed by the direction
 *   (+19, −1.02);
 * - `unit`: what follows the number ("tiêu chí", "%", "điểm phần trăm"), or null;
 * - `comparedWith`: what follows "so với" ("năm 2020", "cùng kỳ năm trước"), or null.
 *
 * @category Audit
 */
export type ChangePhrase = z.output<typeof changePhraseSchema>;
