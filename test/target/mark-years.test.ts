import { describe, expect, expectTypeOf, it } from 'vitest';
import { markYears } from '../../src/target/mark-years.js';
import { tokenizeTarget } from '../../src/target/tokenize-target.js';

function years(text: string): string[] {
  const tokens = tokenizeTarget(text);
  return markYears(tokens).flatMap((year, i) => (year ? [tokens[i]?.text ?? ''] : []));
}

describe('markYears', () => {
  it('marks "năm 2021" and both ends of "giai đoạn 2021–2025" as years', () => {
    expect(years('so với năm 2021')).toEqual(['2021']);
    expect(years('giai đoạn 2021–2025')).toEqual(['2021', '2025']);
    expect(years('nhiệm kỳ 2020 - 2025')).toEqual(['2020', '2025']);
    expect(years('từ năm 2021 đến 2025')).toEqual(['2021', '2025']);
    expect(years('khóa 2021')).toEqual(['2021']);
  });

  describe('edge cases', () => {
    it('does not mark figures: no lead word, not four digits, or out of range', () => {
      expect(years('kết nạp 2021 đảng viên')).toEqual([]);
      expect(years('năm 150')).toEqual([]);
      expect(years('năm 1899')).toEqual([]);
      expect(years('năm 2.021')).toEqual([]);
      expect(years('150–2025')).toEqual([]);
    });

    it('returns one flag per token', () => {
      expect(markYears(tokenizeTarget('năm 2022 có 3 xã'))).toEqual([
        false,
        true,
        false,
        false,
        false,
      ]);
      expect(markYears([])).toEqual([]);
    });
  });

  it('does not mutate its input', () => {
    const tokens = tokenizeTarget('năm 2022');
    const copy = structuredClone(tokens);
    markYears(tokens);
    expect(tokens).toEqual(copy);
  });

  it('has the types of the contract', () => {
    expectTypeOf(markYears).returns.toEqualTypeOf<boolean[]>();
  });
});
