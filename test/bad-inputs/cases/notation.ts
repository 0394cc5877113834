/**
 * Bad inputs for Vietnamese notation: parseViNumber, formatViNumber, formatViPercent.
 */
import { type Decimal, formatViNumber, formatViPercent, parseViNumber, toDecimal } from 'chitieu';
import { expect } from 'vitest';
import type { BadInputCase } from '../expect-chitieu-error.js';
import { TEN_MB } from '../hostile.js';

const printsAs = (text: string) => (v: unknown) => expect((v as Decimal).toString()).toBe(text);
const is = (text: string) => (v: unknown) => expect(v).toBe(text);

/** parseViNumber rejects each of these strings with invalid-number at []. */
const malformed: readonly (readonly [string, string])[] = [
  ["''", ''],
  ['whitespace only', '   \t '],
  ["Vietnamese and JavaScript notation mixed ('1.234.5')", '1.234.5'],
  ["JavaScript notation ('1,234.5')", '1,234.5'],
  ["a JavaScript decimal point where Vietnamese is expected ('3.5')", '3.5'],
  ["'1,2,3'", '1,2,3'],
  ["a group of two digits ('1.23.4')", '1.23.4'],
  ["a group of four digits ('1.2345')", '1.2345'],
  ["a comma with no decimals ('12,')", '12,'],
  ["a comma with no integer part (',5')", ',5'],
  ["two signs ('--5')", '--5'],
  ["a JavaScript exponent ('1e5')", '1e5'],
  ["the text 'NaN'", 'NaN'],
  ["the text 'Infinity'", 'Infinity'],
  ["full-width digits ('１２')", '１２'],
  ["Arabic-Indic digits ('٣')", '٣'],
  ["an unpaired surrogate ('\\uD800')", '\uD800'],
  ["a unit glued on ('150 đảng viên')", '150 đảng viên'],
  ["two percent signs ('12%%')", '12%%'],
];

