import { checkTally } from '../audit/check-tally.js';
import { Decimal } from '../numeric/decimal.js';
import type { Rounding } from '../numeric/rounding.js';
import { figureBounds } from './bounds.js';
import { roundest, wholesFor } from './check-percent-claims.js';
import type { Claim, ClaimFigure } from './claim.js';
import { role, vi } from './figures.js';
import type { FindingFields } from './finding-draft.js';

const HUNDRED = new Decimal(100);

/**
 * @internal Shares of one whole ("nông, lâm, thủy sản chiếm 36,11%; …"): their printed sum,
 * widened by each share's rounding, must reach 100 if the list is complete and may never
 * pass it. Below 100 the list may just be incomplete: unchecked.
 */
export function checkShareSum(shares: readonly Claim[], modes: readonly Rounding[]): FindingFields {
  const figures = shares.map((c) => role(c, 'percent') as ClaimFigure);
  let lo = new Decimal(0);
  let hi = new Decimal(0);
  for (const f of figures) {
    const b = figureBounds(f, modes);
    lo = lo.plus(b.lo);
    hi = hi.plus(b.hi);
  }
  const tally = checkTally(
    figures.map((f) => f.value),
    HUNDRED,
    { tolerance: hi.minus(lo) },
  );
  const sum = `${figures.map((f) => f.text).join(' + ')} = ${vi(tally.computed)}%`;
  const range = `${vi(lo, 3)}% … ${vi(hi, 3)}%`;
  if (lo.gt(HUNDRED)) {
    return {
      verdict: 'inconsistent',
      check: 'share-sum',
      arithmetic: sum,
      explanation: `${sum}: shares of one whole add up to more than 100% even allowing for rounding (${range})`,
      explanationVi: `${sum}: các tỷ trọng của cùng một tổng cộng lại vượt 100% kể cả khi tính sai số làm tròn (${range})`,
      hint: 'one share is too large, or they are not shares of one whole',
    };
  }
  if (hi.gte(HUNDRED)) {
    return {
      verdict: 'consistent',
      check: 'share-sum',
      arithmetic: sum,
      explanation: `${sum}: 100% within the rounding of the printed shares (${range})`,
      explanationVi: `${sum}: bằng 100% trong phạm vi sai số làm tròn (${range})`,
    };
  }
  const rest = HUNDRED.minus(tally.computed);
  return {
    verdict: 'unchecked',
    check: 'share-sum',
    arithmetic: sum,
    explanation: `${sum}: the list is not said to be complete (${vi(rest)}% is not accounted for)`,
    explanationVi: `${sum}: danh sách không được nói là đầy đủ (còn ${vi(rest)}% chưa nêu)`,
    missing: 'the rest of the list, or a statement that it is complete',
  };
}

/**
 * @internal For parts of one whole whose percentages do not fit it, the whole they do fit:
 * the whole plans every printed percentage of the group (and a percent-of-plan of the same
 * total) reproduces; the roundest of them. Null when there is none.
 */
export function commonWhole(
  parts: readonly Claim[],
  plan: Claim | undefined,
  modes: readonly Rounding[],
): { readonly whole: Decimal; readonly withPlan: boolean } | null {
  let common: readonly Decimal[] | null = null;
  for (const c of parts) {
    const count = role(c, 'count');
    const percent = role(c, 'percent');
    if (count === undefined || percent === undefined) continue;
    const fits = wholesFor(count.value, percent, modes);
    common = common === null ? fits : common.filter((w) => fits.some((f) => f.eq(w)));
    if (common.length === 0) return null;
  }
  if (common === null) return null;
  const actual = plan === undefined ? undefined : role(plan, 'actual');
  const percent = plan === undefined ? undefined : role(plan, 'percent');
  if (actual !== undefined && percent !== undefined) {
    const fits = wholesFor(actual.value, percent, modes);
    const both = common.filter((w) => fits.some((f) => f.eq(w)));
    const best = roundest(both);
    if (best !== null) return { whole: best, withPlan: true };
  }
  const best = roundest(common);
  return best === null ? null : { whole: best, withPlan: false };
}
