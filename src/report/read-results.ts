import type { Attainment } from '../attainment/attainment-schema.js';
import { ITEM_STATUSES, STATUSES } from '../attainment/attainment-values.js';
import type { Change } from '../attainment/change-schema.js';
import { CHANGE_DIRECTIONS, CHANGE_UNITS } from '../attainment/change-values.js';
import { type ChitieuError, chitieuError, type ErrorPath } from '../errors.js';
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
import type { PlanItemResult, PlanResult } from '../plan/plan-result-schema.js';
import { PENDING_REASONS } from '../plan/plan-values.js';
import { isNonBlankText } from '../validation/non-blank-text.js';

/*
 * The sentence functions take the results of chitieu's own functions. A genuine result
 * (Decimals of chitieu's clone, every field the sentence reads in its domain) is used as it
 * is, after a cheap zod-free check; anything else (a result loaded back from JSON, whose
 * Decimals are strings, or a hand-made object) is refused with `invalid-argument`, naming
 * the reader of `chitieu/schemas` that reads it (parseChange, parseAttainment,
 * parsePlanItemResult, parsePlanResult: they give a genuine result or the path of every bad
 * field). So the sentences never load zod.
 */

/** The error for a result that is not one chitieu's functions return. */
function notGenuine(
  received: unknown,
  path: ErrorPath,
  what: string,
  reader: string,
): ChitieuError {
  return chitieuError(
    'invalid-argument',
    `${what} (read one loaded back from JSON with ${reader} from 'chitieu/schemas' first)`,
    { received, path },
  );
}

function isDecimalOrNull(x: unknown): boolean {
  return x === null || isPlanDecimal(x);
}

const isMeasure = /* @__PURE__ */ oneOf(MEASURES);
const isMeasureOrNull = (x: unknown): boolean => x === null || isMeasure(x);
const isStatus = /* @__PURE__ */ oneOf(STATUSES);
const isItemStatus = /* @__PURE__ */ oneOf(ITEM_STATUSES);
const isDirection = /* @__PURE__ */ oneOf(DIRECTIONS);
const isChangeDirection = /* @__PURE__ */ oneOf(CHANGE_DIRECTIONS);
const isChangeUnit = /* @__PURE__ */ oneOf(CHANGE_UNITS);
const isPendingReason = /* @__PURE__ */ oneOf(PENDING_REASONS);
const isPendingReasonOrNull = (x: unknown): boolean => x === null || isPendingReason(x);

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
  ['published', /* @__PURE__ */ optional(isRecord)],
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

/** @internal A change as change() returns it, else `invalid-argument` at `path`. */
export function readChange(x: unknown, path: ErrorPath): Change {
  if (isGenuineChange(x)) return x;
  throw notGenuine(x, path, 'a change, as change() returns it', 'parseChange');
}

/** @internal An attainment as evaluate() returns it, else `invalid-argument` at `path`. */
export function readAttainment(x: unknown, path: ErrorPath): Attainment {
  if (isGenuineAttainment(x)) return x;
  throw notGenuine(x, path, 'an attainment, as evaluate() returns it', 'parseAttainment');
}

/** @internal A plan item result as evaluatePlan() returns it, else `invalid-argument`. */
export function readItemResult(x: unknown, path: ErrorPath): PlanItemResult {
  if (isGenuineItemResult(x)) return x;
  throw notGenuine(
    x,
    path,
    'a plan item result, as evaluatePlan() returns it',
    'parsePlanItemResult',
  );
}

/** @internal A plan result as evaluatePlan() returns it, else `invalid-argument`. */
export function readPlanResult(x: unknown, path: ErrorPath): PlanResult {
  if (isGenuinePlanResult(x)) return x;
  throw notGenuine(x, path, 'a plan result, as evaluatePlan() returns it', 'parsePlanResult');
}
