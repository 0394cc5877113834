import { inferPlan } from '../audit/infer-plan.js';
import { reconcilePercent } from '../audit/reconcile-percent.js';
import type { Decimal } from '../numeric/decimal.js';
import { roundTo } from '../numeric/round-to.js';
import type { Rounding } from '../numeric/rounding.js';
import { figureBounds, isExact, overlaps, printedBounds } from './bounds.js';
import type { Claim, ClaimFigure } from './claim.js';
import { modeWords, role, vi } from './figures.js';
import type { FindingFields } from './finding-draft.js';

/** @internal The roundings of `modes` under which count / total × 100 prints `percent`. */
export function reproduce(
  percent: ClaimFigure,
  count: Decimal,
  total: Decimal,
  modes: readonly Rounding[],
): { readonly matches: readonly Rounding[]; readonly computed: Decimal } {
  const r = reconcilePercent(percent.value, count, total, { decimals: percent.decimals });
  return { matches: r.matches.filter((m) => modes.includes(m)), computed: r.computed };
}

/**
 * Whole plans already inferred for a printed percentage (its figure object) and a count: one
 * figure is asked about by its own check and again by its group's; inferPlan runs once.
 */
const inferred = new WeakMap<ClaimFigure, Map<string, readonly Decimal[]>>();

/** @internal The whole plans for which `count` prints `percent` under `modes`. */
export function wholesFor(
  count: Decimal,
  percent: ClaimFigure,
  modes: readonly Rounding[],
): readonly Decimal[] {
  const key = `${count.toString()} ${modes.join(',')}`;
  const known = inferred.get(percent)?.get(key);
  if (known !== undefined) return known;
  const found = inferWholes(count, percent, modes);
  const forFigure = inferred.get(percent) ?? new Map<string, readonly Decimal[]>();
  forFigure.set(key, found);
  inferred.set(percent, forFigure);
  return found;
}

function inferWholes(
  count: Decimal,
  percent: ClaimFigure,
  modes: readonly Rounding[],
): readonly Decimal[] {
  if (percent.value.isZero() || count.isZero()) return [];
  const r = inferPlan(count, percent.value, {
    decimals: percent.decimals,
    modes: [...modes],
    maxIntegers: 100,
  });
  return Object.freeze(r.consistent && !r.capped ? [...r.integers] : []);
}

/** @internal The roundest of some whole numbers: most trailing zeros, then the smallest. */
export function roundest(values: readonly Decimal[]): Decimal | null {
  let best: Decimal | null = null;
  let bestZeros = -1;
  for (const v of values) {
    let zeros = 0;
    for (let x = v; !x.isZero() && x.mod(10).isZero() && zeros < 20; x = x.div(10)) zeros++;
    if (zeros > bestZeros) {
      best = v;
      bestZeros = zeros;
    }
  }
  return best;
}

function pct(x: Decimal, decimals: number): string {
  return `${vi(x, Math.max(2, decimals))}%`;
}

/**
 * @internal For figures printed rounded ("46,8 ha/50 ha, đạt 93,7%"): does some value of each
 * inside its rounding make the printed percentage? Null when both figures are exact.
 */
function roundedRatioFits(
  count: ClaimFigure,
  total: ClaimFigure,
  percent: ClaimFigure,
  modes: readonly Rounding[],
): { readonly fits: boolean; readonly range: string } | null {
  if (isExact(count) && isExact(total)) return null;
  const c = figureBounds(count, modes);
  const t = figureBounds(total, modes);
  if (!t.lo.isPositive() || t.lo.isZero()) return null;
  const ratio = { lo: c.lo.div(t.hi).times(100), hi: c.hi.div(t.lo).times(100) };
  const printed = printedBounds(percent.value, percent.decimals, modes);
  return { fits: overlaps(ratio, printed), range: `${vi(ratio.lo, 3)}% … ${vi(ratio.hi, 3)}%` };
}

/** @internal A count over its total with its printed percentage: "238/316 …, đạt tỷ lệ 88,9%". */
export function checkPercentOf(
  count: ClaimFigure,
  total: ClaimFigure,
  percent: ClaimFigure,
  modes: readonly Rounding[],
): FindingFields {
  if (count.value.gt(total.value)) return partAboveWhole(count, total);
  const { matches, computed } = reproduce(percent, count.value, total.value, modes);
  const arithmetic = `${count.text}/${total.text} = ${pct(computed, percent.decimals)}`;
  const rounded = roundedRatioFits(count, total, percent, modes);
  if (rounded?.fits === true && matches.length === 0)
    return roundedFit(arithmetic, percent, rounded.range);
  if (matches.length > 0) {
    return {
      verdict: 'consistent',
      check: 'percent',
      matches,
      arithmetic,
      explanation: `${arithmetic}, printed ${percent.text} (${modeWords(matches, 0, 'and')})`,
      explanationVi: `${arithmetic}, in ${percent.text} (${modeWords(matches, 1, 'và')})`,
    };
  }
  const needed = roundTo(percent.value.times(total.value).div(100), 0, 'half-up');
  const hint = `${percent.text} of ${total.text} would be ${vi(needed, 0)}`;
  return {
    verdict: 'inconsistent',
    check: 'percent',
    arithmetic,
    explanation: `${arithmetic}, not ${percent.text} under ${modeWords(modes, 0, 'or')}; ${hint}`,
    explanationVi: `${arithmetic}, không phải ${percent.text} dù ${modeWords(modes, 1, 'hay')}; ${percent.text} của ${total.text} là ${vi(needed, 0)}`,
    hint,
  };
}

