import { parseWithSchema } from '../validation/parse-with-schema.js';
import { type Target, targetSchema } from './target-schema.js';

/**
 * Validate a {@link Target} read from JSON: numbers may be JSON numbers or strings in
 * JavaScript notation (what `JSON.stringify` makes of a Decimal), and come out as Decimals.
 * Every bad field is listed in `details.issues`; the error's `path` is the first one.
 *
 * @category Targets
 * @param json - the untrusted value
 * @returns the target, as plain readonly data
 * @throws {@link "chitieu"!ChitieuError} `invalid-target` with the path of the bad field; a range
 * whose `min` is above its `max` is reported at `['max']`
 * @example
 * ```ts
 * parseTargetJson({ kind: 'at-least', value: '150', strict: true }).value.toString();
 * //=> '150'
 * const t = parseTarget('giảm 1–1,5%').target;
 * parseTargetJson(JSON.parse(JSON.stringify(t)));
 * //=> { kind: 'change', direction: 'decrease', by: { kind: 'range', min: '1', max: '1.5' }, basis: 'points' }
 * parseTargetJson({ kind: 'range', min: 13, max: 12 });
 * // throws ChitieuError invalid-target
 * ```
 */
export function parseTargetJson(json: unknown): Target {
  return parseWithSchema(
    targetSchema,
    json,
    'invalid-target',
    'a target (chỉ tiêu): { kind: "at-least" | "at-most" | "exact" | "range" | "approximately" | "change", … }',
  );
}
