import { parseWithSchema } from '../validation/parse-with-schema.js';
import { type Change, changeSchema } from './change-schema.js';

/**
 * Read a {@link Change} from JSON (or any unknown value), for instance one stored with
 * `JSON.stringify`: number fields may be numbers or JavaScript-notation strings and come
 * back as Decimals, so `parseChange(JSON.parse(JSON.stringify(c)))` equals `c`. The sentence
 * functions ({@link "chitieu"!describeChange}) take what this returns. Exported by `chitieu/schemas`.
 *
 * @category Attainment
 * @param json - the value to read
 * @returns the change, with Decimals
 * @throws {@link "chitieu"!ChitieuError} `invalid-argument` listing every bad field in
 * `details.issues`, with `path` at the first one
 * @example
 * ```ts
 * const c = change('3.96', '4.98', { measure: 'rate' });
 * parseChange(JSON.parse(JSON.stringify(c))).absolute.toString();
 * //=> '-1.02'
 * parseChange({ ...JSON.parse(JSON.stringify(c)), unit: 'x' });
 * // throws ChitieuError invalid-argument
 * ```
 */
export function parseChange(json: unknown): Change {
  return parseWithSchema(
    changeSchema,
    json,
    'invalid-argument',
    'a change, as change() returns it',
  );
}
