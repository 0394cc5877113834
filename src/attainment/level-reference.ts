import type { Decimal } from '../numeric/decimal.js';
import type { LevelTarget } from '../targets/target-schema.js';

/**
 * @internal The bound a level target's ratio is taken against: its value, or for a range
 * the favourable end (the max when higher is better, the min when lower is better).
 */
export function levelReference(level: LevelTarget, higherIsBetter: boolean): Decimal {
  return level.kind === 'range' ? (higherIsBetter ? level.max : level.min) : level.value;
}
