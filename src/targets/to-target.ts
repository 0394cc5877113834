import { ChitieuError, chitieuError, type ErrorPath } from '../errors.js';
import { Decimal, type Numeric } from '../numeric/decimal.js';
import { isInRange, toDecimal } from '../numeric/to-decimal.js';
import type { LevelTarget, Target, TargetInput } from './target-schema.js';

const LEVEL_KINDS = '"at-least", "at-most", "exact", "range", "approximately"';

function fail(expected: string, received: unknown, path: ErrorPath): ChitieuError {
  return chitieuError('invalid-target', expected, { received, path });
}

/** A figure of the target: a chitieu Decimal, or converted (a bad one is an invalid target). */
function figure(x: unknown, path: ErrorPath): Decimal {
  if (
    x instanceof Decimal &&
    x.constructor === Decimal &&
    x.isFinite() &&
    isInRange(x) &&
    !(x.isZero() && x.isNegative())
  ) {
    return x;
  }
  try {
    return toDecimal(x as Numeric, path);
  } catch (error) {
    if (!(error instanceof ChitieuError)) throw error;
    throw fail('a finite number, a numeric string in JavaScript notation or a Decimal', x, path);
  }
}

function strictFlag(x: unknown, path: ErrorPath): boolean {
  if (typeof x !== 'boolean') throw fail('true or false', x, path);
  return x;
}

function toLevelTarget(input: unknown, path: ErrorPath): LevelTarget {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw fail('a target object with a kind', input, path);
  }
  const t = input as Record<string, unknown>;
  switch (t.kind) {
    case 'at-least':
    case 'at-most': {
      const value = figure(t.value, [...path, 'value']);
      const strict = strictFlag(t.strict, [...path, 'strict']);
      // strictFlag gives back t.strict itself, so only the value can have been converted.
      return value === t.value ? (input as LevelTarget) : { kind: t.kind, value, strict };
    }
    case 'exact':
    case 'approximately': {
      const value = figure(t.value, [...path, 'value']);
      return value === t.value ? (input as LevelTarget) : { kind: t.kind, value };
    }
    case 'range': {
      const min = figure(t.min, [...path, 'min']);
      const max = figure(t.max, [...path, 'max']);
      if (min.gt(max)) {
        throw fail('a range whose min is not above its max', t.max, [...path, 'max']);
      }
      return min === t.min && max === t.max ? (input as LevelTarget) : { kind: 'range', min, max };
    }
    default:
      throw fail(`one of ${LEVEL_KINDS}`, t.kind, [...path, 'kind']);
  }
}

/**
 * @internal A target ready for arithmetic, without zod on the hot path: a well-formed
 * {@link Target} made of chitieu Decimals comes back as it is; numbers and JavaScript-notation
 * strings are turned into Decimals; anything else throws `invalid-target` with the path of the
 * bad field. It accepts exactly what {@link targetSchema} accepts (a property test holds the
 * two together), so apps that only evaluate do not ship the schema.
 */
export function toTarget(input: Target | TargetInput, path: ErrorPath = ['target']): Target {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw fail('a target object with a kind', input, path);
  }
  const t = input as Record<string, unknown>;
  if (t.kind !== 'change') return toLevelTarget(input, path);
  if (t.direction !== 'increase' && t.direction !== 'decrease') {
    throw fail('"increase" or "decrease"', t.direction, [...path, 'direction']);
  }
  if (t.basis !== 'absolute' && t.basis !== 'points' && t.basis !== 'percent') {
    throw fail('"absolute", "points" or "percent"', t.basis, [...path, 'basis']);
  }
  const by = toLevelTarget(t.by, [...path, 'by']);
  return by === t.by
    ? (input as Target)
    : { kind: 'change', direction: t.direction, by, basis: t.basis };
}
