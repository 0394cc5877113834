import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ChitieuError } from '../../src/errors.js';
import { parsePeriodLabel } from '../../src/period/parse-period-label.js';
import { type PeriodLabelOptions, periodLabel } from '../../src/period/period-label.js';
import type { Period } from '../../src/period/period-schema.js';
import { periodArb } from './period-arbitrary.js';

describe('periodLabel', () => {
  it('names each kind of period as reports do', () => {
    expect(periodLabel({ kind: 'year', year: 2021 })).toBe('năm 2021');
    expect(periodLabel({ kind: 'half', year: 2020, half: 1 })).toBe('6 tháng đầu năm 2020');
    expect(periodLabel({ kind: 'half', year: 2020, half: 2 })).toBe('6 tháng cuối năm 2020');
    expect(periodLabel({ kind: 'month', year: 2021, month: 3 })).toBe('tháng 3 năm 2021');
    expect(periodLabel({ kind: 'nine-months', year: 2022 })).toBe('9 tháng đầu năm 2022');
    expect(periodLabel({ kind: 'stage', startYear: 2021, endYear: 2025 })).toBe(
      'giai đoạn 2021–2025',
    );
    expect(periodLabel({ kind: 'term', startYear: 2020, endYear: 2025 })).toBe(
      'nhiệm kỳ 2020–2025',
    );
  });

  it('writes quarters in Roman numerals: quý I … quý IV', () => {
    const labels = ([1, 2, 3, 4] as const).map((quarter) =>
      periodLabel({ kind: 'quarter', year: 2021, quarter }),
    );
    expect(labels).toEqual([
      'quý I năm 2021',
      'quý II năm 2021',
      'quý III năm 2021',
      'quý IV năm 2021',
    ]);
  });

  it('joins the years of a stage or term with an en dash (U+2013)', () => {
    const label = periodLabel({ kind: 'term', startYear: 2021, endYear: 2026 });
    expect(label.charCodeAt('nhiệm kỳ 2021'.length)).toBe(0x2013);
  });

  it('leaves the calendar year out with withYear: false', () => {
    const without = (p: Period) => periodLabel(p, { withYear: false });
    expect(without({ kind: 'half', year: 2020, half: 2 })).toBe('6 tháng cuối năm');
    expect(without({ kind: 'half', year: 2020, half: 1 })).toBe('6 tháng đầu năm');
    expect(without({ kind: 'quarter', year: 2021, quarter: 3 })).toBe('quý III');
    expect(without({ kind: 'month', year: 2021, month: 12 })).toBe('tháng 12');
    expect(without({ kind: 'nine-months', year: 2022 })).toBe('9 tháng đầu năm');
    expect(without({ kind: 'year', year: 2021 })).toBe('cả năm');
  });

  it('keeps the years of a stage or term, which name it, even with withYear: false', () => {
    expect(
      periodLabel({ kind: 'stage', startYear: 2021, endYear: 2025 }, { withYear: false }),
    ).toBe('giai đoạn 2021–2025');
    expect(periodLabel({ kind: 'term', startYear: 2020, endYear: 2025 }, { withYear: false })).toBe(
      'nhiệm kỳ 2020–2025',
    );
  });

  describe('edge cases', () => {
    it('labels the limit years and the December/January months', () => {
      expect(periodLabel({ kind: 'year', year: 1900 })).toBe('năm 1900');
      expect(periodLabel({ kind: 'month', year: 2200, month: 12 })).toBe('tháng 12 năm 2200');
      expect(periodLabel({ kind: 'month', year: 2021, month: 1 })).toBe('tháng 1 năm 2021');
    });

    it('withYear: true is the default', () => {
      expect(periodLabel({ kind: 'year', year: 2021 }, { withYear: true })).toBe('năm 2021');
      expect(periodLabel({ kind: 'year', year: 2021 }, {})).toBe('năm 2021');
    });

    it('rejects a malformed period with invalid-period at its field', () => {
      expect(() =>
        periodLabel({ kind: 'quarter', year: 2021, quarter: 5 } as unknown as Period),
      ).toThrowErrorMatchingInlineSnapshot(
        `[ChitieuError: [chitieu] Invalid period (kỳ) at period.quarter: expected a quarter (quý) from 1 to 4; received 5]`,
      );
      try {
        periodLabel({ kind: 'half', year: 2020, half: 3 } as unknown as Period);
        expect.unreachable();
      } catch (error) {
        expect((error as ChitieuError).code).toBe('invalid-period');
        expect((error as ChitieuError).path).toEqual(['period', 'half']);
      }
    });

    it('rejects options that are not an object', () => {
      for (const opts of [null, 5, 'withYear', true]) {
        try {
          periodLabel({ kind: 'year', year: 2021 }, opts as unknown as PeriodLabelOptions);
          expect.unreachable(String(opts));
        } catch (error) {
          expect((error as ChitieuError).code).toBe('invalid-argument');
          expect((error as ChitieuError).path).toEqual(['opts']);
        }
      }
      expect(() =>
        periodLabel({ kind: 'year', year: 2021 }, 5 as unknown as PeriodLabelOptions),
      ).toThrowErrorMatchingInlineSnapshot(
        `[ChitieuError: [chitieu] Invalid argument at opts: expected an options object or nothing; received 5]`,
      );
    });

    it('rejects a withYear that is not a boolean', () => {
      expect(() =>
        periodLabel({ kind: 'year', year: 2021 }, {
          withYear: 'no',
        } as unknown as PeriodLabelOptions),
      ).toThrowErrorMatchingInlineSnapshot(
        `[ChitieuError: [chitieu] Invalid argument at opts.withYear: expected withYear to be true or false; received "no"]`,
      );
    });
  });

  it('is read back by parsePeriodLabel, for every period', () => {
    fc.assert(
      fc.property(periodArb, (p) => {
        expect(parsePeriodLabel(periodLabel(p))).toEqual(p);
      }),
      { numRuns: 1000 },
    );
  });

  it('gives different periods different labels', () => {
    fc.assert(
      fc.property(periodArb, periodArb, (a, b) => {
        fc.pre(JSON.stringify(a) !== JSON.stringify(b));
        expect(periodLabel(a)).not.toBe(periodLabel(b));
      }),
    );
  });

  it('does not mutate its input', () => {
    const input = Object.freeze({ kind: 'half', year: 2020, half: 2 } as const);
    const opts = Object.freeze({ withYear: false });
    periodLabel(input, opts);
    expect(input).toEqual({ kind: 'half', year: 2020, half: 2 });
    expect(opts).toEqual({ withYear: false });
  });
});
