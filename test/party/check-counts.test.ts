import { describe, expect, it } from 'vitest';
import { checkRatingCounts } from '../../src/party/check-counts.js';
import {
  checkArray,
  checkCount,
  checkName,
  checkRecord,
} from '../../src/validation/check-argument.js';
import { caught } from '../support/caught.js';

describe('checkCount', () => {
  it('accepts whole non-negative numbers and turns -0 into 0', () => {
    expect(checkCount(169, ['x'])).toBe(169);
    expect(Object.is(checkCount(-0, ['x']), 0)).toBe(true);
  });

  it('rejects negatives, fractions, unsafe integers and non-numbers at the path', () => {
    for (const bad of [-1, 1.5, Number.NaN, 2 ** 53, '3', null]) {
      const e = caught(() => checkCount(bad, ['counts', 'good']));
      expect([e.code, e.path]).toEqual(['invalid-argument', ['counts', 'good']]);
    }
  });
});

describe('checkRatingCounts', () => {
  const counts = { excellent: 2, good: 10, completed: 1, 'not-completed': 0 };

  it('returns a fresh record of the four counts', () => {
    const out = checkRatingCounts(counts);
    expect(out).toEqual(counts);
    expect(out).not.toBe(counts);
  });

  describe('edge cases', () => {
    it('points at the bad level', () => {
      expect(caught(() => checkRatingCounts({ ...counts, completed: -2 })).path).toEqual([
        'counts',
        'completed',
      ]);
      expect(caught(() => checkRatingCounts({ ...counts, great: 1 })).path).toEqual([
        'counts',
        'great',
      ]);
      expect(caught(() => checkRatingCounts({ excellent: 1 })).path).toEqual(['counts', 'good']);
      expect(caught(() => checkRatingCounts([1, 2, 3, 4])).path).toEqual(['counts']);
      expect(caught(() => checkRatingCounts([1, 2, 3, 4])).message).toContain(
        'expected an object with a count for each rating level (excellent, good, completed, not-completed); received an array of 4',
      );
    });

    it('says which levels are allowed', () => {
      expect(() => checkRatingCounts({ ...counts, great: 1 })).toThrowErrorMatchingInlineSnapshot(
        `[ChitieuError: [chitieu] Invalid argument at counts.great: expected a rating level (excellent, good, completed, not-completed); received "great"]`,
      );
    });
  });

  it('does not mutate its input', () => {
    const input = { ...counts };
    checkRatingCounts(input);
    expect(input).toEqual(counts);
  });
});

describe('checkName, checkArray, checkRecord', () => {
  it('accept names, arrays and plain objects', () => {
    expect(checkName('Đảng bộ xã A', ['u'])).toBe('Đảng bộ xã A');
    expect(checkArray([1], 'an array', ['a'])).toEqual([1]);
    expect(checkRecord({ a: 1 }, 'an object', ['r'])).toEqual({ a: 1 });
  });

  it('reject blanks, over-long names, non-arrays and non-objects', () => {
    expect(caught(() => checkName('  ', ['u'])).path).toEqual(['u']);
    expect(caught(() => checkName('x'.repeat(201), ['u'])).code).toBe('invalid-argument');
    expect(caught(() => checkArray('abc', 'an array', ['a'])).path).toEqual(['a']);
    expect(caught(() => checkRecord([], 'an object', ['r'])).path).toEqual(['r']);
    expect(caught(() => checkRecord(null, 'an object', ['r'])).code).toBe('invalid-argument');
  });
});
