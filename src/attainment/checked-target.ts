import type { ErrorPath } from '../errors.js';
import type { Target, TargetInput } from '../targets/target-schema.js';
import { toTarget } from '../targets/to-target.js';

const TARGET_PATH = ['target'] as const;

/**
 * @internal A target ready for arithmetic: see {@link toTarget} (zod-free, so that an app
 * that only evaluates does not ship the schemas).
 */
export function checkedTarget(target: Target | TargetInput, path: ErrorPath = TARGET_PATH): Target {
  return toTarget(target, path);
}
