import type { Strictness } from '../attainment/attainment-schema.js';
import { change as computeChange } from '../attainment/change.js';
import type { Change } from '../attainment/change-schema.js';
import { defaultDirection } from '../attainment/default-direction.js';
import { evaluateDecimal } from '../attainment/evaluate-decimal.js';
import {
  DEFAULT_TOLERANCE,
  type ResolvedEvaluateOptions,
} from '../attainment/resolve-evaluate-options.js';
import { ChitieuError, chitieuError, errorHeadings, formatPath } from '../errors.js';
import type { Indicator } from '../indicator/indicator-schema.js';
import { Decimal, type Numeric } from '../numeric/decimal.js';
import { toDecimal } from '../numeric/to-decimal.js';
import type { Target } from '../target/target-schema.js';
import type { PendingReason, PlanItemResult, PlanResult } from './plan-result-schema.js';
import type { Plan, PlanItem } from './plan-schema.js';
import { scorecard, scorecardByGroup } from './scorecard.js';

/**
 * Options of {@link evaluatePlan}.
 *
 * @category Plans
 */
export interface EvaluatePlanOptions {
  /**
   * How a result exactly on a strict bound ("trên 150") counts, for every item without its
   * own setting: `lenient` (default, met) or `literal` (not met).
   */
  readonly strictness?: Strictness;
}

function pending(item: PlanItem, reason: PendingReason, delta: Change | null): PlanItemResult {
  return { item, status: 'pending', attainment: null, change: delta, pendingReason: reason };
}

/** Rethrow an item's error with the item's place in the plan in front of its path. */
function atItem(error: unknown, index: number): unknown {
  if (!(error instanceof ChitieuError)) return error;
  const path = ['items', index, ...error.path];
  const heading = `[chitieu] ${errorHeadings[error.code]}`;
  const old = error.path.length > 0 ? `${heading} at ${formatPath(error.path)}:` : `${heading}:`;
  const message = error.message.startsWith(old)
    ? `${heading} at ${formatPath(path)}:${error.message.slice(old.length)}`
    : error.message;
  return new ChitieuError(error.code, message, path, error.details);
}

function decimalAt(x: unknown, key: string): Decimal {
  return x instanceof Decimal ? x : toDecimal(x as Numeric, [key]);
}

/**
 * What {@link parsePlan} guarantees and evaluation relies on, checked cheaply for plans built
 * by hand: a bound agrees with the indicator's direction; a change in points is on a rate.
 */
function checkTarget(target: Target, indicator: Indicator): void {
  const level = target.kind === 'change' ? target.by : target;
  if (
    (level.kind === 'at-least' || level.kind === 'at-most') &&
    defaultDirection(target) !== indicator.direction
  ) {
    throw chitieuError(
      'invalid-plan',
      `a target in the indicator's direction (${indicator.direction})`,
      { received: level.kind, path: ['target'] },
    );
  }
  if (target.kind === 'change' && target.basis === 'points' && indicator.measure !== 'rate') {
    throw chitieuError('invalid-plan', "a change in percentage points on a 'rate' indicator", {
      received: indicator.measure,
      path: ['target'],
    });
  }
}

/** Evaluation settings shared by the items of one plan, resolved once per indicator. */
interface PlanContext {
  readonly strictness: Strictness;
  readonly resolved: Map<Indicator, ResolvedEvaluateOptions>;
}

/**
 * The options of {@link evaluateDecimal} for one item, built directly (the plan was
 * validated by parsePlan): the indicator's direction and measure, the item's baseline and
 * evaluation settings. Items without settings of their own share one object per indicator.
 */
function optionsFor(
  context: PlanContext,
  item: PlanItem,
  baseline: Decimal | undefined,
): ResolvedEvaluateOptions {
  const { indicator, evaluation } = item;
  if (evaluation === undefined) {
    let shared = context.resolved.get(indicator);
    if (shared === undefined) {
      shared = {
        baseline: null,
        direction: indicator.direction,
        strictness: context.strictness,
        ratioBasis: 'value',
        measure: indicator.measure,
        tolerance: DEFAULT_TOLERANCE,
      };
      context.resolved.set(indicator, shared);
    }
    return baseline === undefined ? shared : { ...shared, baseline };
  }
  return {
    baseline: baseline ?? null,
    direction: indicator.direction,
    strictness: evaluation.strictness ?? context.strictness,
    ratioBasis: evaluation.ratioBasis ?? 'value',
    measure: indicator.measure,
    tolerance:
      evaluation.tolerance === undefined
        ? DEFAULT_TOLERANCE
        : decimalAt(evaluation.tolerance, 'tolerance'),
  };
}

