import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ChitieuError } from '../../src/errors.js';
import { parseViNumber } from '../../src/notation/parse-vi-number.js';
import type { Scorecard } from '../../src/plan/scorecard-schema.js';
import {
  type DescribeScorecardOptions,
  describeScorecard,
  type ScorecardCounts,
} from '../../src/report/describe-scorecard.js';

describe('describeScorecard', () => {
  it('says "32/39 chỉ tiêu đạt và vượt kế hoạch"', () => {
    expect(describeScorecard({ total: 39, attained: 32 })).toBe(
      '32/39 chỉ tiêu đạt và vượt kế hoạch',
    );
  });

  it('says "vượt và đạt" with exceeded-first, as seed 000 does', () => {
    expect(describeScorecard({ total: 31, attained: 18 }, { order: 'exceeded-first' })).toBe(
      '18/31 chỉ tiêu vượt và đạt kế hoạch',
    );
  });

  it('puts a qualifier after the noun: "32/39 chỉ tiêu kinh tế - xã hội …"', () => {
    expect(describeScorecard({ total: 39, attained: 32 }, { qualifier: 'kinh tế - xã hội' })).toBe(
      '32/39 chỉ tiêu kinh tế - xã hội đạt và vượt kế hoạch',
    );
  });

  it('counts another noun: "4/9 tiêu chí …"', () => {
    expect(describeScorecard({ total: 9, attained: 4 }, { noun: 'tiêu chí' })).toBe(
      '4/9 tiêu chí đạt và vượt kế hoạch',
    );
  });

  it('names the shortfalls, all of them or some', () => {
    const card: ScorecardCounts = { total: 5, attained: 3, notMet: 2, pending: 0 };
    expect(describeScorecard(card, { shortfalls: ['thu ngân sách', 'tổng vốn đầu tư'] })).toBe(
      '3/5 chỉ tiêu đạt và vượt kế hoạch; 2 chỉ tiêu chưa đạt: thu ngân sách, tổng vốn đầu tư',
    );
    expect(describeScorecard(card, { shortfalls: ['thu ngân sách'] })).toBe(
      '3/5 chỉ tiêu đạt và vượt kế hoạch; 2 chỉ tiêu chưa đạt, trong đó có: thu ngân sách',
    );
    expect(describeScorecard(card, { mentionNotMet: true, notMetWord: 'không đạt' })).toBe(
      '3/5 chỉ tiêu đạt và vượt kế hoạch; 2 chỉ tiêu không đạt',
    );
  });

  it('adds the items without figures: "…; 2 chỉ tiêu chưa có số liệu"', () => {
    expect(describeScorecard({ total: 8, attained: 5, notMet: 1, pending: 2 })).toBe(
      '5/8 chỉ tiêu đạt và vượt kế hoạch; 2 chỉ tiêu chưa có số liệu',
    );
    expect(
      describeScorecard({ total: 8, attained: 5, notMet: 1, pending: 2 }, { shortfalls: ['a'] }),
    ).toBe('5/8 chỉ tiêu đạt và vượt kế hoạch; 1 chỉ tiêu chưa đạt: a; 2 chỉ tiêu chưa có số liệu');
  });

  it('takes a full scorecard as well as a published total', () => {
    const full: Scorecard = {
      total: 39,
      exceeded: 20,
      met: 12,
      notMet: 7,
      pending: 0,
      attained: 32,
    };
    expect(describeScorecard(full)).toBe('32/39 chỉ tiêu đạt và vượt kế hoạch');
  });

  it('always prints the counts it was given, in Vietnamese notation', () => {
    fc.assert(
      fc.property(fc.nat({ max: 10 ** 7 }), fc.nat({ max: 10 ** 7 }), (a, b) => {
        const total = Math.max(a, b);
        const attained = Math.min(a, b);
        const text = describeScorecard({ total, attained });
        const [ratio] = text.split(' ');
        const [x, y] = (ratio ?? '').split('/');
        if (total === 0) {
          expect(text).toBe('không có chỉ tiêu nào');
        } else {
          expect(parseViNumber(x ?? '').toNumber()).toBe(attained);
          expect(parseViNumber(y ?? '').toNumber()).toBe(total);
          expect(text.endsWith('đạt và vượt kế hoạch')).toBe(true);
        }
      }),
    );
  });

  describe('edge cases', () => {
    it('groups thousands: "1.200/3.321 …"', () => {
      expect(describeScorecard({ total: 3321, attained: 1200 }, { noun: 'xã' })).toBe(
        '1.200/3.321 xã đạt và vượt kế hoạch',
      );
    });

    it('a plan with no items has nothing to count', () => {
      expect(describeScorecard({ total: 0, attained: 0 })).toBe('không có chỉ tiêu nào');
      expect(describeScorecard({ total: 0, attained: 0 }, { qualifier: 'kinh tế - xã hội' })).toBe(
        'không có chỉ tiêu kinh tế - xã hội nào',
      );
    });

    it('rejects counts that do not add up, are negative or fractional', () => {
      expect(() => describeScorecard({ total: 3, attained: 4 })).toThrowErrorMatchingInlineSnapshot(
        `[ChitieuError: [chitieu] Invalid argument at card.attained: expected attained + notMet + pending not to exceed total (3); received 4]`,
      );
      for (const card of [
        { total: 3, attained: -1 },
        { total: 3.5, attained: 1 },
        { total: 3, attained: 1, notMet: 1, pending: 2 },
        { total: Number.NaN, attained: 1 },
      ]) {
        expect(() => describeScorecard(card)).toThrow(ChitieuError);
      }
    });

    it('rejects more shortfall names than items not met, and bad options', () => {
      const card = { total: 3, attained: 2 };
      expect(() => describeScorecard(card, { shortfalls: ['a', 'b'] })).toThrow(ChitieuError);
      expect(() => describeScorecard(card, { shortfalls: [''] })).toThrow(ChitieuError);
      expect(() =>
        describeScorecard(card, { order: 'first' } as unknown as DescribeScorecardOptions),
      ).toThrow(ChitieuError);
      expect(() => describeScorecard(card, { noun: ' ' })).toThrow(ChitieuError);
      expect(() => describeScorecard(null as unknown as ScorecardCounts)).toThrow(ChitieuError);
    });

    it('rejects counts beyond 2^53 − 1, whose digits a number cannot hold', () => {
      expect(() =>
        describeScorecard({ total: 2 ** 60, attained: 2 ** 59 }),
      ).toThrowErrorMatchingInlineSnapshot(
        `[ChitieuError: [chitieu] Invalid argument at card.total: expected a whole number that is not negative (and at most 2^53 − 1) for total; received 1152921504606847000]`,
      );
      expect(() =>
        describeScorecard({ total: 10, attained: 1, pending: Number.MAX_SAFE_INTEGER + 1 }),
      ).toThrow(expect.objectContaining({ code: 'invalid-argument', path: ['card', 'pending'] }));
      const max = Number.MAX_SAFE_INTEGER;
      expect(describeScorecard({ total: max, attained: max })).toBe(
        '9.007.199.254.740.991/9.007.199.254.740.991 chỉ tiêu đạt và vượt kế hoạch',
      );
    });

    it('reports bad options under options.*, and options that are not an object at options', () => {
      const card = { total: 3, attained: 2 };
      const cases: readonly (readonly [unknown, readonly (string | number)[]])[] = [
        [null, ['options']],
        ['x', ['options']],
        [[], ['options']],
        [{ order: 'first' }, ['options', 'order']],
        [{ noun: 5 }, ['options', 'noun']],
        [{ qualifier: '' }, ['options', 'qualifier']],
        [{ notMetWord: 'chưa' }, ['options', 'notMetWord']],
        [{ mentionNotMet: 'yes' }, ['options', 'mentionNotMet']],
        [{ shortfalls: 'a' }, ['options', 'shortfalls']],
        [{ shortfalls: ['a', 5] }, ['options', 'shortfalls', 1]],
      ];
      for (const [options, path] of cases) {
        expect(() => describeScorecard(card, options as DescribeScorecardOptions)).toThrow(
          expect.objectContaining({ code: 'invalid-argument', path }),
        );
      }
    });
  });

  it('does not mutate its input', () => {
    const card = Object.freeze({ total: 5, attained: 3, notMet: 2 });
    const shortfalls = Object.freeze(['a', 'b']);
    expect(describeScorecard(card, { shortfalls })).toBe(
      '3/5 chỉ tiêu đạt và vượt kế hoạch; 2 chỉ tiêu chưa đạt: a, b',
    );
    expect(shortfalls).toEqual(['a', 'b']);
  });
});

