import * as z from 'zod/mini';
import { ratioBasisSchema, strictnessSchema } from '../attainment/attainment-schema.js';
import { defaultDirection } from '../attainment/default-direction.js';
import { isChitieuError } from '../errors.js';
import { getIndicator } from '../indicator/get-indicator.js';
import { type Indicator, indicatorSchema } from '../indicator/indicator-schema.js';
import { unitsAgree } from '../indicator/units-agree.js';
import type { Decimal } from '../numeric/decimal.js';
import { periodSchema } from '../period/period-schema.js';
import { parseTarget } from '../targets/parse-target.js';
import { type Target, targetSchema } from '../targets/target-schema.js';
import { figureSchema, nonNegativeDecimalSchema } from '../validation/decimal-schema.js';
import { isNonBlankText } from '../validation/non-blank-text.js';
import { nonBlankTextSchema } from '../validation/non-blank-text-schema.js';
import type { PlanGroup } from './plan-group.js';
import { planGroupSchema } from './plan-group-schema.js';
import { REPORTED_STATUSES } from './plan-values.js';

/**
 * Schema of {@link ReportedStatus}.
 *
 * @category Plans
 * @example
 * ```ts
 * import * as z from 'zod/mini';
 * z.parse(reportedStatusSchema, 'attained');
 * //=> 'attained'
 * ```
 */
export const reportedStatusSchema = /* @__PURE__ */ z.enum(REPORTED_STATUSES);

/**
 * A status the publisher states for an item without giving its figure: `exceeded` (vượt),
 * `met` (đạt), `not-met` (chưa đạt), or `attained` (đạt và vượt: met or exceeded, the
 * report does not say which). It is reported alongside the item, never counted as a
 * computed status.
 *
 * @category Plans
 */
export type ReportedStatus = z.output<typeof reportedStatusSchema>;

const MAX_TEXT = 2000;
const MAX_TARGET_TEXT = 500;

const idSchema = /* @__PURE__ */ nonBlankTextSchema(200);
const nameSchema = /* @__PURE__ */ nonBlankTextSchema(MAX_TEXT);
const textSchema = /* @__PURE__ */ z.string().check(z.maxLength(MAX_TEXT));

/** A catalogue indicator by id (`party-admissions`) or key (`partyAdmissions`), or undefined. */
function findCatalogueIndicator(id: string): Indicator | undefined {
  try {
    return getIndicator(id);
  } catch (error) {
    if (isChitieuError(error)) return undefined;
    throw error;
  }
}

/** The fields an inline indicator may have (indicatorSchema strips others; a plan rejects them). */
const INDICATOR_KEYS: ReadonlySet<string> = /* @__PURE__ */ new Set(
  Object.keys(indicatorSchema.def.innerType.def.shape),
);

type RawIssue = z.core.$ZodRawIssue;

/** Copy the issues of a nested parse into the enclosing one, their paths after `prefix`. */
function pushNested(
  ctx: z.core.ParsePayload,
  issues: readonly z.core.$ZodIssue[],
  prefix: readonly PropertyKey[] = [],
): void {
  for (const issue of issues) {
    ctx.issues.push({ ...issue, path: [...prefix, ...issue.path] } as unknown as RawIssue);
  }
}

/** Marks a field that failed in a transform, so item checks can skip it. */
const FAILED: unique symbol = Symbol('failed');

/**
 * An indicator field: a catalogue id (resolved here) or an inline indicator object
 * (validated field by field, so a bad `measure` is reported at `indicator.measure`).
 */
const indicatorRefSchema = /* @__PURE__ */ z.pipe(
  z.custom<string | z.input<typeof indicatorSchema>>(() => true),
  z.transform((input: string | z.input<typeof indicatorSchema>, ctx): Indicator => {
    if (typeof input === 'string') {
      const found = findCatalogueIndicator(input);
      if (found !== undefined) return found;
      ctx.issues.push({
        code: 'custom',
        message:
          'expected the id of a catalogue indicator ("party-admissions", "poverty-rate", …) or an inline indicator object',
        input,
        path: [],
      });
      return FAILED as never;
    }
    const result = z.safeParse(indicatorSchema, input, { reportInput: true });
    const unknown =
      typeof input === 'object' && input !== null && !Array.isArray(input)
        ? Object.keys(input).filter((key) => !INDICATOR_KEYS.has(key))
        : [];
    if (unknown.length > 0) {
      ctx.issues.push({ code: 'unrecognized_keys', keys: unknown, input, path: [] } as RawIssue);
    }
    if (result.success && unknown.length === 0) return result.data;
    if (!result.success) pushNested(ctx, result.error.issues);
    return FAILED as never;
  }),
);

