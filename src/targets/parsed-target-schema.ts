import * as z from 'zod/mini';
import { decimalSchema } from '../validation/decimal-schema.js';
import { targetSchema } from './target-schema.js';

/**
 * Schema of a {@link ParsedTarget}, so a parse result that went through `JSON.stringify`
 * (Decimals become strings) comes back as the same data.
 *
 * @category Targets
 * @example
 * ```ts
 * import * as z from 'zod/mini';
 * const parsed = parseTarget('trên 150 đảng viên');
 * const back = z.parse(parsedTargetSchema, JSON.parse(JSON.stringify(parsed)));
 * back.target;
 * //=> { kind: 'at-least', value: '150', strict: true }
 * back.unit;
 * //=> 'đảng viên'
 * ```
 */
export const parsedTargetSchema = /* @__PURE__ */ z.readonly(
  z.object({
    target: targetSchema,
    unit: z.nullable(z.string()),
    subject: z.nullable(z.string()),
    perYear: z.boolean(),
    text: z.string(),
    comparedTo: z.nullable(z.string()),
    rest: z.nullable(z.string()),
    byYear: z.nullable(z.int()),
    baseline: z.nullable(decimalSchema),
    warnings: z.readonly(z.array(z.string())),
  }),
);

/**
 * What {@link parseTarget} read from a Vietnamese target phrase:
 *
 * - `target`: the {@link Target}
 * - `unit`: the unit written after the figure ("đảng viên", "%", "tỷ đồng",
 *   "triệu đồng/người/năm", "xã đạt chuẩn NTM"), or `null`
 * - `subject`: the words around the figure that name what the target is about: the words
 *   before the qualifier ("Phấn đấu kết nạp", "tỷ lệ hộ nghèo", "thu ngân sách trên địa
 *   bàn") and, after a percentage, the noun phrase it is a share of ("… 80% tổ chức cơ sở
 *   đảng …"); per-year markers are left out; `null` if none
 * - `perYear`: the target is per year ("bình quân mỗi năm", "hằng năm", "mỗi năm")
 * - `text`: the phrase as read (NFC-normalised, trimmed)
 * - `comparedTo`: what a change is measured against ("năm 2021" in "so với năm 2021"), or
 *   `null`
 * - `rest`: text after the figure's clause that was not interpreted ("trong năm 2022"), or
 *   `null`
 * - `byYear`: the year the target is to be reached by ("đến năm 2025", "vào năm 2030", "năm
 *   2025, …"), or `null`; a base year ("so với năm 2020") or a price base ("giá so sánh năm
 *   2010") is not one
 * - `baseline`: a starting level written in the same clause ("từ 7.200 USD năm 2025 lên
 *   12.000–13.000 USD vào năm 2030" → 7200), or `null`
 * - `warnings`: what is uncertain about this reading, in English (a "%" change whose subject
 *   does not say whether it is in points or in percent; "giảm dưới 2%" read as the level to
 *   reach). Empty on every confident reading: check it before trusting the target.
 *
 * @category Targets
 */
export type ParsedTarget = z.output<typeof parsedTargetSchema>;
