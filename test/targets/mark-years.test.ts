import { describe, expect, it } from 'vitest';
import { markYears } from '../../src/targets/mark-years.js';
import { tokenizeTarget } from '../../src/targets/tokenize-target.js';

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

    it('accepts the years 1900 to 2199, and no year outside them', () => {
      expect(years('năm 1900')).toEqual(['1900']);
      expect(years('năm 2019')).toEqual(['2019']);
      expect(years('năm 2199')).toEqual(['2199']);
      expect(years('năm 2200')).toEqual([]);
    });

    it('marks only four digits: not "2,02", "−202" or "2021,5"', () => {
      expect(years('năm 2,02')).toEqual([]);
      expect(years('năm −202')).toEqual([]);
      expect(years('năm 2021,5')).toEqual([]);
      expect(years('năm 02021')).toEqual([]);
    });

    it('marks the end of a span after a dash, "đến" or "tới", and after nothing else', () => {
      expect(years('từ năm 2021 tới 2025')).toEqual(['2021', '2025']);
      expect(years('năm 2021 và 2022')).toEqual(['2021']);
      expect(years('năm 2021, 2022')).toEqual(['2021']);
      expect(years('đến 2025')).toEqual([]);
    });

    it('flags number tokens only', () => {
      expect(markYears(tokenizeTarget('năm nay'))).toEqual([false, false]);
      expect(markYears(tokenizeTarget('giai đoạn tới'))).toEqual([false, false, false]);
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
});
