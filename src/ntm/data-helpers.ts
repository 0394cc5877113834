import { Decimal } from '../numeric/decimal.js';
import type { LevelTarget } from '../targets/target-schema.js';
import type { CriteriaSet, Criterion } from './criteria-set-schema.js';

/** @internal "X trở lên" (at least X, not strict) as a {@link LevelTarget}. */
export function atLeast(value: string): LevelTarget {
  return { kind: 'at-least', value: new Decimal(value), strict: false };
}

/** @internal A criterion whose name is confirmed, with no sub-indicators listed. */
export function criterion(
  number: number,
  id: string,
  name: string,
  group: string,
  verified: boolean,
): Criterion {
  return { number, id, name, group, verified };
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    // Decimals are immutable already and must stay extensible for decimal.js internals.
    if (Decimal.isDecimal(value)) return value;
    for (const key of Object.keys(value)) {
      deepFreeze((value as Record<string, unknown>)[key]);
    }
    Object.freeze(value);
  }
  return value;
}

/** @internal Freeze a criteria set built as data, all the way down (Decimals excepted). */
export function freezeSet(set: CriteriaSet): CriteriaSet {
  return deepFreeze(set);
}
