import type { ErrorPath } from '../errors.js';
import { Decimal } from '../numeric/decimal.js';
import {
  type LevelTarget,
  type Target,
  type TargetInput,
  targetSchema,
} from '../target/target-schema.js';
import { parseWithSchema } from '../validation/parse-with-schema.js';

function isOwnFinite(x: unknown): x is Decimal {
  return x instanceof Decimal && x.isFinite();
}

function isLevelTarget(t: LevelTarget): boolean {
  switch (t.kind) {
    case 'at-least':
    case 'at-most':
      return isOwnFinite(t.value) && typeof t.strict === 'boolean';
    case 'exact':
    case 'approximately':
      return isOwnFinite(t.value);
    case 'range':
      return isOwnFinite(t.min) && isOwnFinite(t.max) && t.min.lte(t.max);
    default:
      return false;
  }
}

function isTarget(t: Target): boolean {
  if (typeof t !== 'object' || t === null) return false;
  if (t.kind !== 'change') return isLevelTarget(t);
  return (
    (t.direction === 'increase' || t.direction === 'decrease') &&
    (t.basis === 'absolute' || t.basis === 'points' || t.basis === 'percent') &&
    typeof t.by === 'object' &&
    t.by !== null &&
    isLevelTarget(t.by)
  );
}

const TARGET_PATH = ['target'] as const;

/**
 * @internal A target ready for arithmetic. A well-formed {@link Target} built with chitieu's
 * Decimals is returned as it is (a cheap structural check); anything else goes through
 * {@link targetSchema}, which turns numbers and numeric strings into Decimals or throws
 * `invalid-target` with the path of every bad field.
 */
export function checkedTarget(target: Target | TargetInput, path: ErrorPath = TARGET_PATH): Target {
  if (isTarget(target as Target)) return target as Target;
  return parseWithSchema(targetSchema, target, 'invalid-target', 'a target (chỉ tiêu)', path);
}
