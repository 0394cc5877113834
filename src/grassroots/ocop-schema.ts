import * as z from 'zod/mini';
import { decimalSchema } from '../validation/decimal-schema.js';

/**
 * Schema of {@link OcopRule}.
 *
 * @category Grassroots
 * @example
 * ```ts
 * import * as z from 'zod/mini';
 * z.parse(ocopRuleSchema, 'qd-148-2023');
 * //=> 'qd-148-2023'
 * ```
 */
export const ocopRuleSchema = /* @__PURE__ */ z.enum([
  'qd-1048-2019',
  'qd-148-2023',
  'qd-1489-2025',
]);

/**
 * A decision of the Prime Minister on OCOP ("Mỗi xã một sản phẩm") product rating:
 *
 * - `'qd-1048-2019'`: QĐ 1048/QĐ-TTg (21/8/2019), the first national criteria: 3★ and 4★
 *   recognised by the province, 5★ by the central government;
 * - `'qd-148-2023'`: QĐ 148/QĐ-TTg (24/02/2023, in force on signing), replacing 1048: 100
 *   points (A 40, B 25, C 35) in five hạng; 3★ recognised by the district, 4★ by the
 *   province, 5★ by the central government;
 * - `'qd-1489-2025'`: QĐ 1489/QĐ-TTg (06/7/2025), amending 148 for two-tier local government:
 *   3★ moves from the district to the province.
 *
 * @category Grassroots
 */
export type OcopRule = z.output<typeof ocopRuleSchema>;

/**
 * Schema of {@link OcopRecogniser}.
 *
 * @category Grassroots
 * @example
 * ```ts
 * import * as z from 'zod/mini';
 * z.parse(ocopRecogniserSchema, 'province');
 * //=> 'province'
 * ```
 */
export const ocopRecogniserSchema = /* @__PURE__ */ z.enum(['central', 'province', 'district']);

/**
 * Who recognises a rated OCOP product: the central government (`'central'`, 5★, "sản phẩm
 * OCOP quốc gia"), the province's People's Committee (`'province'`) or, under QĐ 148 before
 * QĐ 1489, the district's (`'district'`, 3★).
 *
 * @category Grassroots
 */
export type OcopRecogniser = z.output<typeof ocopRecogniserSchema>;

/**
 * Schema of {@link OcopStar}: what {@link "chitieu/party"!starFromScore} returns, also after a JSON round
 * trip.
 *
 * @category Grassroots
 * @example
 * ```ts
 * import * as z from 'zod/mini';
 * z.parse(ocopStarSchema, JSON.parse(JSON.stringify(starFromScore(72)))).stars;
 * //=> 4
 * ```
 */
export const ocopStarSchema = /* @__PURE__ */ z.readonly(
  z.object({
    stars: z.nullable(z.literal([3, 4, 5])),
    rank: z.literal([1, 2, 3, 4, 5]),
    score: decimalSchema,
    band: z.readonly(
      z.object({ min: decimalSchema, max: decimalSchema, includesMax: z.boolean() }),
    ),
    recognisedBy: z.nullable(ocopRecogniserSchema),
    rule: ocopRuleSchema,
    recognitionRule: ocopRuleSchema,
    asOf: z.nullable(z.string()),
    reason: z.nullable(z.literal('below-standard')),
  }),
);

/**
 * The OCOP rating a score gives:
 *
 * - `stars`: 3, 4 or 5 for a product that meets the standard (đạt chuẩn OCOP), null below
 *   50 points (with `reason: 'below-standard'`);
 * - `rank`: the hạng the score falls in, 1★ to 5★ (1★ and 2★ are below the standard);
 * - `score`, `band`: the score and its band (`min` included; `max` included only for 5★);
 * - `recognisedBy`: who recognises the product at that date (null below the standard);
 * - `rule`: the scoring rule (148, or 1048 before 24/02/2023); `recognitionRule`: the rule
 *   that decides who recognises it; `asOf`: the date asked about (null: today's rules).
 *
 * @category Grassroots
 */
export type OcopStar = z.output<typeof ocopStarSchema>;

const countSchema = /* @__PURE__ */ z.int().check(z.gte(0));

/**
 * Schema of {@link OcopTally}: what {@link "chitieu/party"!ocopTally} returns, also after a JSON round trip.
 *
 * @category Grassroots
 * @example
 * ```ts
 * import * as z from 'zod/mini';
 * const t = ocopTally([{ stars: 3 }, { stars: 4 }, { stars: null }]);
 * z.parse(ocopTallySchema, JSON.parse(JSON.stringify(t))).recognised;
 * //=> 2
 * ```
 */
export const ocopTallySchema = /* @__PURE__ */ z.readonly(
  z.object({
    total: countSchema,
    recognised: countSchema,
    notRecognised: countSchema,
    byStars: z.readonly(z.object({ 3: countSchema, 4: countSchema, 5: countSchema })),
    recognisedBy: z.readonly(
      z.object({ 3: ocopRecogniserSchema, 4: ocopRecogniserSchema, 5: ocopRecogniserSchema }),
    ),
    recognitionRule: ocopRuleSchema,
    asOf: z.nullable(z.string()),
  }),
);

/**
 * OCOP products counted by star: `total` listed, `recognised` (3★ to 5★) and
 * `notRecognised`, `byStars` (counts for 3, 4 and 5 stars), and who recognises each star
 * under the rule in force at `asOf` (null: today's rules).
 *
 * @category Grassroots
 */
export type OcopTally = z.output<typeof ocopTallySchema>;
