import { checkOptionsObject } from '../attainment/option-checks.js';
import { chitieuError } from '../errors.js';
import { readFigure } from '../notation/read-figure.js';
import { Decimal, type Numeric } from '../numeric/decimal.js';
import type { Rounding } from '../numeric/rounding.js';
import { checkOptionKeys } from '../validation/check-option-keys.js';
import { checkModes } from './check-modes.js';
import { approx, decimalsLabel, listWords, roundingTerms } from './explain.js';
import type { PlanInference, PlanInterval } from './plan-inference-schema.js';
import { readPublishedPercent } from './read-published-percent.js';

/**
 * Options for {@link inferPlan}.
 *
 * @category Audit
 */
export interface InferPlanOptions {
  /** The decimals the figure was printed with, if not the ones it shows ("112,6%" → 1). */
  readonly decimals?: number;
  /** The rounding modes the publisher may have used; `['half-up', 'truncate']` unless given. */
  readonly modes?: readonly Rounding[];
  /** At most this many whole plans are listed in `integers`; 1000 unless given. */
  readonly maxIntegers?: number;
}

const DEFAULT_MODES: readonly Rounding[] = ['half-up', 'truncate'];
const DEFAULT_MAX_INTEGERS = 1000;

/**
 * What `round(x) = P` demands of x = actual × 100 / plan, for x ≥ 0: `low ≤ x` (or `<`) and
 * `x < high` (or `≤`).
 */
interface Conditions {
  readonly low: Decimal;
  readonly lowInclusive: boolean;
  readonly high: Decimal;
  readonly highInclusive: boolean;
}

interface Bounds {
  readonly min: Decimal;
  readonly max: Decimal | null;
  readonly minInclusive: boolean;
  readonly maxInclusive: boolean;
}

function conditionsFor(published: Decimal, unit: Decimal, mode: Rounding): Conditions {
  const half = unit.div(2);
  switch (mode) {
    case 'truncate':
    case 'floor':
      return {
        low: published,
        lowInclusive: true,
        high: published.plus(unit),
        highInclusive: false,
      };
    case 'half-up':
      return {
        low: published.minus(half),
        lowInclusive: true,
        high: published.plus(half),
        highInclusive: false,
      };
    case 'half-even': {
      const even = published.div(unit).mod(2).isZero();
      return {
        low: published.minus(half),
        lowInclusive: even,
        high: published.plus(half),
        highInclusive: even,
      };
    }
    case 'ceil':
      return {
        low: published.minus(unit),
        lowInclusive: false,
        high: published,
        highInclusive: true,
      };
  }
}

/** Is the plan p (> 0) one for which `x = scaled / p` meets the conditions? Exact. */
function meets(scaled: Decimal, p: Decimal, c: Conditions): boolean {
  const low = c.low.times(p);
  const high = c.high.times(p);
  const lowOk = c.lowInclusive ? low.lte(scaled) : low.lt(scaled);
  const highOk = c.highInclusive ? scaled.lte(high) : scaled.lt(high);
  return lowOk && highOk;
}

/** The plans p > 0 meeting the conditions, as an interval; null when there are none. */
function boundsFor(scaled: Decimal, c: Conditions): Bounds | null {
  // x ≤ high (or <): p ≥ scaled / high.
  let min = new Decimal(0);
  let minInclusive = false;
  if (c.high.isPositive() && !c.high.isZero()) {
    min = scaled.div(c.high);
    minInclusive = c.highInclusive && !min.isZero();
  } else if (!(c.highInclusive && scaled.isZero())) {
    return null; // high = 0: only x = 0, and only if allowed
  }
  // x ≥ low (or >): p ≤ scaled / low; no upper end when low ≤ 0.
  let max: Decimal | null = null;
  let maxInclusive = false;
  if (c.low.isPositive() && !c.low.isZero()) {
    max = scaled.div(c.low);
    maxInclusive = c.lowInclusive;
  } else if (c.low.isZero() && !c.lowInclusive && scaled.isZero()) {
    return null; // x > 0 demanded, but x is 0 for every plan
  }
  if (max !== null && (min.gt(max) || (min.eq(max) && !(minInclusive && maxInclusive)))) {
    return null;
  }
  return { min, max, minInclusive, maxInclusive };
}

/**
 * The whole plans (≥ 1) in the bounds, listed up to `limit`. The ends are computed by division
 * and then confirmed with the exact test, so a quotient carried to 50 digits can never put a
 * plan on the wrong side of a bound.
 */
