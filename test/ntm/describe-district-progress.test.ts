import { describe, expect, expectTypeOf, it } from 'vitest';
import { ChitieuError } from '../../src/errors.js';
import { describeDistrictProgress } from '../../src/ntm/describe-district-progress.js';
import { districtProgress } from '../../src/ntm/district-progress.js';

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

  it('has the documented type', () => {
    expectTypeOf(describeDistrictProgress).returns.toEqualTypeOf<string>();
  });
});