describe('describeScorecard: counts and messages', () => {
  it('counts the items not met from the total, the attained and the pending', () => {
    expect(describeScorecard({ total: 10, attained: 5, pending: 2 }, { mentionNotMet: true })).toBe(
      '5/10 chỉ tiêu đạt và vượt kế hoạch; 3 chỉ tiêu chưa đạt; 2 chỉ tiêu chưa có số liệu',
    );
  });

  it('says a count of −0 as 0', () => {
    expect(describeScorecard({ total: 5, attained: -0 })).toBe('0/5 chỉ tiêu đạt và vượt kế hoạch');
  });

  it('lists some of the shortfalls, separated by commas', () => {
    expect(
      describeScorecard({ total: 10, attained: 7 }, { shortfalls: ['giao thông', 'thủy lợi'] }),
    ).toBe(
      '7/10 chỉ tiêu đạt và vượt kế hoạch; 3 chỉ tiêu chưa đạt, trong đó có: giao thông, thủy lợi',
    );
  });

  it('names what it expected, and the count it received', () => {
    expect(() =>
      describeScorecard(null as unknown as ScorecardCounts),
    ).toThrowErrorMatchingInlineSnapshot(
      `[ChitieuError: [chitieu] Invalid argument at card: expected a scorecard { total, attained, notMet?, pending? }; received null]`,
    );
    expect(() =>
      describeScorecard({ total: 10, attained: 8, notMet: 3, pending: 1 }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[ChitieuError: [chitieu] Invalid argument at card.attained: expected attained + notMet + pending not to exceed total (10); received 12]`,
    );
    expect(() => describeScorecard({ total: 5, attained: 6 })).toThrowErrorMatchingInlineSnapshot(
      `[ChitieuError: [chitieu] Invalid argument at card.attained: expected attained + notMet + pending not to exceed total (5); received 6]`,
    );
    expect(() =>
      describeScorecard({ total: 10, attained: 7 }, {
        shortfalls: 'giao thông',
      } as unknown as DescribeScorecardOptions),
    ).toThrowErrorMatchingInlineSnapshot(
      `[ChitieuError: [chitieu] Invalid argument at options.shortfalls: expected an array of names for shortfalls; received "giao thông"]`,
    );
    expect(() =>
      describeScorecard({ total: 10, attained: 9 }, { shortfalls: ['a', 'b'] }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[ChitieuError: [chitieu] Invalid argument at options.shortfalls: expected at most 1 shortfall name(s), one per item not met; received 2]`,
    );
  });
});