function wholePlans(
  bounds: Bounds,
  limit: number,
  test: (p: Decimal) => boolean,
): { integers: Decimal[]; integerCount: Decimal | null; capped: boolean } {
  const one = new Decimal(1);
  let first = bounds.minInclusive ? bounds.min.ceil() : bounds.min.floor().plus(1);
  if (first.gt(one) && test(first.minus(1))) first = first.minus(1);
  else if (!test(first)) first = first.plus(1);
  let last: Decimal | null = null;
  if (bounds.max !== null) {
    last = bounds.maxInclusive ? bounds.max.floor() : bounds.max.ceil().minus(1);
    if (test(last.plus(1))) last = last.plus(1);
    else if (last.gte(one) && !test(last)) last = last.minus(1);
  }
  const empty = last !== null && (last.lt(first) || !test(first));
  const integerCount = last === null ? null : empty ? new Decimal(0) : last.minus(first).plus(1);
  const integers: Decimal[] = [];
  if (!empty) {
    for (let p = first; integers.length < limit && (last === null || p.lte(last)); p = p.plus(1)) {
      integers.push(p);
    }
  }
  const capped = integerCount === null || integerCount.gt(integers.length);
  return { integers, integerCount, capped };
}

function describeBounds(b: Bounds): string {
  if (b.max === null) return `p ${b.minInclusive ? '≥' : '>'} ${approx(b.min)}`;
  return `${approx(b.min)} ${b.minInclusive ? '≤' : '<'} p ${b.maxInclusive ? '≤' : '<'} ${approx(b.max)}`;
}

function describeIntegers(integers: readonly Decimal[], count: Decimal | null): string {
  const first = integers[0];
  if (count === null) {
    return first === undefined
      ? 'unboundedly many whole plans'
      : `every whole plan from ${first.toFixed()} up`;
  }
  if (first === undefined)
    return count.isZero() ? 'no whole plan' : `${count.toFixed()} whole plans`;
  if (count.eq(1)) return `whole plan ${first.toFixed()}`;
  if (count.lte(5) && count.eq(integers.length)) {
    return `whole plans ${listWords(integers.map((p) => p.toFixed()))}`;
  }
  const last = first.plus(count).minus(1);
  return `${count.toFixed()} whole plans, ${first.toFixed()} to ${last.toFixed()}`;
}

/** The options inferPlan knows: any other key is refused (a misspelling would be ignored). */
const INFER_PLAN_OPTIONS: readonly string[] = ['decimals', 'maxIntegers', 'modes'];

/**
 * Find the plans (kế hoạch) that could have produced a published "đạt X% kế hoạch" when only
 * the actual figure is known. Reports often leave the plan unstated: Hương Khê "kết nạp 169
 * đảng viên mới … đạt 112,6% kế hoạch năm" can only be a plan of 150, and only under
 * truncation (169/150 = 112,666…%); half-up fits no whole plan.
 *
 * For actual a, published P with d decimals and u = 10^−d, the plan p must satisfy
 * `round(a × 100 / p) = P`:
 *
 * - truncate (cắt bỏ): P ≤ a·100/p < P + u, so a·100/(P + u) < p ≤ a·100/P;
 * - half-up (làm tròn): P − u/2 ≤ a·100/p < P + u/2, so a·100/(P + u/2) < p ≤ a·100/(P − u/2);
 * - half-even, ceil, floor likewise, when asked for in `options.modes`.
 *
 * When the lower end of the rounding band is 0 or less (a published "0%", or "0,0%" half-up)
 * any large enough plan prints the figure: `max` is then `null`, `integerCount` is `null`
 * and `capped` is true. Bounds are exact (repeating quotients to 50 significant digits) and
 * whole plans are confirmed with exact integer arithmetic.
 *
 * @category Audit
 * @param actual - the actual figure (169), not negative
 * @param published - the published percentage: a string is Vietnamese notation ("112,6%");
 * a number or Decimal is taken as is; not negative
 * @param options - decimals, the rounding modes to try, the cap on listed whole plans
 * @returns the plan interval per mode and their union, with the whole plans inside
 * @throws {@link ChitieuError} `invalid-number` for a malformed figure, `invalid-argument`
 * for a negative actual or percentage, bad decimals, modes or maxIntegers
 * @example
 * ```ts
 * const r = inferPlan(169, '112,6%');
 * r.integers.map(String);
 * //=> ['150']
 * r.byMode.truncate?.integers.map(String);
 * //=> ['150']
 * r.byMode['half-up']?.integers.length;
 * //=> 0
 * inferPlan(55, '91,6%').integers.map(String);
 * //=> ['60']
 * const v = inferPlan(87646, '97,1%');
 * [v.min?.toFixed(2), v.max?.toFixed(2), v.integerCount?.toString()];
 * //=> ['90170.78', '90310.15', '140']
 * inferPlan(3, '0%').max;
 * //=> null
 * inferPlan(-1, '50%');
 * // throws ChitieuError invalid-argument
 * ```
 */
