/**
 * Bad inputs for periods (kỳ): period objects, labels, dates.
 */
import {
  type Decimal,
  elapsedShare,
  isPeriod,
  parsePeriodLabel,
  periodContains,
  periodInterval,
  periodLabel,
  previousPeriod,
  samePeriodLastYear,
} from 'chitieu';
import { parsePeriod } from 'chitieu/schemas';
import { expect } from 'vitest';
import type { BadInputCase } from '../expect-chitieu-error.js';
import { deepObject, TEN_MB } from '../hostile.js';

const year2021 = { kind: 'year', year: 2021 } as const;
const isFalse = (v: unknown) => expect(v).toBe(false);

/** parsePeriod rejects each of these JSON periods with invalid-period at the path given. */
const badJson: readonly (readonly [string, unknown, readonly (string | number)[]])[] = [
  ['a half of 3', { kind: 'half', year: 2021, half: 3 }, ['half']],
  ["a half given as text ('1')", { kind: 'half', year: 2021, half: '1' }, ['half']],
  ['a quarter of 5', { kind: 'quarter', year: 2021, quarter: 5 }, ['quarter']],
  ['a month of 0', { kind: 'month', year: 2021, month: 0 }, ['month']],
  ['a month of 6.5', { kind: 'month', year: 2021, month: 6.5 }, ['month']],
  ['a year of 2021.5', { kind: 'year', year: 2021.5 }, ['year']],
  ["a year given as text ('2021')", { kind: 'year', year: '2021' }, ['year']],
  ['a year of NaN', { kind: 'year', year: Number.NaN }, ['year']],
  ['a year of 1 000 000', { kind: 'year', year: 1_000_000 }, ['year']],
  ["an unknown kind 'maybe'", { kind: 'maybe', year: 2021 }, ['kind']],
  ['a term ending before it starts', { kind: 'term', startYear: 2025, endYear: 2020 }, ['endYear']],
  [
    'a stage of one year (2021–2021)',
    { kind: 'stage', startYear: 2021, endYear: 2021 },
    ['endYear'],
  ],
];

