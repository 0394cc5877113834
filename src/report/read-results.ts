import { type Attainment, attainmentSchema } from '../attainment/attainment-schema.js';
import { ITEM_STATUSES, STATUSES } from '../attainment/attainment-values.js';
import { type Change, changeSchema } from '../attainment/change-schema.js';
import { CHANGE_DIRECTIONS, CHANGE_UNITS } from '../attainment/change-values.js';
import type { ErrorPath } from '../errors.js';
import { DIRECTIONS, MEASURES } from '../indicator/measure-values.js';
import { periodProblem } from '../period/check-period.js';
import {
  type FieldRule,
  fieldProblem,
  isPlanDecimal,
  isPlanTarget,
  isRecord,
  oneOf,
  optional,
  planItemProblem,
} from '../plan/plan-item-problem.js';
import {
  type PlanItemResult,
  type PlanResult,
  planItemResultSchema,
  planResultSchema,
} from '../plan/plan-result-schema.js';
import { PENDING_REASONS } from '../plan/plan-values.js';
import { isNonBlankText } from '../validation/non-blank-text.js';
import { parseWithSchema } from '../validation/parse-with-schema.js';

/*
 * The sentence functions take the results of chitieu's own functions. A genuine result
 * (Decimals of chitieu's clone, every field the sentence reads in its domain) is used as it
 * is, after a cheap zod-free check; anything else (a result loaded back from JSON, whose
 * Decimals are strings, or a hand-made object) is read through the result's schema, which
 * either gives a genuine result or throws `invalid-argument` with the path of every bad field.
 */

function isDecimalOrNull(x: unknown): boolean {
  return x === null || isPlanDecimal(x);
}

const isMeasureOrNull = (x: unknown): boolean => x === null || oneOf(MEASURES)(x);
const isStatus = oneOf(STATUSES);
const isItemStatus = oneOf(ITEM_STATUSES);
const isDirection = oneOf(DIRECTIONS);
const isChangeDirection = oneOf(CHANGE_DIRECTIONS);
const isChangeUnit = oneOf(CHANGE_UNITS);
const isPendingReasonOrNull = (x: unknown): boolean => x === null || oneOf(PENDING_REASONS)(x);

/**
 * @internal Is `x` a {@link Change} as `change()` returns it, in the fields the sentences
 * read (absolute, relative, direction, unit, measure)?
 */
export function isGenuineChange(x: unknown): x is Change {
  if (!isRecord(x)) return false;
  const { direction, unit } = x;
  return (
    isPlanDecimal(x.absolute) &&
    isDecimalOrNull(x.relative) &&
    isChangeDirection(direction) &&
    isChangeUnit(unit) &&
    isMeasureOrNull(x.measure)
  );
}

/**
 * @internal Is `x` an {@link Attainment} as `evaluate()` returns it, in the fields the
 * sentences read (status, percentOfPlan, actual, target, direction, measure)? Its target and
 * actual are not checked again when they are those of the plan item, already checked.
 */
export function isGenuineAttainment(
  x: unknown,
  item?: Readonly<Record<string, unknown>>,
): x is Attainment {
  if (!isRecord(x)) return false;
  const { direction, actual, target } = x;
  return (
    isStatus(x.status) &&
    isDecimalOrNull(x.percentOfPlan) &&
    isDirection(direction) &&
    isMeasureOrNull(x.measure) &&
    ((actual !== undefined && actual === item?.actual) || isPlanDecimal(actual)) &&
    ((target !== undefined && target === item?.target) || isPlanTarget(target))
  );
}

/**
 * @internal Is `x` a {@link PlanItemResult} as `evaluatePlan()` returns it? Indicators in
 * `indicators` are not checked again.
 */
export function isGenuineItemResult(x: unknown, indicators?: Set<unknown>): x is PlanItemResult {
  if (!isRecord(x)) return false;
  const { status, pendingReason, attainment, change, item } = x;
  return (
    isItemStatus(status) &&
    isPendingReasonOrNull(pendingReason) &&
    planItemProblem(item, indicators) === null &&
    (attainment === null ||
      isGenuineAttainment(attainment, item as Readonly<Record<string, unknown>>)) &&
    (change === null || isGenuineChange(change))
  );
}

/** The plan fields the report reads; its scorecards are checked by describeScorecard. */
const PLAN: readonly FieldRule[] = [
  ['id', (x) => typeof x === 'string'],
  ['title', isNonBlankText],
  ['issuer', isNonBlankText],
  ['items', Array.isArray],
  ['period', (x) => periodProblem(x) === undefined],
  ['published', optional(isRecord)],
];

function allGenuine(items: readonly unknown[]): boolean {
  const indicators = new Set<unknown>();
  for (const item of items) if (!isGenuineItemResult(item, indicators)) return false;
  return true;
}

/**
 * @internal Is `x` a {@link PlanResult} as `evaluatePlan()` returns it, in the fields
 * {@link describePlanReport} reads (the plan's title, issuer and period; the items)? Its
 * scorecards (the computed one and the published one) are plain counts, which
 * describeScorecard checks.
 */
export function isGenuinePlanResult(x: unknown): x is PlanResult {
  return (
    isRecord(x) &&
    isRecord(x.plan) &&
    fieldProblem(x.plan, PLAN) === null &&
    Array.isArray(x.items) &&
    allGenuine(x.items) &&
    isRecord(x.scorecard) &&
    isRecord(x.byGroup)
  );
}

/** @internal A change: as it is when genuine, else read through `changeSchema`. */
export function readChange(x: unknown, path: ErrorPath): Change {
  return isGenuineChange(x)
    ? x
    : parseWithSchema(
        changeSchema,
        x,
        'invalid-argument',
        'a change, as change() returns it',
        path,
      );
}

/** @internal An attainment: as it is when genuine, else read through `attainmentSchema`. */
export function readAttainment(x: unknown, path: ErrorPath): Attainment {
  return isGenuineAttainment(x)
    ? x
    : parseWithSchema(
        attainmentSchema,
        x,
        'invalid-argument',
        'an attainment, as evaluate() returns it',
        path,
      );
}

/** @internal A plan item result: as it is when genuine, else read through its schema. */
export function readItemResult(x: unknown, path: ErrorPath): PlanItemResult {
  return isGenuineItemResult(x)
    ? x
    : parseWithSchema(
        planItemResultSchema,
        x,
        'invalid-argument',
        'a plan item result, as evaluatePlan() returns it',
        path,
      );
}

/** @internal A plan result: as it is when genuine, else read through `planResultSchema`. */
export function readPlanResult(x: unknown, path: ErrorPath): PlanResult {
  return isGenuinePlanResult(x)
    ? x
    : parseWithSchema(
        planResultSchema,
        x,
        'invalid-argument',
        'a plan result, as evaluatePlan() returns it',
        path,
      );
}