/** Evaluate one normalised item. */
function evaluateItem(context: PlanContext, item: PlanItem): PlanItemResult {
  const actual = item.actual === undefined ? undefined : decimalAt(item.actual, 'actual');
  const baseline = item.baseline === undefined ? undefined : decimalAt(item.baseline, 'baseline');
  const { indicator, target } = item;
  const delta =
    actual !== undefined && baseline !== undefined
      ? computeChange(actual, baseline, { measure: indicator.measure })
      : null;
  if (target === undefined) return pending(item, 'no-target', delta);
  if (actual === undefined) return pending(item, 'no-actual', delta);
  if (target.kind === 'change' && baseline === undefined) {
    return pending(item, 'no-baseline', delta);
  }
  checkTarget(target, indicator);
  const attainment = evaluateDecimal(actual, target, optionsFor(context, item, baseline));
  return { item, status: attainment.status, attainment, change: delta, pendingReason: null };
}

/**
 * Evaluate every item of a plan (kế hoạch) against its target and tally the results: each
 * item with a figure and a target gets an {@link Attainment} (exceeded / met / not-met,
 * percent of plan, gap) and, with a baseline, a {@link Change} ("tăng 121 đảng viên so với
 * năm 2020"); an item without a figure is `pending`, not failed. The {@link Scorecard}
 * ("32/39 chỉ tiêu đạt và vượt kế hoạch") counts the items that have a target.
 *
 * Takes a normalised {@link Plan} (from {@link parsePlan}) and does not validate it again:
 * items are evaluated with the unchecked core of {@link evaluate}, with the indicator's
 * direction and measure.
 *
 * @category Plans
 * @param plan - the plan, as {@link parsePlan} returns it
 * @param opts - `strictness` for items without their own
 * @returns the {@link PlanResult}
 * @throws {@link ChitieuError} `invalid-argument` for bad options; an item that cannot be
 * evaluated (a direction its target contradicts, in a plan not built by parsePlan) throws
 * with the item's path (`['items', 2, …]`)
 * @example
 * ```ts
 * const plan = parsePlan({
 *   id: 'hk-2021', title: 'Kết quả năm 2021', issuer: 'Huyện ủy Hương Khê',
 *   period: { kind: 'year', year: 2021 },
 *   items: [
 *     { id: 'admissions', indicator: 'party-admissions', target: 'trên 150 đảng viên', actual: 169, baseline: 48 },
 *     { id: 'budget', indicator: 'budget-revenue', target: 'đạt 72 tỷ đồng' },
 *   ],
 * });
 * const result = evaluatePlan(plan);
 * result.items.map((r) => r.status);
 * //=> ['exceeded', 'pending']
 * result.items[0].change.absolute.toString();
 * //=> '121'
 * result.scorecard;
 * //=> { total: 2, exceeded: 1, met: 0, notMet: 0, pending: 1, attained: 1 }
 * ```
 */
export function evaluatePlan(plan: Plan, opts: EvaluatePlanOptions = {}): PlanResult {
  if (typeof opts !== 'object' || opts === null) {
    throw chitieuError('invalid-argument', 'an options object or nothing', {
      received: opts,
      path: ['opts'],
    });
  }
  const strictness = opts.strictness;
  if (strictness !== undefined && strictness !== 'lenient' && strictness !== 'literal') {
    throw chitieuError('invalid-argument', "one of 'lenient', 'literal'", {
      received: strictness,
      path: ['opts', 'strictness'],
    });
  }
  if (typeof plan !== 'object' || plan === null || !Array.isArray(plan.items)) {
    throw chitieuError('invalid-argument', 'a plan as parsePlan returns it', {
      received: plan,
      path: ['plan'],
    });
  }
  const context: PlanContext = { strictness: strictness ?? 'lenient', resolved: new Map() };
  const source = plan.items;
  const n = source.length;
  const results = new Array<PlanItemResult>(n);
  const assessed: PlanItemResult[] = [];
  for (let i = 0; i < n; i++) {
    let result: PlanItemResult;
    try {
      result = evaluateItem(context, source[i] as PlanItem);
    } catch (error) {
      throw atItem(error, i);
    }
    results[i] = result;
    if (result.pendingReason !== 'no-target') assessed.push(result);
  }
  return {
    plan,
    items: results,
    scorecard: scorecard(assessed),
    byGroup: scorecardByGroup(assessed),
  };
}
