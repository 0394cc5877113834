import { chitieuError, type ErrorPath } from '../errors.js';
import type { Direction } from '../indicator/measure-schema.js';
import { DIRECTIONS } from '../indicator/measure-values.js';
import type { Target } from '../targets/target-schema.js';
import { checkOneOf } from '../validation/check-argument.js';
import { impliedDirection } from './default-direction.js';

/**
 * @internal The indicator direction to evaluate with: the given one, checked, or the
 * target's default. A bound fixes the direction of what it bounds ("trên 150" is a floor, so
 * higher is better), so a contradicting direction is an `invalid-argument`, not a guess.
 */
export function resolveDirection(target: Target, given: unknown, path: ErrorPath): Direction {
  const implied = impliedDirection(target);
  const direction = checkOneOf(given, DIRECTIONS, implied, path);
  const level = target.kind === 'change' ? target.by : target;
  if (direction !== implied && (level.kind === 'at-least' || level.kind === 'at-most')) {
    const what =
      target.kind === 'change'
        ? `a '${target.direction}' target whose size is '${level.kind}'`
        : `an '${level.kind}' target`;
    throw chitieuError('invalid-argument', `'${implied}', the only direction ${what} can have`, {
      received: given,
      path,
    });
  }
  return direction;
}
