/**
 * Bad inputs for the numbers module: toDecimal, isNumeric, percentOf, ratio, roundTo and
 * the number schemas.
 */

import { Decimal, isNumeric, percentOf, ratio, roundTo, toDecimal } from 'chitieu';
import { decimalSchema, nonNegativeDecimalSchema, roundingSchema } from 'chitieu/schemas';
import { Decimal as GlobalDecimal } from 'decimal.js';
import { expect } from 'vitest';
import * as z from 'zod/mini';
import type { BadInputCase } from '../expect-chitieu-error.js';
import { TEN_MB } from '../hostile.js';

const asNumeric = (x: unknown) => x as never;

const isFalse = (v: unknown) => expect(v).toBe(false);
const printsAs = (text: string) => (v: unknown) => expect((v as Decimal).toString()).toBe(text);

/** toDecimal rejects each of these with invalid-number at the given path. */
const notNumbers: readonly (readonly [string, unknown])[] = [
  ['NaN', Number.NaN],
  ['Infinity', Number.POSITIVE_INFINITY],
  ['-Infinity', Number.NEGATIVE_INFINITY],
  ["a huge exponent '1e999999999999999'", '1e999999999999999'],
  ["a tiny exponent '-1e-999999999999999'", '-1e-999999999999999'],
  [
    "an exponent past decimal.js's range that would silently be 0 ('1e-9000000000000001')",
    '1e-9000000000000001',
  ],
  ['1e1001, just past the accepted range', '1e1001'],
  ["''", ''],
  ['whitespace only', ' \t\n '],
  ["Vietnamese and JavaScript notation mixed ('1.234.5')", '1.234.5'],
  ["JavaScript grouping ('1,234.5')", '1,234.5'],
  ["Vietnamese decimals where JavaScript is expected ('51,5')", '51,5'],
  ["Vietnamese grouping ('3.365.000')", '3.365.000'],
  ["'1,2,3'", '1,2,3'],
  ["hexadecimal ('0x10')", '0x10'],
  ["the text 'Infinity'", 'Infinity'],
  ["the text 'NaN'", 'NaN'],
  ["full-width digits ('１２')", '１２'],
  ["an underscore separator ('1_000')", '1_000'],
  ["an unpaired surrogate ('\\uD800')", '\uD800'],
  ['a 10 MB string', TEN_MB],
  ['{ valueOf: () => 1 }', { valueOf: () => 1 }],
  ['new Number(1)', new Number(1)],
  ['an array [1]', [1]],
  ['null', null],
  ['undefined', undefined],
  ['a boolean', true],
  ['a bigint', 10n],
  ['a symbol', Symbol('x')],
  ['a function', () => 1],
  ['an object that only claims to be a Decimal', { toStringTag: '[object Decimal]', d: [1], e: 0 }],
  ['a Decimal NaN', new Decimal(Number.NaN)],
  ['a Decimal Infinity of another clone', new GlobalDecimal(Number.NEGATIVE_INFINITY)],
  ["a Decimal of chitieu's own clone past 1e1000", new Decimal('1e5000')],
  ['new Date(NaN)', new Date(Number.NaN)],
];

