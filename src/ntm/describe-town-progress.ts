import { formatViNumber } from '../notation/format-vi-number.js';
import { parseWithSchema } from '../validation/parse-with-schema.js';
import { type TownProgress, townProgressSchema } from './district-progress-schema.js';

/**
 * Say a thị trấn's progress towards "đô thị văn minh", one of the district conditions of QĐ
 * 320/QĐ-TTg: "Thị trấn Hương Khê đạt 8/18 tiêu chí đô thị văn minh".
 *
 * @category NTM
 * @param town - the town's name (without "thị trấn"), criteria met and total
 * @returns the Vietnamese phrase, starting with "Thị trấn" and the name
 * @throws {@link "chitieu"!ChitieuError} `invalid-argument` for a malformed town (more met than total, …)
 * @example
 * ```ts
 * describeTownProgress({ name: 'Hương Khê', met: 8, total: 18 });
 * //=> 'Thị trấn Hương Khê đạt 8/18 tiêu chí đô thị văn minh'
 * describeTownProgress({ name: 'Hương Khê', met: 19, total: 18 });
 * // throws ChitieuError invalid-argument
 * ```
 */
export function describeTownProgress(town: TownProgress): string {
  const t = parseWithSchema(
    townProgressSchema,
    town,
    'invalid-argument',
    'a town { name, met, total } with met not above total',
    ['town'],
  );
  return `Thị trấn ${t.name} đạt ${formatViNumber(t.met)}/${formatViNumber(t.total)} tiêu chí đô thị văn minh`;
}
