import { RATIO_BASES, STRICTNESSES } from '../attainment/attainment-values.js';
import { ChitieuError, type ErrorPath } from '../errors.js';
import { DIRECTIONS, MEASURES } from '../indicator/measure-values.js';
import { Decimal } from '../numeric/decimal.js';
import { MAX_EXPONENT } from '../numeric/to-decimal.js';
import type { Target } from '../targets/target-schema.js';
import { toTarget } from '../targets/to-target.js';
import { isNonBlankText, NON_BLANK_TEXT } from '../validation/non-blank-text.js';
import { planGroups } from './plan-group.js';
import { REPORTED_STATUSES } from './plan-values.js';

/** @internal What stops a value from being a normalised plan item (or one of its parts). */
export interface PlanItemProblem {
  /** Where, relative to the value checked. */
  readonly path: ErrorPath;
  readonly expected: string;
  readonly received: unknown;
}

/**
 * @internal A figure as {@link parsePlan} leaves it: a finite Decimal of chitieu's own clone,
 * within chitieu's range, not −0. Strings, numbers and other clones' Decimals are not.
 */
export function isPlanDecimal(x: unknown): x is Decimal {
  if (!(x instanceof Decimal) || x.constructor !== Decimal) return false;
  // decimal.js keeps the digits of a finite value in `d` (null for NaN and ±Infinity); a zero
  // has the single digit 0 and its sign in `s`.
  const digits: readonly number[] | null = x.d;
  if (digits === null) return false;
  return digits[0] === 0 ? x.s === 1 : x.e <= MAX_EXPONENT && x.e >= -MAX_EXPONENT;
}

/** @internal A plain object (not null, not an array). */
export function isRecord(x: unknown): x is Readonly<Record<string, unknown>> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** @internal A check of one field: its key, the test, and what the test expects. */
export type FieldRule = readonly [key: string, test: (x: unknown) => boolean, expected?: string];

/** @internal The first field of `record` that fails its rule, at `base` + its key; or null. */
export function fieldProblem(
  record: Readonly<Record<string, unknown>>,
  rules: readonly FieldRule[],
  base: ErrorPath = [],
): PlanItemProblem | null {
  for (const [key, test, expected = ''] of rules) {
    const value = record[key];
    if (!test(value)) return { path: [...base, key], expected, received: value };
  }
  return null;
}

/** @internal A test that `x` is one of `allowed`. */
export const oneOf =
  (allowed: readonly unknown[]) =>
  (x: unknown): boolean =>
    allowed.includes(x);

/** @internal The same test, passing `undefined` too. */
export const optional =
  (test: (x: unknown) => boolean) =>
  (x: unknown): boolean =>
    x === undefined || test(x);

/** @internal What {@link oneOf} expects, in words. */
export const oneOfText = (allowed: readonly unknown[]): string =>
  `one of ${allowed.map((v) => JSON.stringify(v)).join(', ')}`;

const GROUPS: readonly unknown[] = planGroups;

const INDICATOR: readonly FieldRule[] = [
  ['name', isNonBlankText, NON_BLANK_TEXT],
  ['unit', (x) => x === null || isNonBlankText(x), `${NON_BLANK_TEXT} or null`],
  ['measure', /* @__PURE__ */ oneOf(MEASURES), /* @__PURE__ */ oneOfText(MEASURES)],
  ['direction', /* @__PURE__ */ oneOf(DIRECTIONS), /* @__PURE__ */ oneOfText(DIRECTIONS)],
  [
    'group',
    /* @__PURE__ */ optional(/* @__PURE__ */ oneOf(GROUPS)),
    /* @__PURE__ */ oneOfText(GROUPS),
  ],
];

const EVALUATION: readonly FieldRule[] = [
  [
    'strictness',
    /* @__PURE__ */ optional(/* @__PURE__ */ oneOf(STRICTNESSES)),
    /* @__PURE__ */ oneOfText(STRICTNESSES),
  ],
  [
    'ratioBasis',
    /* @__PURE__ */ optional(/* @__PURE__ */ oneOf(RATIO_BASES)),
    /* @__PURE__ */ oneOfText(RATIO_BASES),
  ],
  [
    'tolerance',
    /* @__PURE__ */ optional((x) => isPlanDecimal(x) && !x.isNegative()),
    'a Decimal that is not negative',
  ],
];

/** The fields checked before the indicator's and the target, then those checked after. */
const ITEM_HEAD: readonly FieldRule[] = [
  ['id', isNonBlankText, NON_BLANK_TEXT],
  ['indicator', isRecord, 'an indicator object'],
  ['label', /* @__PURE__ */ optional(isNonBlankText), NON_BLANK_TEXT],
  [
    'group',
    /* @__PURE__ */ optional(/* @__PURE__ */ oneOf(GROUPS)),
    /* @__PURE__ */ oneOfText(GROUPS),
  ],
];
const ITEM_TAIL: readonly FieldRule[] = [
  ['actual', /* @__PURE__ */ optional(isPlanDecimal), 'a Decimal'],
  ['baseline', /* @__PURE__ */ optional(isPlanDecimal), 'a Decimal'],
  [
    'reportedStatus',
    /* @__PURE__ */ optional(/* @__PURE__ */ oneOf(REPORTED_STATUSES)),
    /* @__PURE__ */ oneOfText(REPORTED_STATUSES),
  ],
  ['targetText', /* @__PURE__ */ optional(isNonBlankText), NON_BLANK_TEXT],
  ['baselineLabel', /* @__PURE__ */ optional(isNonBlankText), NON_BLANK_TEXT],
  ['evaluation', /* @__PURE__ */ optional(isRecord), 'an object'],
];

