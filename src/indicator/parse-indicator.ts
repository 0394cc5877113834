import { parseWithSchema } from '../validation/parse-with-schema.js';
import { type Indicator, indicatorSchema } from './indicator-schema.js';

/**
 * Validate an indicator (chỉ tiêu) read from JSON. Every bad field is listed in the error's
 * `details.issues`; its `path` is the first bad field.
 *
 * @category Targets
 * @param json - the untrusted value
 * @returns the indicator, as plain readonly data
 * @throws {@link "chitieu"!ChitieuError} `invalid-argument` with the path of the bad field
 * @example
 * ```ts
 * const i = parseIndicator({
 *   id: 'poverty-rate',
 *   name: 'Tỷ lệ hộ nghèo',
 *   unit: '%',
 *   measure: 'rate',
 *   direction: 'lower-is-better',
 *   group: 'society',
 * });
 * i.direction;
 * //=> 'lower-is-better'
 * parseIndicator({ id: 'poverty-rate', name: 'Tỷ lệ hộ nghèo', unit: '%', measure: 'percent', direction: 'lower-is-better' });
 * // throws ChitieuError invalid-argument
 * ```
 */
export function parseIndicator(json: unknown): Indicator {
  return parseWithSchema(
    indicatorSchema,
    json,
    'invalid-argument',
    'an indicator (chỉ tiêu): { id, name, unit, measure, direction, group?, description? }',
  );
}
