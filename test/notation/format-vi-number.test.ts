import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ChitieuError } from '../../src/errors.js';
import { formatDecimalVi, formatViNumber } from '../../src/notation/format-vi-number.js';
import { parseViNumber } from '../../src/notation/parse-vi-number.js';
import { Decimal } from '../../src/numeric/decimal.js';
import { roundTo } from '../../src/numeric/round-to.js';
import { roundings } from '../../src/numeric/rounding.js';

describe('formatViNumber', () => {
  it.each([
    [3365, undefined, '3.365'],
    [87646, undefined, '87.646'],
    ['49.22', undefined, '49,22'],
    ['1234.5', undefined, '1.234,5'],
    [12.1, undefined, '12,1'],
    [-0.5, undefined, '-0,5'],
    [100, undefined, '100'],
    [999, undefined, '999'],
    [1000, undefined, '1.000'],
    ['1234567.891', undefined, '1.234.567,891'],
    ['-1234567', undefined, '-1.234.567'],
    [0, undefined, '0'],
    [87646, { grouping: false }, '87646'],
    [12.1, { decimals: 2 }, '12,1'],
    [12.1, { decimals: 2, fixed: true }, '12,10'],
    [100, { decimals: 1 }, '100'],
    ['2.25', { decimals: 1, rounding: 'half-even' }, '2,2'],
    ['2.25', { decimals: 1, rounding: 'half-up' }, '2,3'],
    ['2.25', { decimals: 1 }, '2,2'],
    ['3199.96', { decimals: 1, rounding: 'half-up' }, '3.200'],
    ['3199.96', { decimals: 1 }, '3.199,9'],
    ['-0.04', { decimals: 1 }, '0'],
    ['-0.04', { decimals: 1, fixed: true }, '0,0'],
  ] as const)('prints %s (options %j) as %s', (x, options, printed) => {
    expect(formatViNumber(x, options)).toBe(printed);
  });

  it('formats 169/150 × 100 with 1 decimal as 112,6 truncated and 112,7 half-up', () => {
    const pct = new Decimal(169).div(150).times(100);
    expect(formatViNumber(pct, { decimals: 1, rounding: 'truncate' })).toBe('112,6');
    expect(formatViNumber(pct, { decimals: 1, rounding: 'half-up' })).toBe('112,7');
  });

  describe('edge cases', () => {
    it('prints very large and very small values in full, never with an exponent', () => {
      expect(formatViNumber('1e21')).toBe('1.000.000.000.000.000.000.000');
      expect(formatViNumber('1e-7')).toBe('0,0000001');
    });

    it('rejects bad values and bad options with ChitieuError', () => {
      expect(() => formatViNumber(Number.NaN)).toThrow(ChitieuError);
      try {
        formatViNumber(1, { decimals: -1 });
        expect.unreachable();
      } catch (error) {
        expect((error as ChitieuError).code).toBe('invalid-argument');
        expect((error as ChitieuError).path).toEqual(['options', 'decimals']);
      }
      try {
        formatViNumber(1, { decimals: 1, rounding: 'up' as never });
        expect.unreachable();
      } catch (error) {
        expect((error as ChitieuError).path).toEqual(['options', 'rounding']);
      }
    });

    it('says what it expected of options that are not an object', () => {
      expect(() => formatViNumber(1, null as never)).toThrowErrorMatchingInlineSnapshot(
        `[ChitieuError: [chitieu] Invalid argument at options: expected an options object or nothing; received null]`,
      );
      expect(() => formatViNumber(1, 2 as never)).toThrow(/an options object or nothing/);
    });

    it('checks a rounding mode given without decimals, though nothing is rounded', () => {
      expect(() => formatViNumber(1, { rounding: 'up' as never })).toThrow(
        /at options\.rounding: expected a rounding mode/,
      );
      expect(formatViNumber('2.25', { rounding: 'truncate' })).toBe('2,25');
    });

    it('drops the decimal comma when every decimal rounds to zero', () => {
      expect(formatViNumber('99.996', { decimals: 2, rounding: 'half-up' })).toBe('100');
      expect(formatViNumber('-0.001', { decimals: 2 })).toBe('0');
      expect(formatViNumber('1234.0001', { decimals: 3 })).toBe('1.234');
    });

    it('groups every length of integer part in threes from the right', () => {
      const cases = ['1', '12', '123', '1.234', '12.345', '123.456', '1.234.567'];
      cases.forEach((printed, i) => {
        expect(formatViNumber('1234567'.slice(0, i + 1))).toBe(printed);
      });
    });

    it('does not mutate its input', () => {
      const x = new Decimal('1234.5678');
      const options = Object.freeze({ decimals: 2 });
      formatViNumber(x, options);
      expect(x.toString()).toBe('1234.5678');
    });
  });

  it('round trip: parseViNumber(formatViNumber(x, {decimals: d, rounding})) = roundTo(x, d, rounding)', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }),
        fc.integer({ min: 0, max: 8 }),
        fc.integer({ min: 0, max: 6 }),
        fc.constantFrom(...roundings),
        fc.boolean(),
        (n, scale, d, rounding, grouping) => {
          const x = new Decimal(n.toString()).div(new Decimal(10).pow(scale));
          const printed = formatViNumber(x, { decimals: d, rounding, grouping });
          expect(parseViNumber(printed).eq(roundTo(x, d, rounding))).toBe(true);
        },
      ),
    );
  });

  it('round trip without rounding is the identity', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }), fc.nat(10), (n, scale) => {
        const x = new Decimal(n.toString()).div(new Decimal(10).pow(scale));
        expect(parseViNumber(formatViNumber(x)).eq(x)).toBe(true);
      }),
    );
  });
});

