import { Decimal as OtherDecimal } from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { ChitieuError } from '../../src/errors.js';
import { Decimal } from '../../src/numeric/decimal.js';
import { isNumeric, toDecimal } from '../../src/numeric/to-decimal.js';

function codeOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    return error instanceof ChitieuError ? error.code : 'not a ChitieuError';
  }
  return undefined;
}

describe('toDecimal', () => {
  it('accepts finite numbers, JavaScript-notation strings and Decimals', () => {
    expect(toDecimal(51.5).toString()).toBe('51.5');
    expect(toDecimal('51.5').toString()).toBe('51.5');
    expect(toDecimal(' 3365 ').toString()).toBe('3365');
    expect(toDecimal('1e3').toString()).toBe('1000');
    expect(toDecimal('.5').toString()).toBe('0.5');
    expect(toDecimal('-0.13').toString()).toBe('-0.13');
    expect(toDecimal('+7').toString()).toBe('7');
    expect(toDecimal(new Decimal('1.25')).toString()).toBe('1.25');
  });

  it('returns chitieu Decimals, also for Decimals of another decimal.js clone', () => {
    const foreign = new OtherDecimal('2.5');
    const converted = toDecimal(foreign);
    expect(converted).toBeInstanceOf(Decimal);
    expect(converted.toString()).toBe('2.5');
    const own = new Decimal('2.5');
    expect(toDecimal(own)).toBe(own);
  });

  it('keeps the exact decimal value of a string beyond float precision', () => {
    expect(toDecimal('0.1000000000000000000001').toString()).toBe('0.1000000000000000000001');
  });

  it('computes with chitieu precision, not the global decimal.js config', () => {
    const third = toDecimal(1).div(3);
    expect(third.toString().length).toBe(52); // "0." + 50 significant digits
  });

  describe('edge cases', () => {
    it('turns negative zero into zero', () => {
      expect(Object.is(toDecimal(-0).toNumber(), 0)).toBe(true);
      expect(toDecimal('-0').isNegative()).toBe(false);
      expect(toDecimal(new Decimal('-0')).isNegative()).toBe(false);
    });

    it.each([
      ['NaN', Number.NaN],
      ['Infinity', Number.POSITIVE_INFINITY],
      ['-Infinity', Number.NEGATIVE_INFINITY],
      ['empty string', ''],
      ['blank string', '   '],
      ['"1e"', '1e'],
      ['hexadecimal', '0x10'],
      ['binary', '0b101'],
      ['"Infinity" text', 'Infinity'],
      ['"NaN" text', 'NaN'],
      ['Vietnamese decimal comma', '51,5'],
      ['Vietnamese grouping', '3.365.000'],
      ['an object', {}],
      ['an array', [1]],
      ['null', null],
      ['undefined', undefined],
      ['a boolean', true],
      ['a bigint', 10n],
      ['a huge exponent', '1e9000000000000001'],
      ['a Decimal NaN', new Decimal(Number.NaN)],
      ['a Decimal Infinity', new OtherDecimal(Number.POSITIVE_INFINITY)],
      ['a 10 MB string', '1'.repeat(10_000_000)],
    ])('rejects %s with invalid-number', (_, value) => {
      expect(codeOf(() => toDecimal(value as never))).toBe('invalid-number');
    });

    it('reports the path it was given and hints at parseViNumber for Vietnamese notation', () => {
      try {
        toDecimal('1.234,5', ['items', 0, 'actual']);
        expect.unreachable();
      } catch (error) {
        const e = error as ChitieuError;
        expect(e.path).toEqual(['items', 0, 'actual']);
        expect(e.details.hint).toMatch(/parseViNumber/);
        expect(e.message).toMatchInlineSnapshot(
          `"[chitieu] Invalid number at items[0].actual: expected a finite number, a numeric string in JavaScript notation ("51.5") or a Decimal; received "1.234,5""`,
        );
      }
    });
  });

  it('round-trips every finite double exactly through its string', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        expect(toDecimal(x).toNumber()).toBe(x === 0 ? 0 : x);
      }),
    );
  });

  it('round-trips JSON: JSON.stringify of a Decimal comes back equal', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }), fc.nat(20), (n, scale) => {
        const d = toDecimal(n.toString()).div(new Decimal(10).pow(scale));
        expect(toDecimal(JSON.parse(JSON.stringify(d)) as string).eq(d)).toBe(true);
      }),
    );
  });

  it('has the documented types', () => {
    expectTypeOf(toDecimal).parameter(0).toEqualTypeOf<number | string | Decimal>();
    expectTypeOf(toDecimal(1)).toEqualTypeOf<Decimal>();
  });
});

describe('isNumeric', () => {
  it('agrees with toDecimal', () => {
    for (const value of [1, '1.5', '', 'x', Number.NaN, new Decimal(1), {}, null, '1,5']) {
      const accepted = codeOf(() => toDecimal(value as never)) === undefined;
      expect(isNumeric(value)).toBe(accepted);
    }
  });
});
