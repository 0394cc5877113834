import * as z from 'zod/mini';

const countSchema = /* @__PURE__ */ z.int().check(z.gte(0));

/**
 * Schema of a {@link Scorecard}: whole numbers that are not negative, with `attained = met +
 * exceeded` and `total = exceeded + met + notMet + pending`, so a scorecard sent as JSON
 * comes back checked.
 *
 * @category Plans
 * @example
 * ```ts
 * import * as z from 'zod/mini';
 * z.safeParse(scorecardSchema, { total: 2, exceeded: 1, met: 1, notMet: 0, pending: 0, attained: 2 }).success;
 * //=> true
 * z.safeParse(scorecardSchema, { total: 3, exceeded: 1, met: 1, notMet: 0, pending: 0, attained: 2 }).success;
 * //=> false
 * ```
 */
export const scorecardSchema = /* @__PURE__ */ z.readonly(
  z
    .object({
      total: countSchema,
      exceeded: countSchema,
      met: countSchema,
      notMet: countSchema,
      pending: countSchema,
      attained: countSchema,
    })
    .check(
      z.superRefine((c, ctx) => {
        if (c.attained !== c.met + c.exceeded) {
          ctx.addIssue({
            code: 'custom',
            message: `expected attained to be met + exceeded (${c.met + c.exceeded})`,
            input: c.attained,
            path: ['attained'],
          });
        }
        const sum = c.exceeded + c.met + c.notMet + c.pending;
        if (c.total !== sum) {
          ctx.addIssue({
            code: 'custom',
            message: `expected total to be exceeded + met + notMet + pending (${sum})`,
            input: c.total,
            path: ['total'],
          });
        }
      }),
    ),
);

/**
 * A tally of plan items by status (bảng tổng hợp chỉ tiêu): "32/39 chỉ tiêu đạt và vượt kế
 * hoạch" is `attained` / `total`. Plain whole numbers:
 *
 * - `total`: every item counted;
 * - `exceeded` (vượt kế hoạch), `met` (đạt kế hoạch), `notMet` (chưa đạt / không đạt);
 * - `pending`: not yet assessed (chưa có số liệu);
 * - `attained`: `met + exceeded`, the "đạt và vượt" count.
 *
 * `total = exceeded + met + notMet + pending`.
 *
 * @category Plans
 */
export type Scorecard = z.output<typeof scorecardSchema>;

/**
 * Schema of {@link ScorecardByGroup}.
 *
 * @category Plans
 * @example
 * ```ts
 * import * as z from 'zod/mini';
 * const card = { total: 1, exceeded: 0, met: 1, notMet: 0, pending: 0, attained: 1 };
 * z.safeParse(scorecardByGroupSchema, { economy: card, ungrouped: card }).success;
 * //=> true
 * z.safeParse(scorecardByGroupSchema, { culture: card }).success;
 * //=> false
 * ```
 */
export const scorecardByGroupSchema = /* @__PURE__ */ z.readonly(
  z.strictObject({
    economy: z.optional(scorecardSchema),
    society: z.optional(scorecardSchema),
    environment: z.optional(scorecardSchema),
    'party-building': z.optional(scorecardSchema),
    defence: z.optional(scorecardSchema),
    ungrouped: z.optional(scorecardSchema),
  }),
);

/**
 * Scorecards per group of a plan, keyed by {@link PlanGroup}; items without a group are
 * counted under `ungrouped`. Only groups that occur are present.
 *
 * @category Plans
 */
export type ScorecardByGroup = z.output<typeof scorecardByGroupSchema>;