/**
 * @internal A target phrase inside plan validation, waiting to be read with the indicator's
 * measure; never in a parsed plan.
 */
export interface TargetPhrase {
  readonly phrase: string;
}

/** A target field: a Vietnamese phrase ("trên 150 đảng viên") or a Target object. */
const targetRefSchema = /* @__PURE__ */ z.pipe(
  z.custom<string | z.input<typeof targetSchema>>(() => true),
  z.transform((input: string | z.input<typeof targetSchema>, ctx): Target | TargetPhrase => {
    if (typeof input === 'string') {
      if (input.length > MAX_TARGET_TEXT || !isNonBlankText(input)) {
        ctx.issues.push({
          code: 'custom',
          message: `expected a Vietnamese target phrase of 1 to ${MAX_TARGET_TEXT} characters ("trên 150 đảng viên") or a target object`,
          input,
          path: [],
        });
        return FAILED as never;
      }
      return { phrase: input };
    }
    const result = z.safeParse(targetSchema, input, { reportInput: true });
    if (result.success) return result.data;
    pushNested(ctx, result.error.issues);
    return FAILED as never;
  }),
);

/**
 * Schema of {@link ItemEvaluation}.
 *
 * @category Plans
 * @example
 * ```ts
 * import * as z from 'zod/mini';
 * z.parse(itemEvaluationSchema, { ratioBasis: 'growth-index' });
 * //=> { ratioBasis: 'growth-index' }
 * ```
 */
export const itemEvaluationSchema = /* @__PURE__ */ z.readonly(
  z.strictObject({
    strictness: z.optional(strictnessSchema),
    ratioBasis: z.optional(ratioBasisSchema),
    tolerance: z.optional(nonNegativeDecimalSchema),
  }),
);

/**
 * How one plan item is evaluated, when it differs from the defaults of {@link evaluate}:
 * `strictness` for a result exactly on a strict bound, `ratioBasis: 'growth-index'` for a
 * growth rate ("tốc độ tăng … trên 13%"), `tolerance` for "khoảng".
 *
 * @category Plans
 */
export type ItemEvaluation = z.output<typeof itemEvaluationSchema>;

const planItemObjectSchema = /* @__PURE__ */ z.strictObject({
  id: idSchema,
  indicator: indicatorRefSchema,
  label: z.optional(nameSchema),
  group: z.optional(planGroupSchema),
  target: z.optional(z.nullable(targetRefSchema)),
  targetText: z.optional(nameSchema),
  actual: z.optional(z.nullable(figureSchema)),
  baseline: z.optional(z.nullable(figureSchema)),
  baselineLabel: z.optional(nameSchema),
  reportedStatus: z.optional(reportedStatusSchema),
  evaluation: z.optional(itemEvaluationSchema),
  note: z.optional(textSchema),
  source: z.optional(textSchema),
});

type PlanItemObject = z.output<typeof planItemObjectSchema>;

function isPhrase(x: unknown): x is TargetPhrase {
  return typeof x === 'object' && x !== null && 'phrase' in x;
}

function isDecimal(x: unknown): x is Decimal {
  return typeof x === 'object' && x !== null && 'isNegative' in x;
}