/**
 * @internal What stops `target` from being a {@link Target} as parsePlan leaves it (its
 * figures chitieu Decimals), with its path after `path`; null when it is one.
 */
export function targetProblem(target: unknown, path: ErrorPath): PlanItemProblem | null {
  if (isPlanTarget(target)) return null;
  try {
    toTarget(target as Target, path);
  } catch (error) {
    if (!(error instanceof ChitieuError)) throw error;
    const received = error.path
      .slice(path.length)
      .reduce<unknown>((at, key) => (isRecord(at) ? at[key] : undefined), target);
    return { path: error.path, expected: String(error.details.expected), received };
  }
  // A target toTarget reads, but with a figure that is a number or a string: say which.
  const t = target as Readonly<Record<string, unknown>>;
  const at = t.kind === 'change' ? [...path, 'by'] : path;
  const level = (t.kind === 'change' ? t.by : t) as Readonly<Record<string, unknown>>;
  // Only the figures of the target's kind: a stray `value` on a range is not the culprit.
  const keys = level.kind === 'range' ? ['min', 'max'] : ['value'];
  const key = keys.find((k) => !isPlanDecimal(level[k])) ?? '';
  return { path: [...at, key], expected: 'a Decimal', received: level[key] };
}

/** A level target (at-least … range) whose figures are chitieu Decimals, checked without allocating. */
function isPlanLevel(t: unknown): boolean {
  if (!isRecord(t)) return false;
  switch (t.kind) {
    case 'at-least':
    case 'at-most':
      return isPlanDecimal(t.value) && typeof t.strict === 'boolean';
    case 'exact':
    case 'approximately':
      return isPlanDecimal(t.value);
    case 'range':
      return isPlanDecimal(t.min) && isPlanDecimal(t.max) && t.min.lte(t.max);
    default:
      return false;
  }
}

/**
 * @internal Is `target` a {@link Target} whose figures are chitieu Decimals (one that comes
 * back from toTarget as it is)? The hot path of evaluation and reporting: no allocation.
 */
export function isPlanTarget(target: unknown): boolean {
  if (!isRecord(target)) return false;
  if (target.kind !== 'change') return isPlanLevel(target);
  const { direction, basis } = target;
  return (
    (direction === 'increase' || direction === 'decrease') &&
    (basis === 'absolute' || basis === 'points' || basis === 'percent') &&
    isPlanLevel(target.by)
  );
}

/**
 * The fast path of {@link planItemProblem}: true for an item as parsePlan returns it, without
 * evaluation settings or a reported status (those, and any item it refuses, go through the
 * field rules). Indicators already checked in `indicators` are not checked again.
 */
function isCommonItem(item: Readonly<Record<string, unknown>>, indicators?: Set<unknown>): boolean {
  const { indicator, label, group, target, actual, baseline, targetText, baselineLabel } = item;
  if (indicators === undefined || !indicators.has(indicator)) {
    if (!isRecord(indicator) || fieldProblem(indicator, INDICATOR) !== null) return false;
    indicators?.add(indicator);
  }
  return (
    isNonBlankText(item.id) &&
    (label === undefined || isNonBlankText(label)) &&
    (group === undefined || GROUPS.includes(group)) &&
    (target === undefined || isPlanTarget(target)) &&
    (actual === undefined || isPlanDecimal(actual)) &&
    (baseline === undefined || isPlanDecimal(baseline)) &&
    (targetText === undefined || isNonBlankText(targetText)) &&
    (baselineLabel === undefined || isNonBlankText(baselineLabel)) &&
    item.evaluation === undefined &&
    item.reportedStatus === undefined
  );
}

/**
 * @internal The first problem that stops `item` from being a {@link PlanItem} as
 * {@link parsePlan} returns it, in the fields evaluation and the report read (indicator,
 * label, group, target, figures, evaluation settings, the publisher's status), or null.
 * Zod-free and cheap: {@link evaluatePlan} runs it on every item, with a set of the
 * indicators it has already checked.
 */
export function planItemProblem(item: unknown, indicators?: Set<unknown>): PlanItemProblem | null {
  if (!isRecord(item)) return { path: [], expected: 'a plan item object', received: item };
  if (isCommonItem(item, indicators)) return null;
  return (
    fieldProblem(item, ITEM_HEAD) ??
    fieldProblem(item.indicator as Readonly<Record<string, unknown>>, INDICATOR, ['indicator']) ??
    (item.target === undefined ? null : targetProblem(item.target, ['target'])) ??
    fieldProblem(item, ITEM_TAIL) ??
    (item.evaluation === undefined
      ? null
      : fieldProblem(item.evaluation as Readonly<Record<string, unknown>>, EVALUATION, [
          'evaluation',
        ]))
  );
}
