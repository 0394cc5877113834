import { describe, expect, it } from 'vitest';
import { parseTarget } from '../../src/targets/parse-target.js';

/** A result as JSON gives it back, without the text: Decimals become strings. */
function read(phrase: string): unknown {
  const { text: _text, ...rest } = JSON.parse(JSON.stringify(parseTarget(phrase)));
  return rest;
}

/** A "%" change with no subject: points or percent is open. */
const BASIS_OPEN = expect.stringContaining('whether it is a rate (percentage points)');
/** "khoảng trên": two qualifiers. */
const STACKED = expect.stringContaining('two qualifiers');

const none = {
  subject: null,
  perYear: false,
  comparedTo: null,
  rest: null,
  byYear: null,
  baseline: null,
  warnings: [],
};

describe('parseTarget: what stands around the figure', () => {
  describe('before the figure: per-year phrases, the verb "đạt", level and change markers', () => {
    const table: readonly [string, object][] = [
      [
        'tăng bình quân mỗi năm 10%',
        {
          ...none,
          target: {
            kind: 'change',
            direction: 'increase',
            by: { kind: 'exact', value: '10' },
            basis: 'points',
          },
          unit: '%',
          perYear: true,
          warnings: [BASIS_OPEN],
        },
      ],
      [
        'tăng mỗi năm trên 10%',
        {
          ...none,
          target: {
            kind: 'change',
            direction: 'increase',
            by: { kind: 'at-least', value: '10', strict: true },
            basis: 'points',
          },
          unit: '%',
          perYear: true,
          warnings: [BASIS_OPEN],
        },
      ],
      [
        'đạt trên 90%',
        { ...none, target: { kind: 'at-least', value: '90', strict: true }, unit: '%' },
      ],
      // Only the word directly before the figure is the qualifier; the rest is subject.
      [
        'đạt ở mức 100%',
        { ...none, target: { kind: 'exact', value: '100' }, unit: '%', subject: 'đạt' },
      ],
      [
        'khoảng trên 90%',
        {
          ...none,
          target: { kind: 'at-least', value: '90', strict: true },
          unit: '%',
          warnings: [STACKED],
        },
      ],
      [
        'Kết quả = trên 90%',
        {
          ...none,
          target: { kind: 'at-least', value: '90', strict: true },
          unit: '%',
          subject: 'Kết quả =',
        },
      ],
      [
        'tốc độ tăng lên 7%',
        { ...none, target: { kind: 'exact', value: '7' }, unit: '%', subject: 'tốc độ' },
      ],
      [
        'tỷ lệ hộ nghèo hằng năm giảm 1%',
        {
          ...none,
          target: {
            kind: 'change',
            direction: 'decrease',
            by: { kind: 'exact', value: '1' },
            basis: 'points',
          },
          unit: '%',
          subject: 'tỷ lệ hộ nghèo',
          perYear: true,
        },
      ],
    ];
    it.each(table)('%s', (phrase, expected) => {
      expect(read(phrase)).toEqual(expected);
    });
  });

  describe('a range: the unit written on either end, "đạt" before it', () => {
    const table: readonly [string, object][] = [
      [
        'từ 90 đảng viên đến 100',
        { ...none, target: { kind: 'range', min: '90', max: '100' }, unit: 'đảng viên' },
      ],
      ['12% – 13', { ...none, target: { kind: 'range', min: '12', max: '13' }, unit: '%' }],
      ['đạt 12–13%', { ...none, target: { kind: 'range', min: '12', max: '13' }, unit: '%' }],
    ];
    it.each(table)('%s', (phrase, expected) => {
      expect(read(phrase)).toEqual(expected);
    });
  });

  describe('after the figure: "trở lên"/"trở xuống", per-year phrases, "so với", the rest', () => {
    const table: readonly [string, object][] = [
      [
        '150 đảng viên trở xuống',
        { ...none, target: { kind: 'at-most', value: '150', strict: false }, unit: 'đảng viên' },
      ],
      [
        'không quá 5% trở xuống',
        { ...none, target: { kind: 'at-most', value: '5', strict: false }, unit: '%' },
      ],
      [
        'ít nhất 80% trở lên',
        { ...none, target: { kind: 'at-least', value: '80', strict: false }, unit: '%' },
      ],
      [
        'có 5 xã trở lên đạt chuẩn NTM',
        {
          ...none,
          target: { kind: 'at-least', value: '5', strict: false },
          unit: 'xã',
          subject: 'có',
          rest: 'đạt chuẩn NTM',
        },
      ],
      [
        'kết nạp 90 đảng viên mỗi năm',
        {
          ...none,
          target: { kind: 'exact', value: '90' },
          unit: 'đảng viên',
          subject: 'kết nạp',
          perYear: true,
        },
      ],
      [
        'tăng từ 10% trở lên/năm',
        {
          ...none,
          target: {
            kind: 'change',
            direction: 'increase',
            by: { kind: 'at-least', value: '10', strict: false },
            basis: 'points',
          },
          unit: '%',
          perYear: true,
          warnings: [BASIS_OPEN],
        },
      ],
      [
        'tăng 10% so với năm trước (kế hoạch)',
        {
          ...none,
          target: {
            kind: 'change',
            direction: 'increase',
            by: { kind: 'exact', value: '10' },
            basis: 'percent',
          },
          unit: '%',
          comparedTo: 'năm trước',
          rest: '(kế hoạch)',
          perYear: true, // year on year
          warnings: [BASIS_OPEN],
        },
      ],
      [
        'tăng 10% so với năm 2021 bình quân mỗi năm',
        {
          ...none,
          target: {
            kind: 'change',
            direction: 'increase',
            by: { kind: 'exact', value: '10' },
            basis: 'percent',
          },
          unit: '%',
          comparedTo: 'năm 2021',
          perYear: true,
          warnings: [BASIS_OPEN],
        },
      ],
      [
        'có thêm 2 xã đạt chuẩn NTM trong năm 2022',
        {
          ...none,
          target: {
            kind: 'change',
            direction: 'increase',
            by: { kind: 'exact', value: '2' },
            basis: 'absolute',
          },
          unit: 'xã đạt chuẩn NTM',
          rest: 'trong năm 2022',
          byYear: 2022,
        },
      ],
      [
        'trên 150 đảng viên (kế hoạch mỗi năm)',
        {
          ...none,
          target: { kind: 'at-least', value: '150', strict: true },
          unit: 'đảng viên',
          perYear: true,
          rest: '(kế hoạch mỗi năm)',
        },
      ],
    ];
    it.each(table)('%s', (phrase, expected) => {
      expect(read(phrase)).toEqual(expected);
    });
  });

  it('keeps a change in units absolute for a rate when a unit is written', () => {
    expect(parseTarget('có thêm 2 xã', { measure: 'rate' }).target).toMatchObject({
      kind: 'change',
      basis: 'absolute',
    });
  });
});