/** Read a target phrase with the indicator's measure; the error, if any, as a message. */
function readPhrase(
  phrase: string,
  indicator: Indicator | undefined,
): { target: Target } | { error: string } {
  try {
    const parsed =
      indicator === undefined
        ? parseTarget(phrase)
        : parseTarget(phrase, { measure: indicator.measure });
    // "tăng 10% so với năm trước": the "%" of a change names its basis, not a unit
    const unit = parsed.target.kind === 'change' && parsed.unit === '%' ? null : parsed.unit;
    if (parsed.warnings.length > 0) {
      return {
        error: `expected a target phrase whose meaning is settled (give the item an indicator with its measure, or the target as data); ${parsed.warnings.join('; ')} (ambiguous-target)`,
      };
    }
    if (indicator !== undefined && !unitsAgree(unit, indicator.unit)) {
      return {
        error: `expected a target in the indicator's unit ("${indicator.unit}"); the phrase is in "${parsed.unit}" (unit-mismatch)`,
      };
    }
    return { target: parsed.target };
  } catch (error) {
    if (isChitieuError(error)) {
      const expected = error.details.expected;
      return {
        error: `expected a target phrase chitieu can read; ${error.code}: expected ${
          typeof expected === 'string' ? expected : 'a target phrase'
        }`,
      };
    }
    throw error;
  }
}

/** Paths (relative to the target) of the numbers of a target that are negative. */
function negativeTargetPaths(target: Target, base: readonly (string | number)[]) {
  const out: { path: (string | number)[]; value: Decimal }[] = [];
  const visit = (t: Target, at: readonly (string | number)[]): void => {
    switch (t.kind) {
      case 'range':
        if (t.min.isNegative()) out.push({ path: [...at, 'min'], value: t.min });
        if (t.max.isNegative()) out.push({ path: [...at, 'max'], value: t.max });
        return;
      case 'change':
        visit(t.by, [...at, 'by']);
        return;
      default:
        if (t.value.isNegative()) out.push({ path: [...at, 'value'], value: t.value });
    }
  };
  visit(target, base);
  return out;
}

/**
 * What makes a well-formed target unusable with its indicator: a bound in the other
 * direction ("trên 4%" on the poverty rate), a change in points on a measure that is not a
 * rate, a percent change from a baseline of 0.
 */
function targetConflicts(
  target: Target,
  indicator: Indicator,
  baseline: unknown,
): { path: string; message: string }[] {
  const out: { path: string; message: string }[] = [];
  const level = target.kind === 'change' ? target.by : target;
  if (
    (level.kind === 'at-least' || level.kind === 'at-most') &&
    defaultDirection(target) !== indicator.direction
  ) {
    out.push({
      path: 'target',
      message: `expected a target in the indicator's direction (${indicator.direction}); a${
        target.kind === 'change'
          ? ` '${target.direction}' target of size '${level.kind}'`
          : `n '${level.kind}' target`
      } is ${defaultDirection(target)}`,
    });
  }
  if (target.kind === 'change' && target.basis === 'points' && indicator.measure !== 'rate') {
    out.push({
      path: 'target',
      message: `expected a change in units or percent for a '${indicator.measure}' indicator; a change in percentage points needs a rate`,
    });
  }
  if (
    target.kind === 'change' &&
    target.basis === 'percent' &&
    isDecimal(baseline) &&
    baseline.isZero()
  ) {
    out.push({
      path: 'baseline',
      message: 'expected a baseline other than 0 for a change in percent (tăng …% so với …)',
    });
  }
  return out;
}

const NEGATIVE_COUNT = 'expected a count (measure "count") that is not negative';

/** The fields the cross-field checks read, each as parsed on its own. */
interface CrossFields {
  readonly indicator?: Indicator | undefined;
  readonly target?: Target | TargetPhrase | null | undefined;
  readonly actual?: Decimal | null | undefined;
  readonly baseline?: Decimal | null | undefined;
}

/** The output of `schema` for `raw`, or undefined when it does not parse. */
function fieldValue<S extends z.ZodMiniType>(schema: S, raw: unknown): z.output<S> | undefined {
  const result = z.safeParse(schema, raw);
  return result.success ? result.data : undefined;
}

function own(record: object, key: string): unknown {
  return Object.hasOwn(record, key) ? (record as Record<string, unknown>)[key] : undefined;
}

const optionalTargetSchema = /* @__PURE__ */ z.optional(z.nullable(targetRefSchema));
const optionalNumberSchema = /* @__PURE__ */ z.optional(z.nullable(figureSchema));

