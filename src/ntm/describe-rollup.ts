import { chitieuError } from '../errors.js';
import { formatViNumber } from '../notation/format-vi-number.js';
import { HOUSE_ROUNDING } from '../notation/house-rounding.js';
import { checkOptionKeys } from '../validation/check-option-keys.js';
import { parseWithSchema } from '../validation/parse-with-schema.js';
import {
  type DescribeNtmRollupOptions,
  describeNtmRollupOptionsSchema,
} from './describe-ntm-schema.js';
import { type NtmRollup, ntmRollupSchema } from './ntm-rollup-schema.js';

const LEVELS = [
  ['standard', 'xã đạt chuẩn NTM'],
  ['advanced', 'xã đạt chuẩn NTM nâng cao'],
  ['model', 'xã đạt chuẩn NTM kiểu mẫu'],
] as const;

function count(n: number): string {
  return formatViNumber(n);
}

/** The options describeNtmRollup knows: any other key is refused (a misspelling would be ignored). */
const DESCRIBE_NTM_ROLLUP_OPTIONS: readonly string[] = ['average', 'scope', 'since'];

/**
 * Say a rollup the way district reports do: "toàn huyện có 381 tiêu chí đạt chuẩn (tăng 19
 * tiêu chí so với năm 2020); có thêm 4 xã đạt chuẩn NTM, 3 xã đạt chuẩn NTM nâng cao".
 * Without a change it states the levels: "toàn huyện có 381 tiêu chí đạt chuẩn; có 17 xã đạt
 * chuẩn NTM, trong đó 5 xã đạt chuẩn NTM nâng cao". Numbers are printed in Vietnamese
 * notation ("3.365"). The phrase starts in lower case, to be put into a sentence.
 *
 * @category NTM
 * @param rollup - a rollup from {@link rollupCommunes}
 * @param options - `since` ("năm 2020"), `scope` ("toàn huyện"), `average` (decimals and
 * rounding of "bình quân … tiêu chí/xã")
 * @returns the Vietnamese phrase
 * @throws {@link "chitieu"!ChitieuError} `invalid-argument` for a malformed rollup (read through
 * `ntmRollupSchema`, so one back from JSON is fine; path `['rollup', …]`) or bad options
 * @example
 * ```ts
 * const all = Array.from({ length: 19 }, (_, i) => i + 1);
 * const before = rollupCommunes([communeProgress('ntm-commune-2016', all.slice(0, 16))]);
 * const after = rollupCommunes([communeProgress('ntm-commune-2016', all, { tier: 'advanced' })], { previous: before });
 * describeNtmRollup(after, { since: 'năm 2020' });
 * //=> 'toàn huyện có 19 tiêu chí đạt chuẩn (tăng 3 tiêu chí so với năm 2020); có thêm 1 xã đạt chuẩn NTM, 1 xã đạt chuẩn NTM nâng cao'
 * describeNtmRollup(before, { scope: 'toàn xã', average: { decimals: 1 } });
 * //=> 'toàn xã có 16 tiêu chí đạt chuẩn, bình quân 16 tiêu chí/xã; có 0 xã đạt chuẩn NTM'
 * ```
 */
export function describeNtmRollup(
  rollup: NtmRollup,
  options: DescribeNtmRollupOptions = {},
): string {
  checkOptionKeys(options, DESCRIBE_NTM_ROLLUP_OPTIONS);
  if (typeof rollup !== 'object' || rollup === null) {
    throw chitieuError('invalid-argument', 'a rollup from rollupCommunes()', {
      received: rollup,
      path: ['rollup'],
    });
  }
  // A rollup may come back from JSON, or be hand-made: read it through its schema, so a
  // missing count is an error with its path, never "NaN" or a TypeError in the sentence.
  const r = parseWithSchema(
    ntmRollupSchema,
    rollup,
    'invalid-argument',
    'a rollup from rollupCommunes()',
    ['rollup'],
  );
  const o = parseWithSchema(
    describeNtmRollupOptionsSchema,
    options,
    'invalid-argument',
    'options { since?, scope?, average?: { decimals, rounding? } } (strings for since and scope)',
    ['options'],
  );
  const scope = o.scope ?? 'toàn huyện';
  let text = `${scope} có ${count(r.criteriaMet)} tiêu chí đạt chuẩn`;
  if (o.average !== undefined && r.averagePerCommune !== null) {
    const average = formatViNumber(r.averagePerCommune, {
      decimals: o.average.decimals,
      rounding: o.average.rounding ?? HOUSE_ROUNDING.rounding,
    });
    text += `, bình quân ${average} tiêu chí/xã`;
  }
  const { change } = r;
  if (change === undefined) {
    const q = r.qualified;
    text += `; có ${count(q.standard)} xã đạt chuẩn NTM`;
    const within = [];
    if (q.advanced > 0) within.push(`${count(q.advanced)} xã đạt chuẩn NTM nâng cao`);
    if (q.model > 0) within.push(`${count(q.model)} xã đạt chuẩn NTM kiểu mẫu`);
    if (within.length > 0) text += `, trong đó ${within.join(', ')}`;
    return text;
  }
  const since = o.since === undefined ? '' : ` so với ${o.since}`;
  const d = change.criteriaMet;
  const delta =
    d > 0
      ? `tăng ${count(d)} tiêu chí${since}`
      : d < 0
        ? `giảm ${count(-d)} tiêu chí${since}`
        : `không đổi${since}`;
  text += ` (${delta})`;
  const gained: string[] = [];
  const lost: string[] = [];
  for (const [level, label] of LEVELS) {
    const n = change.qualified[level];
    if (n > 0) gained.push(`${count(n)} ${label}`);
    if (n < 0) lost.push(`${count(-n)} ${label}`);
  }
  if (gained.length > 0) text += `; có thêm ${gained.join(', ')}`;
  if (lost.length > 0) text += `; giảm ${lost.join(', ')}`;
  return text;
}
