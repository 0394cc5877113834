import type { Strictness } from '../attainment/attainment-schema.js';
import { STRICTNESSES } from '../attainment/attainment-values.js';
import { changeOf } from '../attainment/change.js';
import type { Change } from '../attainment/change-schema.js';
import { impliedDirection } from '../attainment/default-direction.js';
import { evaluateDecimal } from '../attainment/evaluate-decimal.js';
import {
  DEFAULT_TOLERANCE,
  type ResolvedEvaluateOptions,
} from '../attainment/resolve-evaluate-options.js';
import { ChitieuError, chitieuError } from '../errors.js';
import type { Indicator } from '../indicator/indicator-schema.js';
import type { Decimal } from '../numeric/decimal.js';
import type { Target } from '../targets/target-schema.js';
import { checkOneOf, checkRecord } from '../validation/check-argument.js';
import { checkOptionKeys } from '../validation/check-option-keys.js';
import { rebaseError } from '../validation/rebase-error.js';
import { type PlanItemProblem, planItemProblem } from './plan-item-problem.js';
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

const AS_PARSED = 'as parsePlan returns it (read plans from JSON with parsePlan first)';

/** The error for an item that is not in the form parsePlan gives, at its place in the plan. */
function notNormalised(problem: PlanItemProblem, index: number): ChitieuError {
  return chitieuError('invalid-plan', `${problem.expected}, ${AS_PARSED}`, {
    received: problem.received,
    path: ['items', index, ...problem.path],
  });
}

/**
 * What {@link "chitieu/schemas"!parsePlan} guarantees and evaluation relies on, checked cheaply for plans built
 * by hand: a bound agrees with the indicator's direction; a change in points is on a rate.
 */
function checkTarget(target: Target, indicator: Indicator): void {
  const level = target.kind === 'change' ? target.by : target;
  if (
    (level.kind === 'at-least' || level.kind === 'at-most') &&
    impliedDirection(target) !== indicator.direction
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
 * The options of {@link evaluateDecimal} for one item, built directly (the item was checked
 * by {@link planItemProblem}): the indicator's direction and measure, the item's baseline and
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
    tolerance: evaluation.tolerance ?? DEFAULT_TOLERANCE,
  };
}

/** Evaluate one item, already checked by {@link planItemProblem}. */
function evaluateItem(context: PlanContext, item: PlanItem): PlanItemResult {
  const { indicator, target, actual, baseline } = item;
  const delta =
    actual !== undefined && baseline !== undefined
      ? changeOf(actual, baseline, indicator.measure)
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

/** The options evaluatePlan knows: any other key is refused (a misspelling would be ignored). */
const EVALUATE_PLAN_OPTIONS: readonly string[] = ['strictness'];

/**
 * Evaluate every item of a plan (kế hoạch) against its target and tally the results: each
 * item with a figure and a target gets an {@link Attainment} (exceeded / met / not-met,
 * percent of plan, gap) and, with a baseline, a {@link Change} ("tăng 121 đảng viên so với
 * năm 2020"); an item without a figure is `pending`, not failed. The {@link Scorecard}
 * ("32/39 chỉ tiêu đạt và vượt kế hoạch") counts the items that have a target.
 *
 * Takes a normalised {@link Plan}, as {@link "chitieu/schemas"!parsePlan} returns it: plan documents (JSON)
 * and plans loaded back from JSON (their figures are strings) must go through parsePlan
 * first. evaluatePlan does not validate the plan again with its schema; it checks cheaply
 * that each item is in parsePlan's form (an indicator object, a target object, figures that
 * are chitieu Decimals) and evaluates it with the unchecked core of {@link evaluate}, with
 * the indicator's direction and measure.
 *
 * @category Plans
 * @param plan - the plan, as {@link "chitieu/schemas"!parsePlan} returns it
 * @param options - `strictness` for items without their own
 * @returns the {@link PlanResult}
 * @throws {@link ChitieuError} `invalid-argument` for bad options or a plan that is not an
 * object (path `['plan']`); `invalid-plan` for an item not in parsePlan's form (raw JSON, a
 * figure that is a string or a number, a target phrase instead of a target object) or that
 * cannot be evaluated (a direction its target contradicts), with the item's path
 * (`['items', 2, 'target', 'value']`)
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
 * evaluatePlan(JSON.parse(JSON.stringify(plan)));
 * // throws ChitieuError invalid-plan
 * evaluatePlan(parsePlan(JSON.parse(JSON.stringify(plan)))).scorecard.attained;
 * //=> 1
 * ```
 */
export function evaluatePlan(plan: Plan, options: EvaluatePlanOptions = {}): PlanResult {
  checkOptionKeys(options, EVALUATE_PLAN_OPTIONS);
  const o = checkRecord(options, 'an options object or nothing', ['options']);
  const strictness = checkOneOf(o.strictness, STRICTNESSES, 'lenient', ['options', 'strictness']);
  if (typeof plan !== 'object' || plan === null || Array.isArray(plan)) {
    throw chitieuError('invalid-argument', `a plan ${AS_PARSED}`, {
      received: plan,
      path: ['plan'],
    });
  }
  const source: unknown = plan.items;
  if (!Array.isArray(source)) {
    throw chitieuError('invalid-plan', `a list of items, ${AS_PARSED}`, {
      received: source,
      path: ['items'],
    });
  }
  const context: PlanContext = { strictness, resolved: new Map() };
  const indicators = new Set<unknown>();
  const n = source.length;
  const results = new Array<PlanItemResult>(n);
  const assessed: PlanItemResult[] = [];
  for (let i = 0; i < n; i++) {
    const item: unknown = source[i];
    const problem = planItemProblem(item, indicators);
    if (problem !== null) throw notNormalised(problem, i);
    let result: PlanItemResult;
    try {
      result = evaluateItem(context, item as PlanItem);
    } catch (error) {
      // evaluate() names the baseline `options.baseline`; here it is the item's `baseline`.
      const fromOptions = error instanceof ChitieuError && error.path[0] === 'options';
      throw rebaseError(error, fromOptions ? 1 : 0, ['items', i]);
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