export function inferPlan(
  actual: Numeric,
  published: string | Numeric,
  options: InferPlanOptions = {},
): PlanInference {
  checkOptionKeys(options, INFER_PLAN_OPTIONS);
  const a = readFigure(actual, ['actual']);
  if (a.isNegative()) {
    throw chitieuError('invalid-argument', 'an actual figure that is not negative', {
      received: a.toString(),
      path: ['actual'],
    });
  }
  checkOptionsObject(options);
  const figure = readPublishedPercent(published, options.decimals, ['published']);
  if (figure.value.isNegative()) {
    throw chitieuError('invalid-argument', 'a published percentage that is not negative', {
      received: figure.text,
      path: ['published'],
    });
  }
  const modes = checkModes(options.modes ?? DEFAULT_MODES);
  const limit = options.maxIntegers ?? DEFAULT_MAX_INTEGERS;
  if (!Number.isSafeInteger(limit) || limit < 0) {
    throw chitieuError('invalid-argument', 'a whole number of plans to list, 0 or more', {
      received: limit,
      path: ['options', 'maxIntegers'],
    });
  }

  const P = figure.value;
  const unit = new Decimal(10).pow(-figure.decimals);
  const scaled = a.times(100);
  const byMode: Partial<Record<Rounding, PlanInterval | null>> = {};
  const found: { mode: Rounding; conditions: Conditions; bounds: Bounds }[] = [];
  for (const mode of modes) {
    const conditions = conditionsFor(P, unit, mode);
    const bounds = boundsFor(scaled, conditions);
    if (bounds === null) {
      byMode[mode] = null;
      continue;
    }
    found.push({ mode, conditions, bounds });
    byMode[mode] = { ...bounds, ...wholePlans(bounds, limit, (p) => meets(scaled, p, conditions)) };
  }

  const head = `${a.toFixed()} is "${figure.text}" (${decimalsLabel(figure.decimals)}) of a plan (kế hoạch) p`;
  const base = {
    actual: a,
    published: P,
    publishedText: figure.text,
    decimals: figure.decimals,
    modes,
    byMode,
  };
  const firstFound = found[0];
  if (firstFound === undefined) {
    return {
      ...base,
      verdict: 'unreproducible',
      consistent: false,
      min: null,
      max: null,
      minInclusive: false,
      maxInclusive: false,
      integers: [],
      integerCount: new Decimal(0),
      capped: false,
      explanation: `No plan (kế hoạch) p makes ${a.toFixed()} "${figure.text}" (${decimalsLabel(figure.decimals)}) under ${listWords(
        modes.map((m) => roundingTerms[m]),
      )}${a.isZero() ? ': 0 is 0% of every plan' : ''}`,
    };
  }

  // Every mode's interval contains a·100/P (or, for P = 0, every large plan): the union is
  // one interval.
  let { min, max, minInclusive, maxInclusive } = firstFound.bounds;
  for (const { bounds } of found.slice(1)) {
    if (bounds.min.lt(min)) {
      min = bounds.min;
      minInclusive = bounds.minInclusive;
    } else if (bounds.min.eq(min)) {
      minInclusive ||= bounds.minInclusive;
    }
    if (max !== null) {
      if (bounds.max === null) {
        max = null;
        maxInclusive = false;
      } else if (bounds.max.gt(max)) {
        max = bounds.max;
        maxInclusive = bounds.maxInclusive;
      } else if (bounds.max.eq(max)) {
        maxInclusive ||= bounds.maxInclusive;
      }
    }
  }
  const union: Bounds = { min, max, minInclusive, maxInclusive };
  const plans = wholePlans(union, limit, (p) => found.some((f) => meets(scaled, p, f.conditions)));
  const perMode = modes.map((mode) => {
    const interval = byMode[mode];
    if (!interval) return `${roundingTerms[mode]}: impossible`;
    return `${roundingTerms[mode]}: ${describeBounds(interval)}, ${describeIntegers(interval.integers, interval.integerCount)}`;
  });
  return {
    ...base,
    verdict: 'consistent',
    consistent: true,
    ...union,
    ...plans,
    explanation: `${head}: ${describeBounds(union)}, ${describeIntegers(plans.integers, plans.integerCount)}${
      modes.length > 1 ? `; ${perMode.join('; ')}` : ''
    }`,
  };
}