/**
 * Checks that need several fields of an item: a target phrase readable with the indicator's
 * measure and unit, a target that agrees with the indicator, counts not negative. They run on
 * each field parsed on its own, so they report even when other fields of the item are bad.
 *
 * @returns the target (read from its phrase), when there is one and it is usable
 */
function checkItem(ctx: z.core.ParsePayload, fields: CrossFields): Target | undefined {
  const { indicator, actual, baseline } = fields;
  const raw = fields.target;
  const isCount = indicator?.measure === 'count';
  if (isCount) {
    for (const [key, x] of [
      ['actual', actual],
      ['baseline', baseline],
    ] as const) {
      if (isDecimal(x) && x.isNegative()) {
        ctx.issues.push({
          code: 'custom',
          message: NEGATIVE_COUNT,
          input: x.toString(),
          path: [key],
        });
      }
    }
  }
  let target: Target | undefined;
  if (isPhrase(raw)) {
    const read = readPhrase(raw.phrase, indicator);
    if ('error' in read) {
      ctx.issues.push({ code: 'custom', message: read.error, input: raw.phrase, path: ['target'] });
      return undefined;
    }
    target = read.target;
  } else if (raw !== null && raw !== undefined) {
    target = raw;
  }
  if (indicator === undefined || target === undefined) return target;
  const shown = isPhrase(raw) ? raw.phrase : raw;
  for (const { path, message } of targetConflicts(target, indicator, baseline)) {
    const input = path === 'target' ? shown : isDecimal(baseline) ? baseline.toString() : baseline;
    ctx.issues.push({ code: 'custom', message, input, path: [path] });
  }
  if (isCount) {
    for (const bad of negativeTargetPaths(target, ['target'])) {
      // a phrase is reported as a whole: its numbers have no path of their own
      ctx.issues.push({
        code: 'custom',
        message: NEGATIVE_COUNT,
        input: bad.value.toString(),
        path: isPhrase(raw) ? ['target'] : bad.path,
      });
    }
  }
  return target;
}

/**
 * The shape of a {@link PlanItem} (the output of {@link planItemSchema}): the indicator
 * resolved, the target read, numbers as Decimals; absent fields are left out, never `null`.
 *
 * @category Plans
 */
export interface NormalisedPlanItem {
  readonly id: string;
  readonly indicator: Indicator;
  readonly label?: string;
  readonly group?: PlanGroup;
  readonly target?: Target;
  readonly targetText?: string;
  readonly actual?: Decimal;
  readonly baseline?: Decimal;
  readonly baselineLabel?: string;
  readonly reportedStatus?: ReportedStatus;
  readonly evaluation?: ItemEvaluation;
  readonly note?: string;
  readonly source?: string;
}

function normaliseItem(item: PlanItemObject, target: Target | undefined): NormalisedPlanItem {
  const out: {
    -readonly [K in keyof NormalisedPlanItem]: NormalisedPlanItem[K];
  } = { id: item.id, indicator: item.indicator };
  const targetText = item.targetText ?? (isPhrase(item.target) ? item.target.phrase : undefined);
  if (item.label !== undefined) out.label = item.label;
  if (item.group !== undefined) out.group = item.group;
  if (target !== undefined) out.target = target;
  if (targetText !== undefined) out.targetText = targetText;
  if (item.actual !== undefined && item.actual !== null) out.actual = item.actual;
  if (item.baseline !== undefined && item.baseline !== null) out.baseline = item.baseline;
  if (item.baselineLabel !== undefined) out.baselineLabel = item.baselineLabel;
  if (item.reportedStatus !== undefined) out.reportedStatus = item.reportedStatus;
  if (item.evaluation !== undefined) out.evaluation = item.evaluation;
  if (item.note !== undefined) out.note = item.note;
  if (item.source !== undefined) out.source = item.source;
  return Object.freeze(out);
}

