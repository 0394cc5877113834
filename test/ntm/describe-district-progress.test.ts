import { describe, expect, it } from 'vitest';
import { ChitieuError } from '../../src/errors.js';
import { describeDistrictProgress } from '../../src/ntm/describe-district-progress.js';
import { districtProgress } from '../../src/ntm/district-progress.js';
import { caught } from '../support/caught.js';

const now = districtProgress('ntm-district-2016', [
  'planning',
  'transport',
  'electricity',
  'security-order',
]);

function code(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ChitieuError);
    return (error as ChitieuError).code;
  }
  throw new Error('expected a ChitieuError');
}

describe('describeDistrictProgress', () => {
  it('"lũy kế đến nay có 4/9 tiêu chí đạt chuẩn"', () => {
    expect(describeDistrictProgress(now)).toBe('lũy kế đến nay có 4/9 tiêu chí đạt chuẩn');
  });

  it('"thêm 2 tiêu chí NTM cấp huyện đạt chuẩn, lũy kế …" from a count or an earlier progress', () => {
    const before = districtProgress('ntm-district-2016', ['planning', 'electricity']);
    const text =
      'thêm 2 tiêu chí NTM cấp huyện đạt chuẩn, lũy kế đến nay có 4/9 tiêu chí đạt chuẩn';
    expect(describeDistrictProgress(now, { previous: before })).toBe(text);
    expect(describeDistrictProgress(now, { previous: 2 })).toBe(text);
  });

  describe('edge cases', () => {
    it('no new criterion, or fewer', () => {
      expect(describeDistrictProgress(now, { previous: 4 })).toBe(
        'không có thêm tiêu chí NTM cấp huyện đạt chuẩn, lũy kế đến nay có 4/9 tiêu chí đạt chuẩn',
      );
      expect(describeDistrictProgress(now, { previous: 5 })).toBe(
        'giảm 1 tiêu chí NTM cấp huyện đạt chuẩn, đến nay có 4/9 tiêu chí đạt chuẩn',
      );
    });

    it('an earlier progress on another set is unit-mismatch; a bad count is invalid-argument', () => {
      const other = districtProgress('ntm-district-2022', [1]);
      expect(code(() => describeDistrictProgress(now, { previous: other }))).toBe('unit-mismatch');
      expect(code(() => describeDistrictProgress(now, { previous: 10 }))).toBe('invalid-argument');
      expect(code(() => describeDistrictProgress(now, { previous: 1.5 }))).toBe('invalid-argument');
      expect(code(() => describeDistrictProgress(null as unknown as typeof now))).toBe(
        'invalid-argument',
      );
    });
  });

  it('does not mutate its input', () => {
    const json = JSON.stringify(now);
    describeDistrictProgress(now, { previous: 1 });
    expect(JSON.stringify(now)).toBe(json);
  });
});

describe('describeDistrictProgress: the earlier count and bad arguments', () => {
  it('takes any count from 0 to the total, and refuses a negative one', () => {
    expect(describeDistrictProgress(now, { previous: 0 })).toBe(
      'thêm 4 tiêu chí NTM cấp huyện đạt chuẩn, lũy kế đến nay có 4/9 tiêu chí đạt chuẩn',
    );
    expect(describeDistrictProgress(now, { previous: 9 })).toBe(
      'giảm 5 tiêu chí NTM cấp huyện đạt chuẩn, đến nay có 4/9 tiêu chí đạt chuẩn',
    );
    const e = caught(() => describeDistrictProgress(now, { previous: -1 }));
    expect([e.code, e.path]).toEqual(['invalid-argument', ['options', 'previous']]);
    expect(e.message).toBe(
      '[chitieu] Invalid argument at options.previous: expected a whole number of criteria from 0 to 9; received -1',
    );
  });

  it('an earlier figure that is neither a count nor a progress is named as such', () => {
    for (const [previous, shown] of [
      ['x', '"x"'],
      [null, 'null'],
    ] as const) {
      const e = caught(() =>
        describeDistrictProgress(now, { previous: previous as unknown as number }),
      );
      expect(e.message).toBe(
        `[chitieu] Invalid argument at options.previous: expected an earlier district progress or a count; received ${shown}`,
      );
      expect(e.path).toEqual(['options', 'previous']);
    }
  });

  it('an earlier progress on another set names the set expected', () => {
    const other = districtProgress('ntm-district-2022', [1]);
    const e = caught(() => describeDistrictProgress(now, { previous: other }));
    expect(e.message).toBe(
      '[chitieu] Unit mismatch (đơn vị tính) at options.previous.set: expected an earlier progress on ntm-district-2016; received "ntm-district-2022"',
    );
  });

  it('a progress that is not an object is refused before the schema reads it', () => {
    for (const [progress, shown] of [
      [null, 'null'],
      ['x', '"x"'],
    ] as const) {
      const e = caught(() => describeDistrictProgress(progress as unknown as typeof now));
      expect(e.message).toBe(
        `[chitieu] Invalid argument at progress: expected a district progress from districtProgress(); received ${shown}`,
      );
      expect(e.details.issues).toBeUndefined();
    }
  });

  it('options that are not an object are invalid-argument at options', () => {
    for (const [options, shown] of [
      [null, 'null'],
      [5, '5'],
    ] as const) {
      const e = caught(() => describeDistrictProgress(now, options as never));
      expect(e.message).toBe(
        `[chitieu] Invalid argument at options: expected an options object or nothing; received ${shown}`,
      );
    }
  });
});
