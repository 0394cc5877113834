/**
 * Bad inputs for the audit of published figures: reconcilePercent, inferPlan, checkChange,
 * checkTally, checkShare, checkStatusTally, readChangePhrase.
 */
import {
  type ChangePhrase,
  checkChange,
  checkShare,
  checkStatusTally,
  checkTally,
  type Decimal,
  inferPlan,
  readChangePhrase,
  reconcilePercent,
} from 'chitieu';
import { expect } from 'vitest';
import type { BadInputCase } from '../expect-chitieu-error.js';
import { TEN_MB } from '../hostile.js';

const verdict = (expected: string) => (v: unknown) =>
  expect((v as { verdict: string }).verdict).toBe(expected);

export const auditCases: readonly BadInputCase[] = [
  ...(
    [
      ["''", ''],
      ["JavaScript notation ('112.6%') where Vietnamese is expected", '112.6%'],
      ["'1,2,3%'", '1,2,3%'],
      ["Vietnamese and JavaScript notation mixed ('1.234.5%')", '1.234.5%'],
      ["words ('một trăm phần trăm')", 'một trăm phần trăm'],
    ] as const
  ).map(
    ([what, text]): BadInputCase => ({
      name: `reconcilePercent rejects a published figure of ${what} at published`,
      run: () => reconcilePercent(text, 169, 150),
      code: 'invalid-number',
      path: ['published'],
    }),
  ),
  {
    name: 'reconcilePercent rejects a published NaN at published',
    run: () => reconcilePercent(Number.NaN, 169, 150),
    code: 'invalid-number',
    path: ['published'],
  },
  {
    name: 'reconcilePercent rejects a published { valueOf: () => 112.6 }',
    run: () => reconcilePercent({ valueOf: () => 112.6 } as never, 169, 150),
    code: 'invalid-number',
    path: ['published'],
  },
  {
    name: 'reconcilePercent rejects a 10 MB published text with input-too-long',
    run: () => reconcilePercent(TEN_MB, 169, 150),
    code: 'input-too-long',
    path: ['published'],
  },
  {
    name: 'reconcilePercent refuses a denominator of 0',
    run: () => reconcilePercent('50%', 1, 0),
    code: 'division-by-zero',
    path: ['denominator'],
  },
  {
    name: "reconcilePercent rejects a numerator in Vietnamese notation ('169,0')",
    run: () => reconcilePercent('112,6%', '169,0', 150),
    code: 'invalid-number',
    path: ['numerator'],
  },
  {
    name: 'reconcilePercent refuses null options',
    run: () => reconcilePercent('112,6%', 169, 150, null as never),
    code: 'invalid-argument',
    path: ['options'],
  },
  {
    name: 'reconcilePercent refuses 1.5 decimals',
    run: () => reconcilePercent('112,6%', 169, 150, { decimals: 1.5 }),
    code: 'invalid-argument',
    path: ['options', 'decimals'],
  },
  {
    name: 'reconcilePercent refuses fewer decimals than the figure prints',
    run: () => reconcilePercent('112,66%', 169, 150, { decimals: 1 }),
    code: 'invalid-argument',
    path: ['options', 'decimals'],
  },
  {
    name: 'reconcilePercent of 0 over a negative denominator computes an unsigned 0',
    run: () => reconcilePercent('0%', 0, -5),
    returns: (v) => expect((v as { computed: Decimal }).computed.isNegative()).toBe(false),
  },
  {
    name: 'reconcilePercent reports a figure no rounding reproduces as unreproducible, without throwing',
    run: () => reconcilePercent('42,4%', 2567, 7669),
    returns: verdict('unreproducible'),
  },
  {
    name: 'inferPlan refuses a negative actual',
    run: () => inferPlan(-1, '112,6%'),
    code: 'invalid-argument',
    path: ['actual'],
  },
  {
    name: 'inferPlan refuses a negative published percentage',
    run: () => inferPlan(169, '-5%'),
    code: 'invalid-argument',
    path: ['published'],
  },
  {
    name: "inferPlan rejects a published '' at published",
    run: () => inferPlan(169, ''),
    code: 'invalid-number',
    path: ['published'],
  },
  {
    name: 'inferPlan refuses an empty list of rounding modes',
    run: () => inferPlan(169, '112,6%', { modes: [] }),
    code: 'invalid-argument',
    path: ['options', 'modes'],
  },
  {
    name: "inferPlan refuses the unknown rounding mode 'round'",
    run: () => inferPlan(169, '112,6%', { modes: ['half-up', 'round' as never] }),
    code: 'invalid-argument',
    path: ['options', 'modes', 1],
  },
  {
    name: 'inferPlan refuses maxIntegers of -1',
    run: () => inferPlan(169, '112,6%', { maxIntegers: -1 }),
    code: 'invalid-argument',
    path: ['options', 'maxIntegers'],
  },
  {
    name: 'inferPlan refuses maxIntegers of Infinity',
    run: () => inferPlan(169, '112,6%', { maxIntegers: Number.POSITIVE_INFINITY }),
    code: 'invalid-argument',
    path: ['options', 'maxIntegers'],
  },
  {
    name: 'inferPlan refuses null options',
    run: () => inferPlan(169, '112,6%', null as never),
    code: 'invalid-argument',
    path: ['options'],
  },
  {
    name: 'inferPlan of 0 at "0%" is consistent with every plan, listed up to the cap, never NaN',
    run: () => inferPlan(0, '0%', { maxIntegers: 3 }),
    returns: (v) =>
      expect((v as { integers: Decimal[] }).integers.map(String)).toEqual(['1', '2', '3']),
  },
  {
    name: 'inferPlan of 0 at "5%" is unreproducible, without throwing',
    run: () => inferPlan(0, '5%'),
    returns: verdict('unreproducible'),
  },
  {
    name: 'checkChange rejects a NaN current figure',
    run: () => checkChange(Number.NaN, 362, 'tăng 19 tiêu chí'),
    code: 'invalid-number',
    path: ['current'],
  },
  {
    name: "checkChange rejects a previous figure in Vietnamese notation ('362,0')",
    run: () => checkChange(381, '362,0', 'tăng 19 tiêu chí'),
    code: 'invalid-number',
    path: ['previous'],
  },
  ...(
    [
      ["a verb with no number ('tăng')", 'tăng'],
      ["'tăng 1,2,3 tiêu chí'", 'tăng 1,2,3 tiêu chí'],
      ["a level reached, not a change ('tăng lên 90%')", 'tăng lên 90%'],
      ["a figure in words ('mười chín tiêu chí')", 'mười chín tiêu chí'],
    ] as const
  ).map(
    ([what, text]): BadInputCase => ({
      name: `checkChange cannot read the published change ${what}`,
      run: () => checkChange(381, 362, text),
      code: 'unparseable-target',
      path: ['publishedChange'],
    }),
  ),
  {
    name: "checkChange rejects a published change '1.234.5'",
    run: () => checkChange(381, 362, '1.234.5'),
    code: 'invalid-number',
    path: ['publishedChange'],
  },
  {
    name: 'checkChange rejects a published change of NaN',
    run: () => checkChange(381, 362, Number.NaN),
    code: 'invalid-number',
    path: ['publishedChange'],
  },
  {
    name: 'checkChange rejects a 10 MB published change with input-too-long',
    run: () => checkChange(381, 362, TEN_MB),
    code: 'input-too-long',
    path: ['publishedChange'],
  },
  {
    name: "checkChange refuses the unknown measure 'percent'",
    run: () => checkChange(381, 362, 19, { measure: 'percent' as never }),
    code: 'invalid-argument',
    path: ['options', 'measure'],
  },
  {
    name: "checkChange refuses a change in '%' of a count (unit-mismatch)",
    run: () => checkChange(169, 48, 'tăng 252%', { measure: 'count' }),
    code: 'unit-mismatch',
    path: ['publishedChange'],
  },
  {
    name: 'checkChange refuses null options',
    run: () => checkChange(381, 362, 19, null as never),
    code: 'invalid-argument',
    path: ['options'],
  },
  {
    name: 'checkChange refuses -1 decimals',
    run: () => checkChange(381, 362, 19, { decimals: -1 }),
    code: 'invalid-argument',
    path: ['options', 'decimals'],
  },
  {
    name: "checkChange refuses the unknown rounding mode 'round'",
    run: () => checkChange(381, 362, 19, { decimals: 0, modes: ['round' as never] }),
    code: 'invalid-argument',
    path: ['options', 'modes', 0],
  },
  {
    name: 'checkChange without a previous figure is unchecked, with the implied previous figure',
    run: () => checkChange(381, null, 'tăng 19 tiêu chí'),
    returns: (v) => {
      expect((v as { verdict: string }).verdict).toBe('unchecked');
      expect((v as { impliedPrevious: Decimal }).impliedPrevious.toString()).toBe('362');
    },
  },
  {
    name: 'checkTally refuses parts that are not a list',
    run: () => checkTally('1,2,3' as never, 6),
    code: 'invalid-argument',
    path: ['parts'],
  },
  {
    name: 'checkTally rejects a NaN part at its index',
    run: () => checkTally([1, Number.NaN], 1),
    code: 'invalid-number',
    path: ['parts', 1],
  },
  {
    name: "checkTally rejects a part in Vietnamese notation ('2,5') at its index",
    run: () => checkTally([1, '2,5'], 3.5),
    code: 'invalid-number',
    path: ['parts', 1],
  },
  {
    name: "checkTally rejects a published total of ''",
    run: () => checkTally([1, 2], ''),
    code: 'invalid-number',
    path: ['publishedTotal'],
  },
  {
    name: 'checkTally refuses a negative tolerance',
    run: () => checkTally([1, 2], 3, { tolerance: -1 }),
    code: 'invalid-argument',
    path: ['options', 'tolerance'],
  },
  {
    name: 'checkTally refuses null options',
    run: () => checkTally([1, 2], 3, null as never),
    code: 'invalid-argument',
    path: ['options'],
  },
  {
    name: "checkTally of ['-0', 0] against '-0' is consistent, with unsigned zeros",
    run: () => checkTally(['-0', 0], '-0'),
    returns: verdict('consistent'),
  },
  {
    name: 'checkShare refuses a count of 1.5 (not a whole number)',
    run: () => checkShare(1.5, 20),
    code: 'invalid-argument',
    path: ['count'],
  },
  {
    name: 'checkShare refuses a negative count',
    run: () => checkShare(-1, 20),
    code: 'invalid-argument',
    path: ['count'],
  },
  {
    name: 'checkShare refuses a share over the total (21 of 20)',
    run: () => checkShare(21, 20, '105%'),
    code: 'invalid-argument',
    path: ['count'],
  },
  {
    name: 'checkShare refuses a total of 0',
    run: () => checkShare(0, 0),
    code: 'division-by-zero',
    path: ['total'],
  },
  {
    name: 'checkShare rejects a NaN count',
    run: () => checkShare(Number.NaN, 20),
    code: 'invalid-number',
    path: ['count'],
  },
  {
    name: "checkShare rejects a published '90.0%' (JavaScript notation)",
    run: () => checkShare(18, 20, '90.0%'),
    code: 'invalid-number',
    path: ['published'],
  },
  {
    name: 'checkShare refuses null options',
    run: () => checkShare(18, 20, '90%', null as never),
    code: 'invalid-argument',
    path: ['options'],
  },
  {
    name: 'checkStatusTally refuses statuses that are not a list',
    run: () => checkStatusTally('met' as never, '1/1'),
    code: 'invalid-argument',
    path: ['statuses'],
  },
  {
    name: "checkStatusTally refuses the unknown status 'great' at its index",
    run: () => checkStatusTally(['met', 'great' as never], '1/2'),
    code: 'invalid-argument',
    path: ['statuses', 1],
  },
  {
    name: "checkStatusTally cannot read a tally in words ('ba mươi/39')",
    run: () => checkStatusTally(['met'], 'ba mươi/39'),
    code: 'invalid-argument',
    path: ['published'],
  },
  {
    name: "checkStatusTally refuses a tally with more attained than total ('40/39')",
    run: () => checkStatusTally(['met'], '40/39'),
    code: 'invalid-argument',
  },
  {
    name: 'checkStatusTally refuses a published tally of 1.5 attained',
    run: () => checkStatusTally(['met'], { attained: 1.5, total: 2 }),
    code: 'invalid-argument',
    path: ['published', 'attained'],
  },
  {
    name: 'checkStatusTally refuses a 10 MB tally text',
    run: () => checkStatusTally(['met'], TEN_MB),
    code: 'invalid-argument',
    path: ['published'],
  },
  {
    name: 'checkStatusTally refuses a null tally',
    run: () => checkStatusTally(['met'], null as never),
    code: 'invalid-argument',
    path: ['published'],
  },
  {
    name: 'checkStatusTally reads a tally JSON with a "__proto__" key and pollutes nothing',
    run: () =>
      checkStatusTally(
        ['met'],
        JSON.parse('{"__proto__": {"polluted": 1}, "attained": 1, "total": 1}'),
      ),
    returns: verdict('consistent'),
  },
  {
    name: "readChangePhrase cannot read ''",
    run: () => readChangePhrase(''),
    code: 'unparseable-target',
    path: [],
  },
  {
    name: 'readChangePhrase rejects a 10 MB string with input-too-long',
    run: () => readChangePhrase(TEN_MB),
    code: 'input-too-long',
    path: [],
  },
  {
    name: "readChangePhrase cannot read a level reached ('tăng lên 90%')",
    run: () => readChangePhrase('tăng lên 90%'),
    code: 'unparseable-target',
    path: [],
  },
  {
    name: "readChangePhrase cannot read 'giảm 1.234.5 tiêu chí'",
    run: () => readChangePhrase('giảm 1.234.5 tiêu chí'),
    code: 'unparseable-target',
    path: [],
  },
  {
    name: "readChangePhrase cannot read 'so với' followed by nothing",
    run: () => readChangePhrase('tăng 19 tiêu chí so với'),
    code: 'unparseable-target',
    path: [],
  },
  {
    name: 'readChangePhrase rejects a number (19)',
    run: () => readChangePhrase(19 as never),
    code: 'unparseable-target',
    path: [],
  },
  {
    name: 'readChangePhrase refuses null options',
    run: () => readChangePhrase('tăng 19 tiêu chí', null as never),
    code: 'invalid-argument',
    path: ['options'],
  },
  {
    name: 'readChangePhrase reports the path it is given',
    run: () => readChangePhrase('x', { path: ['items', 2, 'change'] }),
    code: 'unparseable-target',
    path: ['items', 2, 'change'],
  },
  {
    name: 'readChangePhrase reads NFD-decomposed Vietnamese like NFC',
    run: () => readChangePhrase('tăng 19 tiêu chí so với năm 2020'.normalize('NFD')),
    returns: (v) => {
      expect((v as ChangePhrase).value.toString()).toBe('19');
      expect((v as ChangePhrase).unit).toBe('tiêu chí');
    },
  },
  {
    name: "readChangePhrase reads 'giảm 0%' as an unsigned 0",
    run: () => readChangePhrase('giảm 0%').value,
    returns: (v) => expect((v as Decimal).isNegative()).toBe(false),
  },
];
