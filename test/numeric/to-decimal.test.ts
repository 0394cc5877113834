import { createRequire } from 'node:module';
import { Decimal as OtherDecimal } from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
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

/** The CommonJS build of decimal.js: a second copy of the library, with its own prototype. */
const CommonJsDecimal = createRequire(import.meta.url)('decimal.js') as typeof OtherDecimal;

const TAG = '[object Decimal]';
const yes = () => true;
const no = () => false;
const five = () => '5';
/** Objects that look like a Decimal but lack something toDecimal needs. */
const lookAlikes: readonly (readonly [string, object])[] = [
  ['the tag without isFinite', { toStringTag: TAG, isZero: no, toString: five, e: 0 }],
  ['the tag without isZero', { toStringTag: TAG, isFinite: yes, toString: five, e: 0 }],
  [
    'the tag without any toString',
    Object.assign(Object.create(null) as object, { toStringTag: TAG, isFinite: yes, isZero: no }),
  ],
  ['the methods without the tag', { isFinite: yes, isZero: no, toString: five, e: 0 }],
  ['isZero alone', { isZero: no }],
];

/** 0.000…01 written with `length` characters: a small number well within range. */
const longNumber = (length: number): string => `0.${'0'.repeat(length - 3)}1`;

/** The `hint` toDecimal attaches to its error for `text`, if any. */
function hintFor(text: string): unknown {
  try {
    toDecimal(text);
  } catch (error) {
    return (error as ChitieuError).details.hint;
  }
  throw new Error(`${text} was accepted`);
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

  it('accepts a Decimal of a second copy of decimal.js (its CommonJS build) and converts it', () => {
    const foreign = new CommonJsDecimal('2.5');
    expect(foreign instanceof Decimal).toBe(false);
    const converted = toDecimal(foreign);
    expect(converted).toBeInstanceOf(Decimal);
    expect(converted.constructor).toBe(Decimal);
    expect(converted.toString()).toBe('2.5');
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

    it('accepts magnitudes from 1e-1000 to 1e+1000 and rejects the next ones out', () => {
      expect(toDecimal('1e-1000').eq(new Decimal(10).pow(-1000))).toBe(true);
      expect(toDecimal('-1e1000').eq(new Decimal(10).pow(1000).neg())).toBe(true);
      expect(toDecimal(new Decimal('1e-1000')).toString()).toBe('1e-1000');
      expect(() => toDecimal('1e-1001')).toThrowErrorMatchingInlineSnapshot(
        `[ChitieuError: [chitieu] Invalid number: expected a number from 1e-1000 to 1e+1000 in magnitude, or 0; received "1e-1001"]`,
      );
      expect(codeOf(() => toDecimal(new Decimal('1e-1001')))).toBe('invalid-number');
      expect(codeOf(() => toDecimal('1e1001'))).toBe('invalid-number');
    });

    it('reads a zero mantissa with any exponent as 0, and refuses a non-zero one that underflows', () => {
      expect(toDecimal('0e5').toString()).toBe('0');
      expect(toDecimal('0.000e-9000000000000001').toString()).toBe('0');
      for (const text of ['0.1e-9000000000000001', '10E-9000000000000001']) {
        expect(() => toDecimal(text)).toThrow(/from 1e-1000 to 1e\+1000/);
      }
    });

    it('accepts a numeric string of up to 400 characters and refuses a longer one, whatever its value', () => {
      expect(toDecimal(longNumber(400)).eq(new Decimal(10).pow(-398))).toBe(true);
      expect(toDecimal(` ${longNumber(400)} `).eq(new Decimal(10).pow(-398))).toBe(true);
      expect(() => toDecimal(longNumber(401), ['actual'])).toThrowErrorMatchingInlineSnapshot(
        `[ChitieuError: [chitieu] Invalid number at actual: expected a finite number, a numeric string in JavaScript notation ("51.5") or a Decimal; received "0.0000000000000000000000000000000000000000000000000000000…" (401 characters)]`,
      );
    });

    it('rejects an exponent past what decimal.js holds with the text received and its path', () => {
      expect(() =>
        toDecimal('-1e9000000000000001', ['items', 1, 'actual']),
      ).toThrowErrorMatchingInlineSnapshot(
        `[ChitieuError: [chitieu] Invalid number at items[1].actual: expected a finite number, a numeric string in JavaScript notation ("51.5") or a Decimal; received "-1e9000000000000001"]`,
      );
    });

    it('names the Decimal it refuses: an infinite one, and one past 1e1000', () => {
      expect(() =>
        toDecimal(new OtherDecimal(Number.NEGATIVE_INFINITY), ['baseline']),
      ).toThrowErrorMatchingInlineSnapshot(
        `[ChitieuError: [chitieu] Invalid number at baseline: expected a finite number, a numeric string in JavaScript notation ("51.5") or a Decimal; received "Decimal(-Infinity)"]`,
      );
      expect(() => toDecimal(new Decimal('1e5000'), ['actual'])).toThrowErrorMatchingInlineSnapshot(
        `[ChitieuError: [chitieu] Invalid number at actual: expected a number from 1e-1000 to 1e+1000 in magnitude, or 0; received "Decimal(1e+5000)"]`,
      );
    });

    it.each(lookAlikes)(
      'rejects an object with %s with invalid-number, never a TypeError',
      (_, value) => {
        expect(codeOf(() => toDecimal(value as never))).toBe('invalid-number');
      },
    );

    it.each([['51,5'], ['-51,25'], ['+1.234,56'], ['3.365.000'], ['-12.345.678']])(
      'hints at parseViNumber for %s, a number in Vietnamese notation',
      (text) => {
        expect(hintFor(text)).toBe('this looks like Vietnamese notation: use parseViNumber');
      },
    );

    it.each([
      ['khoảng 51,5'],
      ['51,5 ha'],
      ['khoảng 3.365.000'],
      ['3.365.000 đồng'],
      ['1,2,3'],
      ['0x10'],
    ])('gives no hint for %s, which is no number in either notation', (text) => {
      expect(hintFor(text)).toBeUndefined();
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
});

describe('isNumeric', () => {
  const agrees = (value: unknown): void => {
    const accepted = codeOf(() => toDecimal(value as never)) === undefined;
    expect(isNumeric(value)).toBe(accepted);
  };

  it('agrees with toDecimal', () => {
    for (const value of [1, '1.5', '', 'x', Number.NaN, new Decimal(1), {}, null, '1,5']) {
      agrees(value);
    }
  });

  it('is true for white space around a number, a Decimal of any copy, and the range limits', () => {
    for (const value of [
      ' 3365 ',
      '0e5',
      '1e-1000',
      longNumber(400),
      new CommonJsDecimal('2.5'),
      new OtherDecimal('-1e1000'),
    ]) {
      expect(isNumeric(value)).toBe(true);
      agrees(value);
    }
  });

  it('is false for what toDecimal refuses: too long, out of range, infinite, look-alikes', () => {
    for (const value of [
      longNumber(401),
      '1e-1001',
      '0.1e-9000000000000001',
      new Decimal('1e5000'),
      new OtherDecimal(Number.POSITIVE_INFINITY),
      ...lookAlikes.map(([, object]) => object),
      undefined,
      true,
      10n,
    ]) {
      expect(isNumeric(value)).toBe(false);
      agrees(value);
    }
  });

  it('agrees with toDecimal on any string of digits, signs, points, commas and exponents', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'0123456789.,eE+- '.split('')) }), agrees),
    );
  });

  it('never throws', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        expect(typeof isNumeric(value)).toBe('boolean');
      }),
    );
  });
});
