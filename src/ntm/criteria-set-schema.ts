import * as z from 'zod/mini';
import { levelTargetSchema } from '../targets/target-schema.js';
import { decimalSchema } from '../validation/decimal-schema.js';
import { nonBlankTextSchema } from '../validation/non-blank-text-schema.js';

/**
 * Schema of {@link CriteriaSetId}.
 *
 * @category NTM
 * @example
 * ```ts
 * import * as z from 'zod/mini';
 * z.parse(criteriaSetIdSchema, 'ntm-commune-2022');
 * //=> 'ntm-commune-2022'
 * z.safeParse(criteriaSetIdSchema, 'ntm-commune-2019').success;
 * //=> false
 * ```
 */
export const criteriaSetIdSchema = /* @__PURE__ */ z.enum([
  'ntm-commune-2016',
  'ntm-commune-2022',
  'ntm-commune-advanced-2022',
  'ntm-commune-model-2022',
  'ntm-district-2016',
  'ntm-district-2022',
  'ntm-commune-2026',
]);

/**
 * The national NTM criteria sets (bộ tiêu chí quốc gia về nông thôn mới) chitieu knows, one
 * per decision and level:
 *
 * | id | decision | scope |
 * | --- | --- | --- |
 * | `ntm-commune-2016` | QĐ 1980/QĐ-TTg, 17/10/2016 | xã NTM 2016–2020, 19 tiêu chí, 49 chỉ tiêu |
 * | `ntm-commune-2022` | QĐ 318/QĐ-TTg, 08/3/2022 | xã NTM 2021–2025, 19 tiêu chí |
 * | `ntm-commune-advanced-2022` | QĐ 318/QĐ-TTg, 08/3/2022 | xã NTM nâng cao 2021–2025, 19 tiêu chí |
 * | `ntm-commune-model-2022` | QĐ 319/QĐ-TTg, 08/3/2022 | xã NTM kiểu mẫu 2021–2025, a checklist of 4 conditions |
 * | `ntm-district-2016` | QĐ 558/QĐ-TTg, 05/4/2016 | huyện NTM 2016–2020, 9 tiêu chí + 100% of communes |
 * | `ntm-district-2022` | QĐ 320/QĐ-TTg, 08/3/2022 | huyện NTM 2021–2025, 9 tiêu chí + conditions |
 * | `ntm-commune-2026` | QĐ 51/2025/QĐ-TTg, 29/12/2025 | xã NTM 2026–2030, 10 tiêu chí, 47 chỉ tiêu |
 *
 * @category NTM
 */
export type CriteriaSetId = z.output<typeof criteriaSetIdSchema>;

/**
 * Schema of {@link NtmRegion}.
 *
 * @category NTM
 * @example
 * ```ts
 * import * as z from 'zod/mini';
 * z.parse(ntmRegionSchema, 'north-central');
 * //=> 'north-central'
 * ```
 */
export const ntmRegionSchema = /* @__PURE__ */ z.enum([
  'northern-midlands-and-mountains',
  'red-river-delta',
  'north-central',
  'south-central-coast',
  'central-highlands',
  'southeast',
  'mekong-delta',
]);

/**
 * The seven regions (vùng) whose thresholds the commune criteria sets of 2016 and 2022 give
 * beside the national one:
 *
 * - `northern-midlands-and-mountains`: Trung du miền núi phía Bắc
 * - `red-river-delta`: Đồng bằng sông Hồng
 * - `north-central`: Bắc Trung Bộ
 * - `south-central-coast`: Duyên hải Nam Trung Bộ
 * - `central-highlands`: Tây Nguyên
 * - `southeast`: Đông Nam Bộ
 * - `mekong-delta`: Đồng bằng sông Cửu Long
 *
 * Under QĐ 318, xã đặc biệt khó khăn and xã an toàn khu use the thresholds of Trung du miền
 * núi phía Bắc.
 *
 * @category NTM
 */
export type NtmRegion = z.output<typeof ntmRegionSchema>;

/**
 * Schema of {@link NtmTier}.
 *
 * @category NTM
 * @example
 * ```ts
 * import * as z from 'zod/mini';
 * z.parse(ntmTierSchema, 'advanced');
 * //=> 'advanced'
 * ```
 */
export const ntmTierSchema = /* @__PURE__ */ z.enum(['standard', 'advanced', 'model']);

/**
 * The NTM levels, lowest first: `standard` (đạt chuẩn nông thôn mới), `advanced` (nông thôn
 * mới nâng cao), `model` (nông thôn mới kiểu mẫu). Each higher level presupposes the one
 * below it.
 *
 * @category NTM
 */