export const periodCases: readonly BadInputCase[] = [
  ...badJson.map(
    ([what, json, path]): BadInputCase => ({
      name: `parsePeriod rejects ${what} with invalid-period`,
      run: () => parsePeriod(json),
      code: 'invalid-period',
      path,
    }),
  ),
  {
    name: 'parsePeriod rejects null',
    run: () => parsePeriod(null),
    code: 'invalid-period',
    path: [],
  },
  {
    name: 'parsePeriod rejects an array of periods',
    run: () => parsePeriod([year2021]),
    code: 'invalid-period',
    path: [],
  },
  {
    name: 'parsePeriod rejects a period hidden under "__proto__" (JSON) and pollutes nothing',
    run: () =>
      parsePeriod(JSON.parse('{"__proto__": {"kind": "year", "year": 2021, "polluted": 1}}')),
    code: 'invalid-period',
  },
  {
    name: 'parsePeriod rejects a 10 000-deep object with invalid-period',
    run: () => parsePeriod(deepObject(10_000)),
    code: 'invalid-period',
  },
  {
    name: 'parsePeriod drops a "constructor" key and a deep extra field, keeping the period',
    run: () =>
      parsePeriod({
        ...JSON.parse('{"constructor": {"prototype": {"polluted": 1}}}'),
        kind: 'year',
        year: 2021,
        extra: deepObject(10_000),
      }),
    returns: (v) => expect(v).toEqual(year2021),
  },
  ...(
    [
      ["''", ''],
      ['whitespace only', ' \n\t '],
      ["a fifth quarter ('quý V năm 2021')", 'quý V năm 2021'],
      ["a thirteenth month ('tháng 13 năm 2021')", 'tháng 13 năm 2021'],
      ["a two-digit year ('năm 21')", 'năm 21'],
      ["a year before 1900 ('năm 1800')", 'năm 1800'],
      ["a stage running backwards ('giai đoạn 2025–2021')", 'giai đoạn 2025–2021'],
      ["an English label ('year 2021')", 'year 2021'],
      ["an unpaired surrogate ('\\uD800')", '\uD800'],
      ["a date, not a period ('30/6/2021')", '30/6/2021'],
    ] as const
  ).map(
    ([what, text]): BadInputCase => ({
      name: `parsePeriodLabel rejects ${what} with invalid-period`,
      run: () => parsePeriodLabel(text),
      code: 'invalid-period',
      path: [],
    }),
  ),
  {
    name: 'parsePeriodLabel rejects a 10 MB string with input-too-long, before normalising it',
    run: () => parsePeriodLabel(TEN_MB),
    code: 'input-too-long',
    path: [],
  },
  {
    name: 'parsePeriodLabel rejects a number (2021) with invalid-period',
    run: () => parsePeriodLabel(2021 as never),
    code: 'invalid-period',
    path: [],
  },
  {
    name: 'parsePeriodLabel rejects null with invalid-period',
    run: () => parsePeriodLabel(null as never),
    code: 'invalid-period',
    path: [],
  },
  {
    name: 'parsePeriodLabel reads NFD-decomposed Vietnamese as its NFC form',
    run: () => parsePeriodLabel('6 tháng đầu năm 2020'.normalize('NFD')),
    returns: (v) => expect(v).toEqual({ kind: 'half', year: 2020, half: 1 }),
  },
  {
    name: 'periodLabel rejects a half of 3 at period.half',
    run: () => periodLabel({ kind: 'half', year: 2021, half: 3 as never }),
    code: 'invalid-period',
    path: ['period', 'half'],
  },
  {
    name: 'periodLabel rejects a label string in place of a period',
    run: () => periodLabel('năm 2021' as never),
    code: 'invalid-period',
    path: ['period'],
  },
  {
    name: "periodLabel refuses withYear: 'yes'",
    run: () => periodLabel(year2021, { withYear: 'yes' as never }),
    code: 'invalid-argument',
    path: ['opts', 'withYear'],
  },
  {
    name: 'periodLabel refuses null options',
    run: () => periodLabel(year2021, null as never),
    code: 'invalid-argument',
    path: ['opts'],
  },
  {
    name: 'periodInterval rejects a quarter of 0 at period.quarter',
    run: () => periodInterval({ kind: 'quarter', year: 2021, quarter: 0 as never }),
    code: 'invalid-period',
    path: ['period', 'quarter'],
  },
  {
    name: "periodInterval rejects the unknown kind 'decade'",
    run: () => periodInterval({ kind: 'decade', year: 2021 } as never),
    code: 'invalid-period',
    path: ['period', 'kind'],
  },
  {
    name: 'previousPeriod refuses to step before 1900',
    run: () => previousPeriod({ kind: 'year', year: 1900 }),
    code: 'invalid-period',
    path: ['period', 'year'],
  },
  {
    name: 'previousPeriod refuses a stage whose previous stage starts before 1900',
    run: () => previousPeriod({ kind: 'stage', startYear: 1901, endYear: 1905 }),
    code: 'invalid-period',
    path: ['period', 'startYear'],
  },
  {
    name: 'samePeriodLastYear refuses a month of 1900',
    run: () => samePeriodLastYear({ kind: 'month', year: 1900, month: 5 }),
    code: 'invalid-period',
    path: ['period', 'year'],
  },
  ...(
    [
      ["a day that does not exist ('2021-02-29')", '2021-02-29'],
      ["a Vietnamese-written date ('30/6/2021')", '30/6/2021'],
      ["an unpadded ISO date ('2021-6-30')", '2021-6-30'],
      ["the 31st of June ('2021-06-31')", '2021-06-31'],
      ["a thirteenth month ('2021-13-01')", '2021-13-01'],
      ["a date with a space before it (' 2021-06-30')", ' 2021-06-30'],
      ["full-width digits ('２０２１-06-30')", '２０２１-06-30'],
      ["a date-time ('2021-06-30T00:00:00Z')", '2021-06-30T00:00:00Z'],
      ['new Date(NaN)', new Date(Number.NaN)],
      ['a number (20210630)', 20210630],
      ['null', null],
      ['an object that only claims to be a Date', { [Symbol.toStringTag]: 'Date' }],
    ] as const
  ).map(
    ([what, date]): BadInputCase => ({
      name: `periodContains rejects ${what} with invalid-argument at date`,
      run: () => periodContains(year2021, date as never),
      code: 'invalid-argument',
      path: ['date'],
    }),
  ),
  {
    name: 'periodContains accepts 29 February of a leap year (2020-02-29) and answers false for 2021',
    run: () => periodContains(year2021, '2020-02-29'),
    returns: isFalse,
  },
  {
    name: 'elapsedShare rejects a half of 3 at period.half',
    run: () => elapsedShare({ kind: 'half', year: 2021, half: 3 as never }, '2021-06-30'),
    code: 'invalid-period',
    path: ['period', 'half'],
  },
  {
    name: "elapsedShare rejects '2021-02-29' at date",
    run: () => elapsedShare(year2021, '2021-02-29'),
    code: 'invalid-argument',
    path: ['date'],
  },
  {
    name: 'elapsedShare of a date before the period is 0, unsigned',
    run: () => elapsedShare(year2021, '1999-01-01'),
    returns: (v) => expect((v as Decimal).toString()).toBe('0'),
  },
  {
    name: 'isPeriod is false for a half of 3',
    run: () => isPeriod({ kind: 'half', year: 2021, half: 3 }),
    returns: isFalse,
  },
  {
    name: 'isPeriod is false for a 10 000-deep object',
    run: () => isPeriod(deepObject(10_000)),
    returns: isFalse,
  },
  {
    name: 'isPeriod is false for a period under "__proto__" (JSON)',
    run: () => isPeriod(JSON.parse('{"__proto__": {"kind": "year", "year": 2021}}')),
    returns: isFalse,
  },
];