describe('formatDecimalVi', () => {
  it('prints an already-converted Decimal as formatViNumber does', () => {
    const pct = new Decimal(169).div(150).times(100);
    expect(formatDecimalVi(pct, { decimals: 1, rounding: 'truncate' })).toBe('112,6');
    expect(formatDecimalVi(new Decimal('1234.5'))).toBe('1.234,5');
  });

  describe('edge cases', () => {
    it('prints computed values up to 1e±10000 in full', () => {
      const big = formatDecimalVi(new Decimal('1e10000'));
      expect(big.startsWith('10.000.000')).toBe(true);
      expect(big.replaceAll('.', '')).toBe(`1${'0'.repeat(10000)}`);
      expect(formatDecimalVi(new Decimal('-1e-10000'))).toBe(`-0,${'0'.repeat(9999)}1`);
    });

    it('refuses a value it cannot print in full: NaN, an infinity, past 1e±10000', () => {
      expect(() => formatDecimalVi(new Decimal(Number.NaN))).toThrowErrorMatchingInlineSnapshot(
        `[ChitieuError: [chitieu] Invalid number: expected a finite number that can be printed in full; received "Decimal(NaN)"]`,
      );
      expect(() =>
        formatDecimalVi(new Decimal(Number.NEGATIVE_INFINITY)),
      ).toThrowErrorMatchingInlineSnapshot(
        `[ChitieuError: [chitieu] Invalid number: expected a finite number that can be printed in full; received "Decimal(-Infinity)"]`,
      );
      expect(() => formatDecimalVi(new Decimal('1e10001'))).toThrowErrorMatchingInlineSnapshot(
        `[ChitieuError: [chitieu] Invalid number: expected a finite number that can be printed in full; received "Decimal(1e+10001)"]`,
      );
      expect(() => formatDecimalVi(new Decimal('-1e-10001'))).toThrow(ChitieuError);
    });
  });

  it('does not mutate its input', () => {
    const x = new Decimal('-0.5');
    const options = Object.freeze({ decimals: 0, rounding: 'half-up' as const });
    expect(formatDecimalVi(x, options)).toBe('-1');
    expect(x.toString()).toBe('-0.5');
  });
});