/** Parse one item: its fields, then the checks across fields, then normalise. */
function parseItem(input: z.input<typeof planItemObjectSchema>, ctx: z.core.ParsePayload) {
  const start = ctx.issues.length;
  const result = z.safeParse(planItemObjectSchema, input, { reportInput: true });
  let fields: CrossFields = {};
  if (result.success) {
    fields = result.data;
  } else {
    pushNested(ctx, result.error.issues);
    if (typeof input === 'object' && input !== null && !Array.isArray(input)) {
      fields = {
        indicator: fieldValue(indicatorRefSchema, own(input, 'indicator')),
        target: fieldValue(optionalTargetSchema, own(input, 'target')),
        actual: fieldValue(optionalNumberSchema, own(input, 'actual')),
        baseline: fieldValue(optionalNumberSchema, own(input, 'baseline')),
      };
    }
  }
  const target = checkItem(ctx, fields);
  if (!result.success || ctx.issues.length > start) return FAILED as never;
  return normaliseItem(result.data, target);
}

/**
 * Schema of a {@link PlanItem}. Accepts the JSON form (indicator as a catalogue id or an
 * object, target as a Vietnamese phrase or a target object, numbers as numbers or
 * JavaScript-notation strings) and outputs the normalised item. Unknown fields are
 * rejected (a misspelt `"actaul"` would otherwise silently make the item pending).
 *
 * @category Plans
 * @example
 * ```ts
 * import * as z from 'zod/mini';
 * const item = z.parse(planItemSchema, {
 *   id: 'admissions',
 *   indicator: { id: 'admissions', name: 'Kết nạp đảng viên mới', unit: 'đảng viên', measure: 'count', direction: 'higher-is-better' },
 *   target: 'trên 150 đảng viên',
 *   actual: 169,
 * });
 * item.target;
 * //=> { kind: 'at-least', value: '150', strict: true }
 * item.actual.toString();
 * //=> '169'
 * ```
 */
export const planItemSchema = /* @__PURE__ */ z.pipe(
  z.custom<z.input<typeof planItemObjectSchema>>(() => true),
  z.transform(parseItem),
);

/**
 * One item of a plan (chỉ tiêu trong kế hoạch), normalised:
 *
 * - `id`: unique within the plan;
 * - `indicator`: the {@link Indicator} (a catalogue id in JSON is resolved);
 * - `label`: the Vietnamese noun phrase used in sentences ("kết nạp đảng viên mới");
 *   the indicator's name when absent;
 * - `group`: the field ({@link PlanGroup});
 * - `target`: the {@link Target}, read from the phrase in JSON; absent when the plan figure
 *   is not known (the item then reports its figure without judging it);
 * - `targetText`: the target phrase as published ("trên 150 đảng viên");
 * - `actual`: the result; absent while there is no figure (the item is pending);
 * - `baseline`, `baselineLabel`: the figure it is compared with and its period ("năm 2020");
 * - `reportedStatus`: a status the publisher states without a figure;
 * - `note`, `source`: free text (e.g. "plan inferred from 112,6%"; an article's file name).
 *
 * @category Plans
 */
export type PlanItem = z.output<typeof planItemSchema>;

/**
 * A {@link PlanItem} as JSON gives it.
 *
 * @category Plans
 */
export type PlanItemInput = z.input<typeof planItemSchema>;

const countSchema = /* @__PURE__ */ z.int().check(z.gte(0), z.lte(1_000_000_000));

/**
 * Schema of a {@link PublishedScorecard}.
 *
 * @category Plans
 * @example
 * ```ts
 * import * as z from 'zod/mini';
 * z.parse(publishedScorecardSchema, { total: 39, attained: 32 });
 * //=> { total: 39, attained: 32 }
 * z.safeParse(publishedScorecardSchema, { total: 31, attained: 32 }).success;
 * //=> false
 * ```
 */
export const publishedScorecardSchema = /* @__PURE__ */ z.readonly(
  z
    .strictObject({
      total: countSchema,
      attained: countSchema,
      notMet: z.optional(countSchema),
      pending: z.optional(countSchema),
      order: z.optional(z.enum(['met-first', 'exceeded-first'])),
      noun: z.optional(nameSchema),
      qualifier: z.optional(nameSchema),
      text: z.optional(textSchema),
      source: z.optional(textSchema),
    })
    .check(
      z.superRefine((card, ctx) => {
        const counted = card.attained + (card.notMet ?? 0) + (card.pending ?? 0);
        if (counted > card.total) {
          ctx.addIssue({
            code: 'custom',
            message: `expected attained + notMet + pending (${counted}) not to exceed total (${card.total})`,
            input: card.attained,
            path: ['attained'],
          });
        }
      }),
    ),
);

