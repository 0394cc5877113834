import * as z from 'zod/mini';
import { decimalSchema } from '../validation/decimal-schema.js';
import { ratingLevelSchema } from './rating-level-schema.js';

/**
 * Schema of {@link RatingScheme}.
 *
 * @category Party
 * @example
 * ```ts
 * import * as z from 'zod/mini';
 * z.parse(ratingSchemeSchema, 'qd-366-2025');
 * //=> 'qd-366-2025'
 * ```
 */
export const ratingSchemeSchema = /* @__PURE__ */ z.enum(['qd-366-2025']);

/**
 * The rule a score is rated by. `'qd-366-2025'`: Quy định 366-QĐ/TW of the Politburo
 * (30/8/2025), Art. 11, a 100-point scale: ≥ 90 HTXSNV, 70 – < 90 HTTNV, 50 – < 70 HTNV,
 * < 50 KHTNV, each with conditions that a score alone does not satisfy.
 *
 * @category Party
 */
export type RatingScheme = z.output<typeof ratingSchemeSchema>;

/** A share of tasks, in percent from 0 to 100. */
const shareSchema = /* @__PURE__ */ z.pipe(
  decimalSchema,
  z.custom<z.output<typeof decimalSchema>>(
    (d) =>
      !(d as z.output<typeof decimalSchema>).isNegative() &&
      (d as z.output<typeof decimalSchema>).lte(100),
    { error: 'expected a percentage from 0 to 100' },
  ),
);

/**
 * Schema of {@link RatingConditions}.
 *
 * @category Party
 * @example
 * ```ts
 * import * as z from 'zod/mini';
 * z.parse(ratingConditionsSchema, { beyondRequirementShare: 25 }).beyondRequirementShare?.toString();
 * //=> '25'
 * ```
 */
export const ratingConditionsSchema = /* @__PURE__ */ z.readonly(
  z.strictObject({
    allTasksDone: z.optional(z.boolean()),
    allTasksOnTime: z.optional(z.boolean()),
    beyondRequirementShare: z.optional(shareSchema),
    lateTaskShare: z.optional(shareSchema),
    disciplined: z.optional(z.boolean()),
    disqualified: z.optional(z.boolean()),
  }),
);

/**
 * The facts besides the score that Quy định 366-QĐ/TW Art. 11 asks of each level. A
 * condition that is not given is not checked; a condition only ever lowers the level the
 * score gives, never raises it.
 *
 * - `allTasksDone`: 100% of assigned tasks completed (every level from HTNV up).
 * - `allTasksOnTime`: 100% of tasks completed on time, with quality and effect (HTTNV and
 *   HTXSNV).
 * - `beyondRequirementShare`: percent of tasks completed beyond the requirement (vượt mức
 *   yêu cầu); HTXSNV needs at least 30.
 * - `lateTaskShare`: percent of tasks not on schedule; HTNV allows at most 20 (a
 *   collective's condition; for individuals **(unverified)**). Above 0 also means not all
 *   tasks were on time.
 * - `disciplined`: for a collective, a subordinate unit or a member of its leadership was
 *   disciplined (bị kỷ luật) in the period, which rules out HTXSNV; for an individual the
 *   same effect is **(unverified)**.
 * - `disqualified`: a fault that by itself makes the rating KHTNV (e.g. degradation in
 *   political ideology, ethics or lifestyle); the list of such faults in 366 is
 *   **(unverified wording)**.
 *
 * @category Party
 */
export type RatingConditions = z.output<typeof ratingConditionsSchema>;

/**
 * A {@link RatingConditions} as a caller writes it: shares may be numbers, numeric strings
 * or Decimals.
 *
 * @category Party
 */
export type RatingConditionsInput = z.input<typeof ratingConditionsSchema>;

/**
 * Schema of {@link RatingCondition}.
 *
 * @category Party
 * @example
 * ```ts
 * import * as z from 'zod/mini';
 * z.parse(ratingConditionSchema, 'disciplined');
 * //=> 'disciplined'
 * ```
 */
export const ratingConditionSchema = /* @__PURE__ */ z.enum([
  'allTasksDone',
  'allTasksOnTime',
  'beyondRequirementShare',
  'lateTaskShare',
  'disciplined',
  'disqualified',
]);

/**
 * The name of one of the {@link RatingConditions}.
 *
 * @category Party
 */
export type RatingCondition = z.output<typeof ratingConditionSchema>;

/**
 * Schema of {@link ScoreBand}.
 *
 * @category Party
 * @example
 * ```ts
 * import * as z from 'zod/mini';
 * z.parse(scoreBandSchema, { min: '70', max: '90', includesMax: false }).max.toString();
 * //=> '90'
 * ```
 */
export const scoreBandSchema = /* @__PURE__ */ z.readonly(
  z.object({ min: decimalSchema, max: decimalSchema, includesMax: z.boolean() }),
);

/**
 * A band of scores: from `min` (included) to `max`, which is included only when
 * `includesMax` (the top band, "90–100"); otherwise the band is half-open ("70 – < 90").
 *
 * @category Party
 */
export type ScoreBand = z.output<typeof scoreBandSchema>;

/**
 * Schema of {@link RatingResult}: what {@link "chitieu/party"!ratingFromScore} returns, also after a JSON
 * round trip.
 *
 * @category Party
 * @example
 * ```ts
 * import * as z from 'zod/mini';
 * const back = z.parse(ratingResultSchema, JSON.parse(JSON.stringify(ratingFromScore(92))));
 * back.score.toString();
 * //=> '92'
 * ```
 */
export const ratingResultSchema = /* @__PURE__ */ z.readonly(
  z.object({
    level: ratingLevelSchema,
    label: z.string(),
    score: decimalSchema,
    band: scoreBandSchema,
    bandLevel: ratingLevelSchema,
    scheme: ratingSchemeSchema,
    conditions: ratingConditionsSchema,
    cappedBy: z.optional(ratingConditionSchema),
    blocked: z.readonly(
      z.array(z.readonly(z.object({ level: ratingLevelSchema, condition: ratingConditionSchema }))),
    ),
  }),
);

/**
 * The rating a score and its conditions give:
 *
 * - `level`, `label`: the final level and its Vietnamese name;
 * - `score`, `band`, `bandLevel`: the score, its band and the level the score alone gives;
 * - `scheme`: the rule applied;
 * - `conditions`: the conditions that were given (shares as Decimals);
 * - `cappedBy`: present when the conditions lowered the level: the condition that kept it
 *   from the level just above the final one;
 * - `blocked`: every level between the band level and the final level, with the first
 *   condition that ruled it out (best first).
 *
 * @category Party
 */
export type RatingResult = z.output<typeof ratingResultSchema>;
