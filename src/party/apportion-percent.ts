import { Decimal } from '../numeric/decimal.js';

/** @internal Decimal places the apportioned shares are carried to. */
export const SHARE_DECIMALS = 30;

const SCALE = /* @__PURE__ */ new Decimal(10).pow(SHARE_DECIMALS);
const HUNDRED_SCALED = /* @__PURE__ */ SCALE.times(100);

/**
 * @internal Split 100% among whole counts so that the shares add up to exactly 100: each
 * share is `count / total × 100` carried to {@link SHARE_DECIMALS} decimal places by the
 * largest-remainder (Hamilton) method. A share that terminates within those places (18/20
 * = 90) is exact; any other is within 10⁻³⁰ of its true value. Ties in remainders go to
 * the earlier count. All arithmetic is on integers, so nothing is lost to precision.
 * `total` must be the sum of `counts` and greater than 0.
 */
export function apportionPercent(counts: readonly number[], total: number): Decimal[] {
  const t = new Decimal(total);
  const quotients: Decimal[] = [];
  const remainders: Decimal[] = [];
  let assigned = new Decimal(0);
  for (const count of counts) {
    const scaled = HUNDRED_SCALED.times(count);
    const q = scaled.divToInt(t);
    quotients.push(q);
    remainders.push(scaled.minus(q.times(t)));
    assigned = assigned.plus(q);
  }
  const leftover = HUNDRED_SCALED.minus(assigned).toNumber();
  // Largest remainder first; Array.prototype.sort is stable, so ties keep the count order.
  const order = counts
    .map((_, i) => i)
    .sort((a, b) => (remainders[b] as Decimal).cmp(remainders[a] as Decimal));
  for (let k = 0; k < leftover; k++) {
    const i = order[k] as number;
    quotients[i] = (quotients[i] as Decimal).plus(1);
  }
  return quotients.map((q) => q.div(SCALE));
}
