import { describe, expect, it } from 'vitest';
import { ChitieuError } from '../../src/errors.js';
import { communeProgress } from '../../src/ntm/commune-progress.js';
import { describeNtmRollup } from '../../src/ntm/describe-rollup.js';
import type { NtmRollup } from '../../src/ntm/ntm-rollup-schema.js';
import { rollupCommunes } from '../../src/ntm/rollup-communes.js';
import { caught } from '../support/caught.js';

const all19 = Array.from({ length: 19 }, (_, i) => i + 1);
const p = (met: number[], tier?: 'standard' | 'advanced' | 'model') =>
  communeProgress('ntm-commune-2016', met, tier === undefined ? {} : { tier });

describe('describeNtmRollup', () => {
  it('says the total, the change since a named year, and the communes gained at each level', () => {
    const before = rollupCommunes([p(all19.slice(0, 17)), p(all19.slice(0, 18))]);
    const after = rollupCommunes([p(all19, 'advanced'), p(all19)], { previous: before });
    expect(describeNtmRollup(after, { since: 'năm 2020' })).toBe(
      'toàn huyện có 38 tiêu chí đạt chuẩn (tăng 3 tiêu chí so với năm 2020); có thêm 2 xã đạt chuẩn NTM, 1 xã đạt chuẩn NTM nâng cao',
    );
  });

  it('without a change, says the levels as "trong đó"', () => {
    const r = rollupCommunes([p(all19, 'model'), p(all19, 'advanced'), p(all19), p([1])]);
    expect(describeNtmRollup(r)).toBe(
      'toàn huyện có 58 tiêu chí đạt chuẩn; có 3 xã đạt chuẩn NTM, trong đó 2 xã đạt chuẩn NTM nâng cao, 1 xã đạt chuẩn NTM kiểu mẫu',
    );
  });

  it('prints thousands the Vietnamese way and the average with a named rounding', () => {
    const list = Array.from({ length: 200 }, (_, i) => p(i % 3 === 0 ? all19 : all19.slice(0, 17)));
    const r = rollupCommunes(list);
    expect(
      describeNtmRollup(r, { scope: 'toàn tỉnh', average: { decimals: 2, rounding: 'truncate' } }),
    ).toBe(
      'toàn tỉnh có 3.534 tiêu chí đạt chuẩn, bình quân 17,67 tiêu chí/xã; có 67 xã đạt chuẩn NTM',
    );
    expect(describeNtmRollup(r, { average: { decimals: 2 } })).toContain(
      'bình quân 17,67 tiêu chí/xã',
    );
    expect(describeNtmRollup(r, { average: { decimals: 1, rounding: 'half-up' } })).toContain(
      'bình quân 17,7 tiêu chí/xã',
    );
  });

  describe('edge cases', () => {
    it('a decrease says "giảm", and communes lost are stated', () => {
      const before = rollupCommunes([p(all19), p(all19)]);
      const after = rollupCommunes([p(all19), p(all19.slice(0, 18))], { previous: before });
      expect(describeNtmRollup(after, { since: 'năm 2020' })).toBe(
        'toàn huyện có 37 tiêu chí đạt chuẩn (giảm 1 tiêu chí so với năm 2020); giảm 1 xã đạt chuẩn NTM',
      );
    });

    it('no change says "không đổi"; without since there is no comparison point', () => {
      const r = rollupCommunes([p([1, 2])], { previous: [p([1, 2])] });
      expect(describeNtmRollup(r)).toBe('toàn huyện có 2 tiêu chí đạt chuẩn (không đổi)');
    });

    it('an empty rollup with an average option prints no average', () => {
      const r = rollupCommunes([], { set: 'ntm-commune-2016' });
      expect(describeNtmRollup(r, { average: { decimals: 1 } })).toBe(
        'toàn huyện có 0 tiêu chí đạt chuẩn; có 0 xã đạt chuẩn NTM',
      );
    });

    it('bad input is invalid-argument', () => {
      const r = rollupCommunes([p([1])]);
      for (const run of [
        () => describeNtmRollup(null as unknown as NtmRollup),
        () => describeNtmRollup(r, { since: 2020 as unknown as string }),
        () => describeNtmRollup(r, { average: { decimals: -1 } }),
      ]) {
        try {
          run();
          expect.unreachable();
        } catch (error) {
          expect(error).toBeInstanceOf(ChitieuError);
          expect((error as ChitieuError).code).toBe('invalid-argument');
        }
      }
    });
  });

  it('does not mutate its input', () => {
    const r = rollupCommunes([p([1])]);
    const json = JSON.stringify(r);
    describeNtmRollup(r, { since: 'năm 2020' });
    expect(JSON.stringify(r)).toBe(json);
  });
});

describe('describeNtmRollup: rounding, losses and bad input', () => {
  it('rounds the average with the rounding given (2,5 floored is 2)', () => {
    const r = rollupCommunes([p([1, 2]), p([1, 2, 3])]);
    expect(describeNtmRollup(r, { average: { decimals: 0, rounding: 'floor' } })).toBe(
      'toàn huyện có 5 tiêu chí đạt chuẩn, bình quân 2 tiêu chí/xã; có 0 xã đạt chuẩn NTM',
    );
    expect(describeNtmRollup(r, { average: { decimals: 0, rounding: 'half-up' } })).toContain(
      'bình quân 3 tiêu chí/xã',
    );
    // the house rule (truncate) unless a rounding is given
    expect(describeNtmRollup(r, { average: { decimals: 0 } })).toContain('bình quân 2 tiêu chí/xã');
  });

  it('lists the levels lost, separated by commas', () => {
    const before = rollupCommunes([p(all19, 'advanced')]);
    const after = rollupCommunes([p([1])], { previous: before });
    expect(describeNtmRollup(after)).toBe(
      'toàn huyện có 1 tiêu chí đạt chuẩn (giảm 18 tiêu chí); giảm 1 xã đạt chuẩn NTM, 1 xã đạt chuẩn NTM nâng cao',
    );
  });

  it('a rollup that is not an object is refused before the schema reads it', () => {
    for (const [rollup, shown] of [
      [null, 'null'],
      ['x', '"x"'],
    ] as const) {
      const e = caught(() => describeNtmRollup(rollup as unknown as NtmRollup));
      expect(e.message).toBe(
        `[chitieu] Invalid argument at rollup: expected a rollup from rollupCommunes(); received ${shown}`,
      );
    }
  });

  it('a malformed rollup or options say what was expected', () => {
    const bad = caught(() => describeNtmRollup({} as NtmRollup));
    expect(bad.path).toEqual(['rollup', 'set']);
    expect(bad.message).toContain('expected a rollup from rollupCommunes(); 9 problems');
    const r = rollupCommunes([p([1])]);
    const e = caught(() => describeNtmRollup(r, { since: 2020 as unknown as string }));
    expect(e.path).toEqual(['options', 'since']);
    expect(e.message).toContain(
      'expected options { since?, scope?, average?: { decimals, rounding? } } (strings for since and scope); 1 problem',
    );
  });
});
