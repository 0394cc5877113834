import { parseWithSchema } from '../validation/parse-with-schema.js';
import { type Attainment, attainmentSchema } from './attainment-schema.js';

/**
 * Read an {@link Attainment} from JSON (or any unknown value), for instance one stored with
 * `JSON.stringify`: number fields may be numbers or JavaScript-notation strings and come
 * back as Decimals, so `parseAttainment(JSON.parse(JSON.stringify(a)))` equals `a`. The
 * shape is checked, not the arithmetic: re-check a result by evaluating its `actual` again.
 *
 * @category Attainment
 * @param json - the value to read
 * @returns the attainment, with Decimals
 * @throws {@link "chitieu"!ChitieuError} `invalid-argument` listing every bad field in
 * `details.issues`, with `path` at the first one
 * @example
 * ```ts
 * const a = evaluate(169, { kind: 'at-least', value: toDecimal(150), strict: true });
 * const back = parseAttainment(JSON.parse(JSON.stringify(a)));
 * back.reference.toString();
 * //=> '150'
 * back.ratio?.eq(a.ratio ?? 0);
 * //=> true
 * parseAttainment({ status: 'done' });
 * // throws ChitieuError invalid-argument
 * ```
 */
export function parseAttainment(json: unknown): Attainment {
  return parseWithSchema(attainmentSchema, json, 'invalid-argument', 'an attainment result');
}
