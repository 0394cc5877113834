import * as z from 'zod/mini';
import { ITEM_STATUSES } from '../attainment/attainment-values.js';

/**
 * Schema of {@link TallyStatus}.
 *
 * @category Audit
 * @example
 * ```ts
 * import * as z from 'zod/mini';
 * z.parse(tallyStatusSchema, 'pending');
 * //=> 'pending'
 * ```
 */
export const tallyStatusSchema = /* @__PURE__ */ z.enum(ITEM_STATUSES);

/**
 * The status of one indicator in a tally: an attainment {@link Status} (vượt / đạt / không
 * đạt) or `pending` (chưa có số liệu: not yet assessed).
 *
 * @category Audit
 */
export type TallyStatus = z.output<typeof tallyStatusSchema>;

const count = z.number().check(z.int(), z.nonnegative());

/**
 * Schema of a {@link PublishedTally}: whole numbers, `attained` not above `total`.
 *
 * @category Audit
 * @example
 * ```ts
 * import * as z from 'zod/mini';
 * z.safeParse(publishedTallySchema, { attained: 40, total: 39 }).success;
 * //=> false
 * ```
 */
export const publishedTallySchema = /* @__PURE__ */ z.readonly(
  z.object({ attained: count, total: count }).check(
    z.refine((t) => t.attained <= t.total, {
      error: 'expected attained not above total',
      path: ['attained'],
    }),
  ),
);

/**
 * A published scorecard figure, "32/39 chỉ tiêu đạt và vượt kế hoạch": `attained` (đạt và
 * vượt) out of `total`.
 *
 * @category Audit
 */
export type PublishedTally = z.output<typeof publishedTallySchema>;

/**
 * Schema of a {@link StatusTallyCheck}, the result of {@link "chitieu"!checkStatusTally}.
 *
 * @category Audit
 * @example
 * ```ts
 * import * as z from 'zod/mini';
 * const r = checkStatusTally(['exceeded', 'met', 'not-met'], '2/3');
 * z.parse(statusTallyCheckSchema, JSON.parse(JSON.stringify(r))).verdict;
 * //=> 'consistent'
 * ```
 */
export const statusTallyCheckSchema = /* @__PURE__ */ z.readonly(
  z.object({
    computed: z.readonly(
      z.object({
        total: count,
        attained: count,
        exceeded: count,
        met: count,
        notMet: count,
        pending: count,
      }),
    ),
    published: publishedTallySchema,
    publishedText: z.nullable(z.string()),
    attainedDifference: z.number().check(z.int()),
    totalDifference: z.number().check(z.int()),
    consistent: z.boolean(),
    verdict: z.enum(['consistent', 'unreproducible']),
    explanation: z.string(),
  }),
);

/**
 * The result of {@link "chitieu"!checkStatusTally}: does "32/39 chỉ tiêu đạt và vượt" agree with the
 * list of statuses?
 *
 * - `computed`: the counts from the list: `total`, `attained` (exceeded + met), `exceeded`,
 *   `met`, `notMet`, `pending`;
 * - `published`: the published `attained` / `total`; `publishedText`: "32/39" when given as text;
 * - `attainedDifference`, `totalDifference`: computed − published;
 * - `consistent` / `verdict`: both counts agree; `explanation` in words.
 *
 * @category Audit
 */
export type StatusTallyCheck = z.output<typeof statusTallyCheckSchema>;
