/**
 * Bad inputs for targets (chỉ tiêu): parseTarget, formatTarget, parseTargetJson.
 */
import { Decimal, formatTarget, parseTarget, type Target, toDecimal } from 'chitieu';
import { parseTargetJson } from 'chitieu/schemas';
import { expect } from 'vitest';
import type { BadInputCase } from '../expect-chitieu-error.js';
import { deepArray, deepObject, TEN_MB } from '../hostile.js';

const over150: Target = { kind: 'at-least', value: toDecimal(150), strict: true };
const is = (text: string) => (v: unknown) => expect(v).toBe(text);

/** parseTarget cannot read each of these phrases: unparseable-target at []. */
const unreadable: readonly (readonly [string, string])[] = [
  ["''", ''],
  ['whitespace only', ' \t\n '],
  ["Vietnamese and JavaScript notation mixed ('trên 1.234.5 đảng viên')", 'trên 1.234.5 đảng viên'],
  ["JavaScript notation ('trên 1,234.5 tỷ đồng')", 'trên 1,234.5 tỷ đồng'],
  [
    "a JavaScript decimal point where Vietnamese is expected ('trên 3.5 triệu đồng')",
    'trên 3.5 triệu đồng',
  ],
  ["'tăng 1,2,3%'", 'tăng 1,2,3%'],
  [
    "JavaScript exponent notation ('trên 1e999999999999999 đảng viên')",
    'trên 1e999999999999999 đảng viên',
  ],
  ["an exponent after a Vietnamese decimal ('dưới 1,5e3%')", 'dưới 1,5e3%'],
  ["a figure of 490 digits ('trên 999…')", `trên ${'9'.repeat(490)}`],
  ["no figure ('kết nạp đảng viên')", 'kết nạp đảng viên'],
  ["only the prefix ('phấn đấu')", 'phấn đấu'],
  ["a multiple below one ('gấp 0,5 lần')", 'gấp 0,5 lần'],
  ["a decrease by a multiple ('giảm 2 lần')", 'giảm 2 lần'],
  ["a rank ('nằm trong top 20')", 'nằm trong top 20'],
  ["a fraction of a count ('giảm 2/3 số hộ nghèo')", 'giảm 2/3 số hộ nghèo'],
  ["two targets in one phrase ('trên 150 và dưới 200')", 'trên 150 và dưới 200'],
  ["an unpaired surrogate ('\\uD800')", '\uD800'],
  ["the text 'Infinity%'", 'Infinity%'],
  ["a negated qualifier ('không 150 đảng viên')", 'không 150 đảng viên'],
];

