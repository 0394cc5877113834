import { chitieuError } from '../errors.js';
import { Decimal } from '../numeric/decimal.js';
import { timesHundred } from '../numeric/times-hundred.js';
import type { Target } from '../targets/target-schema.js';

/** A change target ("giảm 1–1,5%", "có thêm 2 xã"). */
type ChangeTarget = Extract<Target, { kind: 'change' }>;

const ZERO = /* @__PURE__ */ new Decimal(0);

/**
 * @internal The size of the change from `baseline` to `actual` in the direction the target
 * names, on its basis: actual − baseline for an increase, baseline − actual for a decrease
 * (units or percentage points); for basis `percent`, that difference × 100 / |baseline|.
 * A move the other way comes out negative.
 *
 * @throws ChitieuError `missing-baseline` without a baseline, `division-by-zero` for a
 * percent change from 0
 */
export function changeSize(
  actual: Decimal,
  baseline: Decimal | null,
  target: ChangeTarget,
): Decimal {
  if (baseline === null) {
    throw chitieuError(
      'missing-baseline',
      `a baseline (số liệu kỳ gốc) to measure the ${target.direction} from ("${
        target.direction === 'decrease' ? 'giảm' : 'tăng'
      } … so với …")`,
      { path: ['options', 'baseline'] },
    );
  }
  let size = target.direction === 'decrease' ? baseline.minus(actual) : actual.minus(baseline);
  if (target.basis === 'percent') {
    if (baseline.isZero()) {
      throw chitieuError('division-by-zero', 'a non-zero baseline for a change in percent', {
        received: 0,
        path: ['options', 'baseline'],
      });
    }
    size = timesHundred(size).div(baseline.isNegative() ? baseline.neg() : baseline);
  }
  return size.isZero() ? ZERO : size;
}
