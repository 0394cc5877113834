import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ChitieuError } from '../../src/errors.js';
import { Decimal } from '../../src/numeric/decimal.js';
import { percentOf } from '../../src/numeric/percent-of.js';
import { ratio } from '../../src/numeric/ratio.js';

describe('percentOf', () => {
  it('18 of 20 communes is 90%', () => {
    expect(percentOf(18, 20).toString()).toBe('90');
  });

  it('169 of a plan of 150 is 112,666…%, kept exact until formatted', () => {
    const p = percentOf(169, 150);
    expect(p.toFixed(10)).toBe('112.6666666667');
    expect(p.times(150).div(100).toSignificantDigits(45).toString()).toBe('169');
  });

  it('5.775 of 8.227 communes is 70,1957…%', () => {
    expect(percentOf(5775, 8227).toFixed(4)).toBe('70.1957');
  });

  describe('edge cases', () => {
    it('rejects a zero whole with division-by-zero at whole', () => {
      try {
        percentOf(1, 0);
        expect.unreachable();
      } catch (error) {
        expect(error).toBeInstanceOf(ChitieuError);
        expect((error as ChitieuError).code).toBe('division-by-zero');
        expect((error as ChitieuError).path).toEqual(['whole']);
      }
    });

    it('allows a zero part and percentages over 100', () => {
      expect(percentOf(0, 5).toString()).toBe('0');
      expect(percentOf(3, 2).toString()).toBe('150');
    });

    it('rejects non-numbers at their path', () => {
      try {
        percentOf('x', 2);
        expect.unreachable();
      } catch (error) {
        expect((error as ChitieuError).path).toEqual(['part']);
      }
      try {
        percentOf(2, '2,5');
        expect.unreachable();
      } catch (error) {
        expect((error as ChitieuError).code).toBe('invalid-number');
        expect((error as ChitieuError).path).toEqual(['whole']);
      }
    });

    it('says what a zero whole should have been', () => {
      expect(() => percentOf(169, 0)).toThrowErrorMatchingInlineSnapshot(
        `[ChitieuError: [chitieu] Division by zero at whole: expected a non-zero whole to take a percentage of; received 0]`,
      );
    });
  });

  it('is exact for every pair of integers: percent × whole / 100 gives the part back', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10 ** 9 }),
        fc.integer({ min: 1, max: 10 ** 9 }),
        (a, b) => {
          const back = percentOf(a, b).times(b).div(100).toSignificantDigits(45);
          expect(back.eq(a)).toBe(true);
        },
      ),
    );
  });
});

describe('ratio', () => {
  it('divides exactly', () => {
    expect(ratio(18, 20).toString()).toBe('0.9');
    expect(ratio('1', new Decimal(8)).toString()).toBe('0.125');
  });

  it('rejects a zero denominator', () => {
    expect(() => ratio(1, 0)).toThrowErrorMatchingInlineSnapshot(
      `[ChitieuError: [chitieu] Division by zero at denominator: expected a non-zero denominator; received 0]`,
    );
  });

  it('rejects non-numbers at their path', () => {
    for (const [numerator, denominator, path] of [
      ['x', 2, ['numerator']],
      [1, '1,5', ['denominator']],
    ] as const) {
      try {
        ratio(numerator, denominator);
        expect.unreachable();
      } catch (error) {
        expect((error as ChitieuError).code).toBe('invalid-number');
        expect((error as ChitieuError).path).toEqual(path);
      }
    }
  });

  it('does not mutate its input', () => {
    const a = new Decimal(3);
    ratio(a, 4);
    expect(a.toString()).toBe('3');
  });
});