export const numericCases: readonly BadInputCase[] = [
  ...notNumbers.map(
    ([what, value]): BadInputCase => ({
      name: `toDecimal rejects ${what} with invalid-number`,
      run: () => toDecimal(asNumeric(value)),
      code: 'invalid-number',
      path: [],
    }),
  ),
  {
    name: 'toDecimal reports the path it is given',
    run: () => toDecimal(Number.NaN, ['items', 3, 'actual']),
    code: 'invalid-number',
    path: ['items', 3, 'actual'],
  },
  {
    name: 'toDecimal turns -0 into an unsigned 0',
    run: () => toDecimal(-0),
    returns: (v) => expect((v as Decimal).isNegative()).toBe(false),
  },
  {
    name: "toDecimal turns '-0.000' into an unsigned 0",
    run: () => toDecimal('-0.000'),
    returns: (v) => expect((v as Decimal).isNegative()).toBe(false),
  },
  {
    name: 'toDecimal turns a Decimal −0 into an unsigned 0',
    run: () => toDecimal(new Decimal(-0)),
    returns: (v) => expect((v as Decimal).isNegative()).toBe(false),
  },
  {
    name: 'toDecimal keeps the smallest double (5e-324) exactly: it is in range',
    run: () => toDecimal(Number.MIN_VALUE),
    returns: (v) => expect((v as Decimal).toNumber()).toBe(Number.MIN_VALUE),
  },
  {
    name: 'toDecimal keeps the largest double exactly',
    run: () => toDecimal(Number.MAX_VALUE),
    returns: (v) => expect((v as Decimal).toNumber()).toBe(Number.MAX_VALUE),
  },
  {
    name: "toDecimal re-makes a Decimal of the global clone with chitieu's own constructor (its precision)",
    run: () => toDecimal(new GlobalDecimal(1)),
    returns: (v) => {
      expect((v as Decimal).constructor).toBe(Decimal);
      expect((v as Decimal).div(3).toString()).toBe(`0.${'3'.repeat(50)}`);
    },
  },
  {
    name: 'isNumeric never throws: a symbol is not numeric',
    run: () => isNumeric(Symbol('x')),
    returns: isFalse,
  },
  {
    name: "isNumeric agrees with toDecimal on '1e999999999999999'",
    run: () => isNumeric('1e999999999999999'),
    returns: isFalse,
  },
  {
    name: 'isNumeric is false for an object that only claims to be a Decimal',
    run: () => isNumeric({ toStringTag: '[object Decimal]' }),
    returns: isFalse,
  },
  { name: 'isNumeric is false for a 10 MB string', run: () => isNumeric(TEN_MB), returns: isFalse },
  {
    name: 'percentOf refuses a whole of 0 with division-by-zero at whole',
    run: () => percentOf(1, 0),
    code: 'division-by-zero',
    path: ['whole'],
  },
  {
    name: "percentOf refuses a whole of '-0' too",
    run: () => percentOf(1, '-0'),
    code: 'division-by-zero',
    path: ['whole'],
  },
  {
    name: 'percentOf reports a NaN part at part',
    run: () => percentOf(Number.NaN, 1),
    code: 'invalid-number',
    path: ['part'],
  },
  {
    name: 'percentOf of 0 in a negative whole is an unsigned 0',
    run: () => percentOf(0, -5),
    returns: printsAs('0'),
  },
  {
    name: 'ratio refuses a denominator of 0 at denominator',
    run: () => ratio(1, 0),
    code: 'division-by-zero',
    path: ['denominator'],
  },
  {
    name: "ratio reports Vietnamese notation ('1,5') at numerator",
    run: () => ratio('1,5', 2),
    code: 'invalid-number',
    path: ['numerator'],
  },
  {
    name: 'ratio of 0 to a negative number is an unsigned 0',
    run: () => ratio(0, -3),
    returns: printsAs('0'),
  },
  {
    name: 'roundTo refuses 1.5 decimal places',
    run: () => roundTo(1, 1.5),
    code: 'invalid-argument',
    path: ['decimals'],
  },
  {
    name: 'roundTo refuses -1 decimal places',
    run: () => roundTo(1, -1),
    code: 'invalid-argument',
    path: ['decimals'],
  },
  {
    name: 'roundTo refuses NaN decimal places',
    run: () => roundTo(1, Number.NaN),
    code: 'invalid-argument',
    path: ['decimals'],
  },
  {
    name: "roundTo refuses decimals given as a string ('1')",
    run: () => roundTo(1, '1' as never),
    code: 'invalid-argument',
    path: ['decimals'],
  },
  {
    name: "roundTo refuses the unknown rounding mode 'round'",
    run: () => roundTo(1, 1, 'round' as never),
    code: 'invalid-argument',
    path: ['rounding'],
  },
  {
    name: 'roundTo reports a bad value at x',
    run: () => roundTo(Number.POSITIVE_INFINITY, 1),
    code: 'invalid-number',
    path: ['x'],
  },
  {
    name: "roundTo of -0.04 to 1 decimal is an unsigned 0, not '-0'",
    run: () => roundTo('-0.04', 1),
    returns: printsAs('0'),
  },
  {
    name: 'decimalSchema fails (without throwing) on a huge exponent',
    run: () => z.safeParse(decimalSchema, '1e999999999999999').success,
    returns: isFalse,
  },
  {
    name: 'decimalSchema fails (without throwing) on a bigint',
    run: () => z.safeParse(decimalSchema, 10n).success,
    returns: isFalse,
  },
  {
    name: 'nonNegativeDecimalSchema fails on -1',
    run: () => z.safeParse(nonNegativeDecimalSchema, -1).success,
    returns: isFalse,
  },
  {
    name: "roundingSchema fails on the unknown mode 'round'",
    run: () => z.safeParse(roundingSchema, 'round').success,
    returns: isFalse,
  },
];