function roundedFit(arithmetic: string, percent: ClaimFigure, range: string): FindingFields {
  return {
    verdict: 'consistent',
    check: 'percent',
    arithmetic,
    explanation: `${arithmetic}; with the figures known only to their rounding the ratio lies in ${range}, which holds the printed ${percent.text}`,
    explanationVi: `${arithmetic}; các số in ra đã làm tròn nên tỷ lệ nằm trong ${range}, gồm cả ${percent.text} đã in`,
  };
}

/** @internal A part larger than the whole it breaks down. */
export function partAboveWhole(count: ClaimFigure, total: ClaimFigure): FindingFields {
  const arithmetic = `${count.text} > ${total.text}`;
  return {
    verdict: 'inconsistent',
    check: 'part-of-whole',
    arithmetic,
    explanation: `${arithmetic}: a part larger than the whole it breaks down`,
    explanationVi: `${arithmetic}: phần lớn hơn tổng số mà nó thuộc về`,
    hint: `a part of ${total.text} is at most ${total.text}`,
  };
}

/** @internal A percentage with a count but no whole: "564 nữ, chiếm 20,14%" alone. */
export function checkPartWithoutWhole(
  count: ClaimFigure,
  percent: ClaimFigure,
  modes: readonly Rounding[],
): FindingFields {
  const wholes = wholesFor(count.value, percent, modes);
  const implied =
    wholes.length === 0
      ? ''
      : wholes.length === 1
        ? `; it implies a whole of ${vi(wholes[0] as Decimal, 0)}`
        : `; it implies a whole between ${vi(wholes[0] as Decimal, 0)} and ${vi(wholes[wholes.length - 1] as Decimal, 0)}`;
  const impliedVi = implied
    .replace('; it implies a whole of', '; tổng số suy ra là')
    .replace('; it implies a whole between', '; tổng số suy ra trong khoảng')
    .replace(' and ', ' đến ');
  return {
    verdict: 'unchecked',
    check: 'percent',
    arithmetic: `${count.text} = ${percent.text} × ?`,
    explanation: `no whole for ${percent.text} (${count.text} of what?)${implied}`,
    explanationVi: `không có tổng số cho ${percent.text} (${count.text} trên bao nhiêu?)${impliedVi}`,
    missing: `the whole ${percent.text} is taken of`,
  };
}

/** @internal "kết nạp 169 đảng viên, đạt 112,6% kế hoạch" with or without the plan. */
export function checkPlanClaim(claim: Claim, modes: readonly Rounding[]): FindingFields {
  const percent = role(claim, 'percent') as ClaimFigure;
  const actual = role(claim, 'actual');
  const plan = role(claim, 'plan');
  if (actual !== undefined && plan !== undefined && !plan.value.isZero()) {
    const { matches, computed } = reproduce(percent, actual.value, plan.value, modes);
    const arithmetic = `${actual.text}/${plan.text} = ${pct(computed, percent.decimals)}`;
    const rounded = roundedRatioFits(actual, plan, percent, modes);
    if (rounded?.fits === true && matches.length === 0) {
      return { ...roundedFit(arithmetic, percent, rounded.range), check: 'plan' };
    }
    const ok = matches.length > 0;
    return {
      verdict: ok ? 'consistent' : 'inconsistent',
      check: 'plan',
      matches,
      arithmetic,
      explanation: ok
        ? `${arithmetic}, printed ${percent.text} (${modeWords(matches, 0, 'and')})`
        : `${arithmetic}, not ${percent.text} under ${modeWords(modes, 0, 'or')}`,
      explanationVi: ok
        ? `${arithmetic}, in ${percent.text} (${modeWords(matches, 1, 'và')})`
        : `${arithmetic}, không phải ${percent.text} dù ${modeWords(modes, 1, 'hay')}`,
      hint: ok ? null : `the plan ${percent.text} implies is not ${plan.text}`,
    };
  }
  if (actual === undefined || actual.value.isZero()) {
    return {
      verdict: 'unchecked',
      check: 'plan',
      arithmetic: `? / ? = ${percent.text}`,
      explanation: `no base for ${percent.text}: neither the actual figure nor the plan is given`,
      explanationVi: `không có cơ sở cho ${percent.text}: không nêu số thực hiện lẫn kế hoạch`,
      missing: 'the actual figure and the plan',
    };
  }
  const plans = wholesFor(actual.value, percent, modes);
  const implied =
    plans.length === 0
      ? 'no whole plan prints it'
      : plans.length === 1
        ? `it implies a plan of ${vi(plans[0] as Decimal, 0)}`
        : `it implies a plan between ${vi(plans[0] as Decimal, 0)} and ${vi(plans[plans.length - 1] as Decimal, 0)}`;
  const impliedVi =
    plans.length === 0
      ? 'không kế hoạch nguyên nào cho ra con số này'
      : plans.length === 1
        ? `kế hoạch suy ra là ${vi(plans[0] as Decimal, 0)}`
        : `kế hoạch suy ra trong khoảng ${vi(plans[0] as Decimal, 0)} đến ${vi(plans[plans.length - 1] as Decimal, 0)}`;
  return {
    verdict: 'unchecked',
    check: 'plan',
    arithmetic: `${actual.text} / ? = ${percent.text}`,
    explanation: `the plan for ${percent.text} is not given; ${implied}`,
    explanationVi: `không nêu kế hoạch của ${percent.text}; ${impliedVi}`,
    missing: 'the plan',
  };
}
