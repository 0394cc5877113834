/**
 * What an article states, read by the library. A seed test starts from a short quote of the
 * article — a figure as printed ("3.365", "3,96"), a change as printed ("tăng 121 đảng viên so
 * với năm 2020"), a target as printed ("trên 13%") — never from a figure worked out by hand,
 * so that a wrong parser or a wrong rounding makes it fail. Where a figure is not stated (the
 * 2021 admission plan, the 2020 baselines), it is inferred here from what is, by the library.
 */
import { inferPlan } from '../../src/audit/infer-plan.js';
import { readChangePhrase } from '../../src/audit/read-change-phrase.js';
import { parseViNumber } from '../../src/notation/parse-vi-number.js';
import type { Decimal } from '../../src/numeric/decimal.js';

/** A figure as the article prints it, in Vietnamese notation: "3.365" → 3365, "3,96" → 3.96. */
export function stated(figure: string): Decimal {
  return parseViNumber(figure);
}

/**
 * The figure before a published change: `previousFrom('381', 'tăng 19 tiêu chí so với năm 2020')`
 * → 362. A percentage-point change of a rate reads the same way ("3,96", "giảm 1,02%" → 4,98).
 */
export function previousFrom(figure: string, change: string): Decimal {
  return stated(figure).minus(readChangePhrase(change).value);
}

/**
 * The plan a published "đạt 112,6% kế hoạch" implies for an actual figure, when exactly one
 * whole plan reproduces the percentage under some rounding; anything else fails the test.
 */
export function impliedPlan(actual: string, published: string): Decimal {
  const { integers } = inferPlan(stated(actual), published);
  const [plan] = integers;
  if (plan === undefined || integers.length !== 1) {
    throw new Error(`"${published}" of ${actual} implies ${integers.length} whole plans, not one`);
  }
  return plan;
}

/** A whole count, stated ("169") or derived, as the `number` the count inputs take. */
export function count(figure: string | Decimal): number {
  const value = typeof figure === 'string' ? stated(figure) : figure;
  if (!value.isInteger()) throw new Error(`${value.toString()} is not a whole count`);
  return value.toNumber();
}
