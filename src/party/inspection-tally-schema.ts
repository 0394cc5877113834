import * as z from 'zod/mini';
import { changeSchema } from '../attainment/change-schema.js';
import { periodSchema } from '../period/period-schema.js';

const countSchema = /* @__PURE__ */ z.int().check(z.gte(0));
const pairSchema = /* @__PURE__ */ z.readonly(
  z.strictObject({ organisations: countSchema, members: countSchema }),
);

/**
 * Schema of {@link InspectionFigures}.
 *
 * @category Party
 * @example
 * ```ts
 * import * as z from 'zod/mini';
 * const f = { inspected: { organisations: 222, members: 39 }, disciplined: { organisations: 1, members: 98 } };
 * z.parse(inspectionFiguresSchema, f).inspected.organisations;
 * //=> 222
 * ```
 */
export const inspectionFiguresSchema = /* @__PURE__ */ z.readonly(
  z.strictObject({ inspected: pairSchema, disciplined: pairSchema }),
);

/**
 * A period's party inspection and discipline figures (công tác kiểm tra, thi hành kỷ luật
 * đảng), as reports give them ("kiểm tra đối với 222 lượt tổ chức đảng, 39 đảng viên … thi
 * hành kỷ luật đối với 1 tổ chức đảng và 98 đảng viên"):
 *
 * - `inspected.organisations`: party organisations inspected, counted in inspections
 *   (lượt: one organisation inspected twice counts twice); `inspected.members`: party
 *   members inspected;
 * - `disciplined.organisations`, `disciplined.members`: organisations and members
 *   disciplined. Discipline follows from inspections and from other procedures (complaints,
 *   denunciations, self-reports), so it may exceed the number inspected (98 > 39).
 *
 * @category Party
 */
export type InspectionFigures = z.output<typeof inspectionFiguresSchema>;

const pairChangeSchema = /* @__PURE__ */ z.readonly(
  z.object({ organisations: changeSchema, members: changeSchema }),
);

/**
 * Schema of {@link InspectionTally}: what {@link "chitieu/party"!inspectionTally} returns, also after a JSON
 * round trip.
 *
 * @category Party
 * @example
 * ```ts
 * import * as z from 'zod/mini';
 * const f = { inspected: { organisations: 222, members: 39 }, disciplined: { organisations: 1, members: 98 } };
 * const t = inspectionTally(f, { previous: f });
 * z.parse(inspectionTallySchema, JSON.parse(JSON.stringify(t))).change?.inspected.members.direction;
 * //=> 'unchanged'
 * ```
 */
export const inspectionTallySchema = /* @__PURE__ */ z.readonly(
  z.object({
    current: inspectionFiguresSchema,
    period: z.nullable(periodSchema),
    previous: z.nullable(inspectionFiguresSchema),
    previousPeriod: z.nullable(periodSchema),
    change: z.nullable(
      z.readonly(z.object({ inspected: pairChangeSchema, disciplined: pairChangeSchema })),
    ),
  }),
);

/**
 * The result of {@link "chitieu/party"!inspectionTally}: this period's figures, the period, last period's
 * figures and the year-on-year {@link "chitieu"!Change} of each of the four counts (null without a
 * previous period).
 *
 * @category Party
 */
export type InspectionTally = z.output<typeof inspectionTallySchema>;