export const notationCases: readonly BadInputCase[] = [
  ...malformed.map(
    ([what, text]): BadInputCase => ({
      name: `parseViNumber rejects ${what} with invalid-number`,
      run: () => parseViNumber(text),
      code: 'invalid-number',
      path: [],
    }),
  ),
  ...(
    [
      ['a number', 5],
      ['null', null],
      ['undefined', undefined],
      ['a symbol', Symbol('x')],
      ['{ valueOf: () => 1 }', { valueOf: () => 1 }],
      ['a Decimal', toDecimal(5)],
    ] as const
  ).map(
    ([what, value]): BadInputCase => ({
      name: `parseViNumber rejects ${what} (not a string) with invalid-number`,
      run: () => parseViNumber(value as never),
      code: 'invalid-number',
      path: [],
    }),
  ),
  {
    name: 'parseViNumber rejects a 10 MB string with input-too-long, before scanning it',
    run: () => parseViNumber(TEN_MB),
    code: 'input-too-long',
    path: [],
  },
  {
    name: 'parseViNumber rejects 101 digits with input-too-long',
    run: () => parseViNumber('1'.repeat(101)),
    code: 'input-too-long',
    path: [],
  },
  {
    name: 'parseViNumber reports the path it is given',
    run: () => parseViNumber('abc', { path: ['items', 0, 'actual'] }),
    code: 'invalid-number',
    path: ['items', 0, 'actual'],
  },
  {
    name: 'parseViNumber refuses null options with invalid-argument',
    run: () => parseViNumber('12,1', null as never),
    code: 'invalid-argument',
    path: ['options'],
  },
  {
    name: "parseViNumber reads '-0,0' as an unsigned 0",
    run: () => parseViNumber('-0,0'),
    returns: printsAs('0'),
  },
  {
    name: "parseViNumber reads the minus sign '−0,5' as -0.5",
    run: () => parseViNumber('\u22120,5'),
    returns: printsAs('-0.5'),
  },
  {
    name: "parseViNumber reads ' 97,1 % ' (spaces around) as 97.1",
    run: () => parseViNumber(' 97,1 % '),
    returns: printsAs('97.1'),
  },
  {
    name: 'parseViNumber reads 100 digits exactly (the longest text it takes)',
    run: () => parseViNumber('9'.repeat(100)),
    returns: (v) => expect((v as Decimal).toFixed()).toBe('9'.repeat(100)),
  },
  {
    name: 'formatViNumber rejects NaN at x',
    run: () => formatViNumber(Number.NaN),
    code: 'invalid-number',
    path: ['x'],
  },
  {
    name: "formatViNumber rejects '1e999999999999999' at x instead of printing a petabyte",
    run: () => formatViNumber('1e999999999999999'),
    code: 'invalid-number',
    path: ['x'],
  },
  {
    name: "formatViNumber rejects Vietnamese notation '51,5' (it takes JavaScript notation)",
    run: () => formatViNumber('51,5'),
    code: 'invalid-number',
    path: ['x'],
  },
  {
    name: 'formatViNumber refuses -1 decimals',
    run: () => formatViNumber(1, { decimals: -1 }),
    code: 'invalid-argument',
    path: ['options', 'decimals'],
  },
  {
    name: 'formatViNumber refuses 1.5 decimals',
    run: () => formatViNumber(1, { decimals: 1.5 }),
    code: 'invalid-argument',
    path: ['options', 'decimals'],
  },
  {
    name: 'formatViNumber refuses 101 decimals',
    run: () => formatViNumber(1, { decimals: 101 }),
    code: 'invalid-argument',
    path: ['options', 'decimals'],
  },
  {
    name: "formatViNumber refuses the unknown rounding 'round'",
    run: () => formatViNumber(1, { decimals: 1, rounding: 'round' as never }),
    code: 'invalid-argument',
    path: ['options', 'rounding'],
  },
  {
    name: "formatViNumber refuses the unknown rounding 'round' even without decimals",
    run: () => formatViNumber(1, { rounding: 'round' as never }),
    code: 'invalid-argument',
    path: ['options', 'rounding'],
  },
  {
    name: 'formatViNumber refuses null options',
    run: () => formatViNumber(1, null as never),
    code: 'invalid-argument',
    path: ['options'],
  },
  {
    name: "formatViNumber refuses a rounding mode given in place of options ('truncate')",
    run: () => formatViNumber(1, 'truncate' as never),
    code: 'invalid-argument',
    path: ['options'],
  },
  { name: "formatViNumber prints -0 as '0'", run: () => formatViNumber(-0), returns: is('0') },
  {
    name: "formatViNumber prints -0.04 to 1 decimal as '0', not '-0'",
    run: () => formatViNumber('-0.04', { decimals: 1 }),
    returns: is('0'),
  },
  {
    name: 'formatViNumber prints 1e1000 in full, grouped (1001 digits)',
    run: () => formatViNumber('1e1000'),
    returns: (v) => expect((v as string).replaceAll('.', '')).toBe(`1${'0'.repeat(1000)}`),
  },
  {
    name: 'formatViPercent rejects Infinity at percent',
    run: () => formatViPercent(Number.POSITIVE_INFINITY),
    code: 'invalid-number',
    path: ['percent'],
  },
  {
    name: "formatViPercent refuses the unknown rounding 'round'",
    run: () => formatViPercent(112.6, { decimals: 1, rounding: 'round' as never }),
    code: 'invalid-argument',
    path: ['options', 'rounding'],
  },
  {
    name: 'formatViPercent refuses null options',
    run: () => formatViPercent(1, null as never),
    code: 'invalid-argument',
    path: ['options'],
  },
  // Misspelled options (issue 19): refused at the key, never ignored.
  {
    name: "formatViNumber refuses the misspelled option 'decimal' (did you mean 'decimals'?)",
    run: () => formatViNumber(1.256, { decimal: 2 } as never),
    code: 'invalid-argument',
    path: ['options', 'decimal'],
  },
  {
    name: "formatViPercent refuses the misspelled option 'rouding'",
    run: () => formatViPercent(112.66, { decimals: 1, rouding: 'truncate' } as never),
    code: 'invalid-argument',
    path: ['options', 'rouding'],
  },
  {
    name: "formatViNumber refuses 'Decimals' (options are case-sensitive)",
    run: () => formatViNumber(1.256, { Decimals: 2 } as never),
    code: 'invalid-argument',
    path: ['options', 'Decimals'],
  },
  {
    name: "parseViNumber refuses the unknown option 'notation'",
    run: () => parseViNumber('3.365', { notation: 'vi' } as never),
    code: 'invalid-argument',
    path: ['options', 'notation'],
  },
];
