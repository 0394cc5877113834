import { chitieuError } from '../errors.js';
import { formatViNumber } from '../notation/format-vi-number.js';
import { checkOptionKeys } from '../validation/check-option-keys.js';
import { parseWithSchema } from '../validation/parse-with-schema.js';
import type { DescribeDistrictProgressOptions } from './describe-ntm-schema.js';
import { type DistrictProgress, districtProgressSchema } from './district-progress-schema.js';

const WHAT = 'a district progress from districtProgress()';

function previousMet(
  progress: DistrictProgress,
  previous: DescribeDistrictProgressOptions['previous'],
): number | undefined {
  if (previous === undefined) return undefined;
  if (typeof previous === 'number') {
    if (!Number.isInteger(previous) || previous < 0 || previous > progress.total) {
      throw chitieuError(
        'invalid-argument',
        `a whole number of criteria from 0 to ${progress.total}`,
        { received: previous, path: ['options', 'previous'] },
      );
    }
    return previous;
  }
  if (typeof previous !== 'object' || previous === null) {
    throw chitieuError('invalid-argument', 'an earlier district progress or a count', {
      received: previous,
      path: ['options', 'previous'],
    });
  }
  parseWithSchema(districtProgressSchema, previous, 'invalid-argument', WHAT, [
    'options',
    'previous',
  ]);
  if (previous.set !== progress.set) {
    throw chitieuError('unit-mismatch', `an earlier progress on ${progress.set}`, {
      received: previous.set,
      path: ['options', 'previous', 'set'],
    });
  }
  return previous.met;
}

/** The options describeDistrictProgress knows: any other key is refused (a misspelling would be ignored). */
const DESCRIBE_DISTRICT_PROGRESS_OPTIONS: readonly string[] = ['previous'];

/**
 * Say a district's progress on its own criteria as reports do: "lũy kế đến nay có 4/9 tiêu
 * chí đạt chuẩn"; with the earlier figure, "thêm 2 tiêu chí NTM cấp huyện đạt chuẩn, lũy kế
 * đến nay có 4/9 tiêu chí đạt chuẩn". The phrase starts in lower case.
 *
 * @category NTM
 * @param progress - a progress from {@link districtProgress}
 * @param options - `previous`: the earlier progress on the same set, or its count of criteria
 * met
 * @returns the Vietnamese phrase
 * @throws {@link "chitieu"!ChitieuError} `unit-mismatch` for an earlier progress on another set;
 * `invalid-argument` for a bad count or a malformed progress (read through
 * `districtProgressSchema`; path `['progress', …]`)
 * @example
 * ```ts
 * const before = districtProgress('ntm-district-2016', ['planning', 'electricity']);
 * const now = districtProgress('ntm-district-2016', ['planning', 'transport', 'electricity', 'security-order']);
 * describeDistrictProgress(now);
 * //=> 'lũy kế đến nay có 4/9 tiêu chí đạt chuẩn'
 * describeDistrictProgress(now, { previous: before });
 * //=> 'thêm 2 tiêu chí NTM cấp huyện đạt chuẩn, lũy kế đến nay có 4/9 tiêu chí đạt chuẩn'
 * ```
 */
export function describeDistrictProgress(
  progress: DistrictProgress,
  options: DescribeDistrictProgressOptions = {},
): string {
  checkOptionKeys(options, DESCRIBE_DISTRICT_PROGRESS_OPTIONS);
  if (typeof progress !== 'object' || progress === null) {
    throw chitieuError('invalid-argument', WHAT, { received: progress, path: ['progress'] });
  }
  // Read through the schema: a progress back from JSON or hand-made with a NaN count is an
  // error with its path, never "NaN/9" in the sentence.
  parseWithSchema(districtProgressSchema, progress, 'invalid-argument', WHAT, ['progress']);
  if (typeof options !== 'object' || options === null) {
    throw chitieuError('invalid-argument', 'an options object or nothing', {
      received: options,
      path: ['options'],
    });
  }
  const share = `${formatViNumber(progress.met)}/${formatViNumber(progress.total)}`;
  const before = previousMet(progress, options.previous);
  if (before === undefined) return `lũy kế đến nay có ${share} tiêu chí đạt chuẩn`;
  const d = progress.met - before;
  if (d > 0) {
    return `thêm ${formatViNumber(d)} tiêu chí NTM cấp huyện đạt chuẩn, lũy kế đến nay có ${share} tiêu chí đạt chuẩn`;
  }
  if (d < 0) {
    return `giảm ${formatViNumber(-d)} tiêu chí NTM cấp huyện đạt chuẩn, đến nay có ${share} tiêu chí đạt chuẩn`;
  }
  return `không có thêm tiêu chí NTM cấp huyện đạt chuẩn, lũy kế đến nay có ${share} tiêu chí đạt chuẩn`;
}
