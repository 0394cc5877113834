import { parseWithSchema } from '../validation/parse-with-schema.js';
import { type Period, periodSchema } from './period-schema.js';

/**
 * Validate a period that comes from outside (JSON, a form, a database) and return it as a
 * frozen {@link Period}. Unknown fields are dropped. Every problem is reported at once in
 * `details.issues`; the error's `path` points at the first bad field.
 *
 * @category Periods
 * @param json - the value to validate, e.g. `JSON.parse('{"kind":"year","year":2021}')`
 * @returns the period
 * @throws {@link "chitieu"!ChitieuError} `invalid-period` with the path of the bad field (`['half']`,
 * `['endYear']`, `['kind']`, …)
 * @example
 * ```ts
 * parsePeriod({ kind: 'term', startYear: 2020, endYear: 2025 });
 * //=> { kind: 'term', startYear: 2020, endYear: 2025 }
 * parsePeriod(JSON.parse('{"kind":"half","year":2020,"half":2}')).half;
 * //=> 2
 * parsePeriod({ kind: 'half', year: 2020, half: 3 });
 * // throws ChitieuError invalid-period
 * parsePeriod({ kind: 'stage', startYear: 2025, endYear: 2021 });
 * // throws ChitieuError invalid-period
 * ```
 */
export function parsePeriod(json: unknown): Period {
  return parseWithSchema(
    periodSchema,
    json,
    'invalid-period',
    'a period (kỳ) such as { "kind": "year", "year": 2021 }',
  );
}