export type NtmTier = z.output<typeof ntmTierSchema>;

const idSchema = /* @__PURE__ */ z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/));
const nameSchema = /* @__PURE__ */ nonBlankTextSchema(2000);
const yearSchema = /* @__PURE__ */ z.int().check(z.gte(1990), z.lte(2100));
const isoDateSchema = /* @__PURE__ */ z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));

/**
 * Schema of {@link CriterionIndicator}.
 *
 * @category NTM
 * @example
 * ```ts
 * import * as z from 'zod/mini';
 * const i = z.parse(criterionIndicatorSchema, {
 *   id: 'irrigated-area',
 *   name: 'Tỷ lệ diện tích đất sản xuất nông nghiệp được tưới và tiêu nước chủ động',
 *   unit: '%',
 *   threshold: { kind: 'at-least', value: '80', strict: false },
 *   verified: true,
 * });
 * i.threshold?.kind;
 * //=> 'at-least'
 * ```
 */
export const criterionIndicatorSchema = /* @__PURE__ */ z.readonly(
  z.object({
    id: idSchema,
    name: nameSchema,
    unit: z.optional(z.nullable(z.string())),
    threshold: z.optional(levelTargetSchema),
    thresholdsByRegion: z.optional(z.readonly(z.partialRecord(ntmRegionSchema, levelTargetSchema))),
    verified: z.boolean(),
    note: z.optional(z.string()),
  }),
);

/**
 * A sub-indicator (chỉ tiêu) of a criterion, with the threshold the decision sets for the
 * whole country (`threshold`) and, where it differs, for each region
 * (`thresholdsByRegion`). Both are {@link "chitieu"!LevelTarget}s: 45 triệu đồng/người "trở lên" is
 * `{ kind: 'at-least', value: 45, strict: false }`. `verified` says whether the name and the
 * thresholds were confirmed against a cited source.
 *
 * @category NTM
 */
export type CriterionIndicator = z.output<typeof criterionIndicatorSchema>;

/**
 * Schema of {@link Criterion}.
 *
 * @category NTM
 * @example
 * ```ts
 * import * as z from 'zod/mini';
 * z.parse(criterionSchema, { number: 10, id: 'income', name: 'Thu nhập', verified: true }).name;
 * //=> 'Thu nhập'
 * ```
 */
export const criterionSchema = /* @__PURE__ */ z.readonly(
  z.object({
    number: z.int().check(z.gte(1), z.lte(99)),
    id: idSchema,
    name: nameSchema,
    group: z.optional(z.string()),
    indicators: z.optional(z.readonly(z.array(criterionIndicatorSchema))),
    verified: z.boolean(),
    note: z.optional(z.string()),
  }),
);

/**
 * One criterion (tiêu chí) of a criteria set: its number in the decision ("tiêu chí số 10"),
 * a stable English id in kebab case (`'income'`), its Vietnamese name ("Thu nhập"), its
 * group ("Kinh tế và tổ chức sản xuất"), and, where the decision lists them and they could
 * be confirmed, its sub-indicators (chỉ tiêu). `verified` says whether the name was
 * confirmed against a cited source; an unconfirmed one is kept, marked `false`, never
 * guessed silently.
 *
 * @category NTM
 */
export type Criterion = z.output<typeof criterionSchema>;

/**
 * Schema of {@link DistrictConditionKind}.
 *
 * @category NTM
 * @example
 * ```ts
 * import * as z from 'zod/mini';
 * z.parse(districtConditionKindSchema, 'communes-advanced');
 * //=> 'communes-advanced'
 * ```
 */
export const districtConditionKindSchema = /* @__PURE__ */ z.enum([
  'communes-qualified',
  'communes-advanced',
  'towns-civilised',
  'resident-satisfaction',
  'lowest-commune-satisfaction',
]);

/**
 * What a district-level condition measures, always as a percentage:
 *
 * - `communes-qualified`: share of the district's communes đạt chuẩn NTM
 * - `communes-advanced`: share of its communes đạt chuẩn NTM nâng cao
 * - `towns-civilised`: share of its thị trấn đạt chuẩn "đô thị văn minh"
 * - `resident-satisfaction`: tỷ lệ hài lòng of residents with the district's NTM results
 * - `lowest-commune-satisfaction`: the satisfaction of the least satisfied commune
 *
 * @category NTM
 */
export type DistrictConditionKind = z.output<typeof districtConditionKindSchema>;