/**
 * A scorecard as the publisher printed it ("32/39 chỉ tiêu kinh tế - xã hội đạt và vượt kế
 * hoạch"), to be reproduced as published when the per-item figures are not all known.
 * `order` and `qualifier` keep the article's wording ("vượt và đạt", "kinh tế - xã hội");
 * `text` quotes it.
 *
 * @category Plans
 */
export type PublishedScorecard = z.output<typeof publishedScorecardSchema>;

/** Report every item whose id an earlier item already has, at `[i, 'id']`. */
function checkUniqueIds(ctx: z.core.ParsePayload, items: readonly unknown[]): void {
  const seen = new Map<string, number>();
  items.forEach((item: unknown, i) => {
    const id = typeof item === 'object' && item !== null ? own(item, 'id') : undefined;
    if (typeof id !== 'string') return;
    const first = seen.get(id);
    if (first === undefined) {
      seen.set(id, i);
    } else {
      ctx.issues.push({
        code: 'custom',
        message: `expected a unique item id; "${id.length > 60 ? `${id.slice(0, 57)}…` : id}" is already used by items[${first}]`,
        input: id,
        path: [i, 'id'],
      });
    }
  });
}

/** The items of a plan: each parsed, then the ids checked across them (whatever else failed). */
const itemsSchema = /* @__PURE__ */ z.pipe(
  z.custom<readonly z.input<typeof planItemSchema>[]>(() => true),
  z.transform((input: readonly z.input<typeof planItemSchema>[], ctx): readonly PlanItem[] => {
    if (!Array.isArray(input)) {
      ctx.issues.push({ code: 'invalid_type', expected: 'array', input, path: [] });
      return FAILED as never;
    }
    const start = ctx.issues.length;
    const out: PlanItem[] = [];
    for (let i = 0; i < input.length; i++) {
      const result = z.safeParse(planItemSchema, input[i], { reportInput: true });
      if (result.success) out.push(result.data);
      else pushNested(ctx, result.error.issues, [i]);
    }
    checkUniqueIds(ctx, input);
    return ctx.issues.length > start ? (FAILED as never) : Object.freeze(out);
  }),
);

/**
 * Schema of a {@link Plan}. Accepts the JSON form of a plan document and outputs the
 * normalised, frozen plan. Unknown fields are rejected everywhere (so `__proto__` and
 * `constructor` keys are reported, never assigned); item ids must be unique. To validate
 * JSON from outside with chitieu's errors, use {@link parsePlan}.
 *
 * @category Plans
 * @example
 * ```ts
 * import * as z from 'zod/mini';
 * const plan = z.parse(planSchema, {
 *   id: 'hk-2022', title: 'Chỉ tiêu năm 2022', issuer: 'Huyện ủy Hương Khê',
 *   period: { kind: 'year', year: 2022 },
 *   items: [{ id: 'budget', indicator: { id: 'budget', name: 'Thu ngân sách trên địa bàn', unit: 'tỷ đồng', measure: 'amount', direction: 'higher-is-better' }, target: 'đạt 72 tỷ đồng' }],
 * });
 * plan.items[0].target;
 * //=> { kind: 'exact', value: '72' }
 * ```
 */
export const planSchema = /* @__PURE__ */ z.readonly(
  z.strictObject({
    id: idSchema,
    title: nameSchema,
    issuer: nameSchema,
    period: periodSchema,
    items: itemsSchema,
    published: z.optional(publishedScorecardSchema),
    note: z.optional(textSchema),
    source: z.optional(textSchema),
  }),
);

/**
 * A plan (kế hoạch; the targets of a resolution, "Nghị quyết … năm 2022"), normalised:
 * `id`, `title`, `issuer` ("Huyện ủy Hương Khê"), the `period` it covers, its `items`, and
 * optionally the scorecard the publisher printed (`published`), a `note` and a `source`.
 *
 * @category Plans
 */
export type Plan = z.output<typeof planSchema>;

/**
 * A {@link Plan} as JSON gives it.
 *
 * @category Plans
 */
export type PlanInput = z.input<typeof planSchema>;