export const targetCases: readonly BadInputCase[] = [
  ...unreadable.map(
    ([what, text]): BadInputCase => ({
      name: `parseTarget cannot read ${what}: unparseable-target`,
      run: () => parseTarget(text),
      code: 'unparseable-target',
      path: [],
    }),
  ),
  {
    name: "parseTarget rejects a range running backwards ('từ 13 đến 12%') with invalid-target at max",
    run: () => parseTarget('từ 13 đến 12%'),
    code: 'invalid-target',
    path: ['max'],
  },
  {
    name: 'parseTarget rejects a 10 MB string with input-too-long, before normalising it',
    run: () => parseTarget(TEN_MB),
    code: 'input-too-long',
    path: [],
  },
  {
    name: 'parseTarget rejects 501 characters with input-too-long',
    run: () => parseTarget(`trên 150 đảng viên ${'a'.repeat(482)}`),
    code: 'input-too-long',
    path: [],
  },
  ...(
    [
      ['a number (150)', 150],
      ['null', null],
      ['undefined', undefined],
      ['{ valueOf: () => "trên 150" }', { valueOf: () => 'trên 150' }],
      ['an array of phrases', ['trên 150']],
    ] as const
  ).map(
    ([what, value]): BadInputCase => ({
      name: `parseTarget rejects ${what} with invalid-argument at [] (as '')`,
      run: () => parseTarget(value as never),
      code: 'invalid-argument',
      path: [],
    }),
  ),
  {
    name: "parseTarget refuses the unknown measure 'percent'",
    run: () => parseTarget('giảm 1%', { measure: 'percent' as never }),
    code: 'invalid-argument',
    path: ['options', 'measure'],
  },
  {
    name: 'parseTarget refuses null options',
    run: () => parseTarget('giảm 1%', null as never),
    code: 'invalid-argument',
    path: ['options'],
  },
  {
    name: "parseTarget refuses a measure given in place of options ('rate')",
    run: () => parseTarget('giảm 1%', 'rate' as never),
    code: 'invalid-argument',
    path: ['options'],
  },
  {
    name: 'parseTarget reads NFD-decomposed Vietnamese like NFC',
    run: () => parseTarget('kết nạp trên 150 đảng viên'.normalize('NFD')),
    returns: (v) => {
      const parsed = v as ReturnType<typeof parseTarget>;
      expect(parsed.target).toEqual(over150);
      expect(parsed.unit).toBe('đảng viên');
      expect(parsed.subject).toBe('kết nạp');
    },
  },
  {
    name: "parseTarget reads 'trên -0 đảng viên' with an unsigned 0",
    run: () => parseTarget('trên -0 đảng viên').target,
    returns: (v) => expect((v as { value: Decimal }).value.isNegative()).toBe(false),
  },
  {
    name: 'formatTarget rejects null with invalid-target',
    run: () => formatTarget(null as never),
    code: 'invalid-target',
    path: [],
  },
  {
    name: "formatTarget rejects the unknown kind 'maybe' at kind",
    run: () => formatTarget({ kind: 'maybe', value: toDecimal(1) } as never),
    code: 'invalid-target',
    path: ['kind'],
  },
  {
    name: 'formatTarget rejects a NaN figure at value',
    run: () => formatTarget({ kind: 'at-least', value: Number.NaN, strict: true } as never),
    code: 'invalid-number',
    path: ['value'],
  },
  {
    name: "formatTarget rejects a figure of '1e999999999999999' at value",
    run: () => formatTarget({ kind: 'exact', value: '1e999999999999999' } as never),
    code: 'invalid-number',
    path: ['value'],
  },
  {
    name: 'formatTarget rejects a change whose size (by) is null',
    run: () =>
      formatTarget({ kind: 'change', direction: 'increase', by: null, basis: 'points' } as never),
    code: 'invalid-target',
    path: ['by'],
  },
  {
    name: "formatTarget rejects a change direction 'sideways'",
    run: () =>
      formatTarget({
        kind: 'change',
        direction: 'sideways',
        by: { kind: 'exact', value: toDecimal(1) },
        basis: 'points',
      } as never),
    code: 'invalid-target',
    path: ['direction'],
  },
  {
    name: "formatTarget rejects a change basis 'ratio'",
    run: () =>
      formatTarget({
        kind: 'change',
        direction: 'increase',
        by: { kind: 'exact', value: toDecimal(1) },
        basis: 'ratio',
      } as never),
    code: 'invalid-target',
    path: ['basis'],
  },
  {
    name: 'formatTarget rejects a range whose min is above its max',
    run: () => formatTarget({ kind: 'range', min: toDecimal(13), max: toDecimal(12) }),
    code: 'invalid-target',
    path: ['max'],
  },
  {
    name: 'formatTarget refuses null options',
    run: () => formatTarget(over150, null as never),
    code: 'invalid-argument',
    path: ['options'],
  },
  {
    name: 'formatTarget refuses a unit that is not a string (5)',
    run: () => formatTarget(over150, { unit: 5 as never }),
    code: 'invalid-argument',
    path: ['options', 'unit'],
  },
  {
    name: 'formatTarget refuses comparedTo that is not a string',
    run: () => formatTarget(over150, { comparedTo: {} as never }),
    code: 'invalid-argument',
    path: ['options', 'comparedTo'],
  },
  {
    name: "formatTarget refuses the unknown rounding 'round'",
    run: () => formatTarget(over150, { decimals: 1, rounding: 'round' as never }),
    code: 'invalid-argument',
    path: ['options', 'rounding'],
  },
  {
    name: 'formatTarget refuses -1 decimals',
    run: () => formatTarget(over150, { decimals: -1 }),
    code: 'invalid-argument',
    path: ['options', 'decimals'],
  },
  {
    name: "formatTarget prints a Decimal −0 as 'đạt 0'",
    run: () => formatTarget({ kind: 'exact', value: new Decimal(-0) }),
    returns: is('đạt 0'),
  },
  ...(
    [
      ["an unknown kind 'maybe'", { kind: 'maybe', value: 1 }, ['kind']],
      ['a missing kind', { value: 5 }, ['kind']],
      ["Vietnamese notation '51,5' for a value", { kind: 'exact', value: '51,5' }, ['value']],
      ["a value of '1e999999999999999'", { kind: 'exact', value: '1e999999999999999' }, ['value']],
      ['a value { valueOf: () => 1 }', { kind: 'exact', value: { valueOf: () => 1 } }, ['value']],
      ['a value of NaN', { kind: 'exact', value: Number.NaN }, ['value']],
      ['a missing strict flag', { kind: 'at-least', value: 150 }, ['strict']],
      ["a strict flag 'yes'", { kind: 'at-least', value: 150, strict: 'yes' }, ['strict']],
      ['a range whose min is above its max', { kind: 'range', min: 13, max: 12 }, ['max']],
      [
        "a change direction 'up'",
        { kind: 'change', direction: 'up', by: { kind: 'exact', value: 1 }, basis: 'points' },
        ['direction'],
      ],
      [
        'a change of a change',
        {
          kind: 'change',
          direction: 'increase',
          by: { kind: 'change', direction: 'increase', by: { kind: 'exact', value: 1 } },
          basis: 'points',
        },
        ['by', 'kind'],
      ],
      ['null', null, []],
      ['a phrase instead of JSON', 'trên 150', []],
    ] as const
  ).map(
    ([what, json, path]): BadInputCase => ({
      name: `parseTargetJson rejects ${what} with invalid-target`,
      run: () => parseTargetJson(json),
      code: 'invalid-target',
      path,
    }),
  ),
  {
    name: 'parseTargetJson rejects changes nested 10 000 deep with invalid-target, not a RangeError',
    run: () => {
      let by: unknown = { kind: 'exact', value: 1 };
      for (let i = 0; i < 10_000; i++) {
        by = { kind: 'change', direction: 'increase', by, basis: 'points' };
      }
      return parseTargetJson(by);
    },
    code: 'invalid-target',
  },
  {
    name: 'parseTargetJson ignores a "__proto__" key (JSON) and pollutes nothing',
    run: () =>
      parseTargetJson(JSON.parse('{"__proto__": {"polluted": 1}, "kind": "exact", "value": 5}')),
    returns: (v) => expect((v as { value: Decimal }).value.toString()).toBe('5'),
  },
  {
    name: 'parseTargetJson ignores a 10 000-deep extra field',
    run: () => parseTargetJson({ kind: 'exact', value: 5, note: deepArray(10_000) }),
    returns: (v) => expect(Object.keys(v as object)).toEqual(['kind', 'value']),
  },
  {
    name: 'parseTargetJson rejects a 10 000-deep object with invalid-target',
    run: () => parseTargetJson(deepObject(10_000)),
    code: 'invalid-target',
  },
  {
    name: 'parseTargetJson turns a Decimal −0 into an unsigned 0',
    run: () => parseTargetJson({ kind: 'exact', value: new Decimal(-0) }),
    returns: (v) => expect((v as { value: Decimal }).value.isNegative()).toBe(false),
  },
];