/**
 * Schema of {@link DistrictCondition}.
 *
 * @category NTM
 * @example
 * ```ts
 * import * as z from 'zod/mini';
 * const c = z.parse(districtConditionSchema, {
 *   id: 'communes-advanced',
 *   kind: 'communes-advanced',
 *   name: 'Có ít nhất 10% số xã đạt chuẩn nông thôn mới nâng cao',
 *   minPercent: 10,
 *   verified: true,
 * });
 * c.minPercent.toString();
 * //=> '10'
 * ```
 */
export const districtConditionSchema = /* @__PURE__ */ z.readonly(
  z.object({
    id: idSchema,
    kind: districtConditionKindSchema,
    name: nameSchema,
    minPercent: decimalSchema,
    verified: z.boolean(),
    note: z.optional(z.string()),
  }),
);

/**
 * A condition a district must meet besides its criteria ("Có 100% số xã trên địa bàn đạt
 * chuẩn nông thôn mới"): the measured share must be at least `minPercent`.
 *
 * @category NTM
 */
export type DistrictCondition = z.output<typeof districtConditionSchema>;

/**
 * Schema of {@link CommuneGroup}.
 *
 * @category NTM
 * @example
 * ```ts
 * import * as z from 'zod/mini';
 * z.parse(communeGroupSchema, { id: 'group-2', name: 'Xã nhóm 2', description: 'Các xã còn lại', verified: true }).id;
 * //=> 'group-2'
 * ```
 */
export const communeGroupSchema = /* @__PURE__ */ z.readonly(
  z.object({
    id: idSchema,
    name: nameSchema,
    description: nameSchema,
    verified: z.boolean(),
  }),
);

/**
 * A group of communes with its own thresholds (QĐ 51/2025/QĐ-TTg: xã nhóm 1, 2, 3).
 *
 * @category NTM
 */
export type CommuneGroup = z.output<typeof communeGroupSchema>;

/**
 * Schema of {@link CriteriaSet}. Data built into chitieu passes it; use it to check a criteria
 * set read back from JSON.
 *
 * @category NTM
 * @example
 * ```ts
 * import * as z from 'zod/mini';
 * const back = z.parse(criteriaSetSchema, JSON.parse(JSON.stringify(criteriaSets['ntm-commune-2016'])));
 * back.criteria.length;
 * //=> 19
 * ```
 */
export const criteriaSetSchema = /* @__PURE__ */ z.readonly(
  z.object({
    id: criteriaSetIdSchema,
    name: nameSchema,
    decision: z.readonly(
      z.object({
        number: nameSchema,
        date: isoDateSchema,
        effectiveFrom: z.optional(isoDateSchema),
        title: nameSchema,
        source: z.string().check(z.regex(/^https?:\/\//)),
        verified: z.boolean(),
      }),
    ),
    level: z.enum(['commune', 'district']),
    tier: ntmTierSchema,
    period: z.readonly(z.object({ startYear: yearSchema, endYear: yearSchema })),
    indicatorCount: z.nullable(z.int().check(z.gte(1))),
    criteria: z.readonly(z.array(criterionSchema).check(z.minLength(1))),
    qualification: z.readonly(
      z.object({
        minimumCriteria: z.int().check(z.gte(1)),
        prerequisite: z.nullable(criteriaSetIdSchema),
        conditions: z.readonly(z.array(districtConditionSchema)),
        verified: z.boolean(),
        note: z.optional(z.string()),
      }),
    ),
    groups: z.optional(z.readonly(z.array(communeGroupSchema))),
    sources: z.readonly(z.array(z.string().check(z.regex(/^https?:\/\//)))),
    notes: z.readonly(z.array(z.string())),
  }),
);

/**
 * A national NTM criteria set (bộ tiêu chí), as plain data:
 *
 * - `decision`: the Prime Minister's decision that issues it: number (`'QĐ 318/QĐ-TTg'`),
 *   signing `date` and, when it differs, `effectiveFrom` (ISO dates), `title`, a `source`
 *   URL, and whether those facts were `verified`;
 * - `level` (`commune` | `district`) and `tier` (`standard` | `advanced` | `model`);
 * - `period` (giai đoạn) and `indicatorCount`, the number of chỉ tiêu when confirmed (49 for
 *   QĐ 1980, 47 for QĐ 51/2025), else `null`;
 * - `criteria`, in the decision's order;
 * - `qualification`: how many criteria must be met (`minimumCriteria`), a `prerequisite` set
 *   (xã nâng cao must first be xã NTM), the district `conditions`, and whether the rule
 *   itself was `verified`;
 * - `groups` (commune groups with their own thresholds, 2026 only), every `sources` URL
 *   consulted, and `notes` on what is and is not verified.
 *
 * @category NTM
 */
export type CriteriaSet = z.output<typeof criteriaSetSchema>;
