import { describe, expect, it } from 'vitest';
import {
  type FigureUnit,
  isPerYearSlash,
  nounPhraseEnd,
  readUnit,
} from '../../src/targets/read-unit.js';
import { tokenizeTarget } from '../../src/targets/tokenize-target.js';

/** The unit read after the first token (the figure) of `text`. */
function unitAfterFigure(text: string): FigureUnit {
  return readUnit(text, tokenizeTarget(text), 1).unit;
}

describe('readUnit', () => {
  it('reads "%", a noun phrase, or nothing', () => {
    expect(unitAfterFigure('13%')).toEqual({ percent: true, text: '%' });
    expect(unitAfterFigure('150 đảng viên')).toEqual({ percent: false, text: 'đảng viên' });
    expect(unitAfterFigure('51,5 triệu đồng/người/năm')).toEqual({
      percent: false,
      text: 'triệu đồng/người/năm',
    });
    expect(unitAfterFigure('150')).toEqual({ percent: false, text: null });
  });

  it('ends the unit before "trở lên", "so với", per-year and time phrases', () => {
    expect(unitAfterFigure('150 đảng viên trở lên').text).toBe('đảng viên');
    expect(unitAfterFigure('2 xã so với năm 2021').text).toBe('xã');
    expect(unitAfterFigure('90 đảng viên mỗi năm').text).toBe('đảng viên');
    expect(unitAfterFigure('2 xã đạt chuẩn NTM năm 2022').text).toBe('xã đạt chuẩn NTM');
    expect(unitAfterFigure('2 xã trong năm 2022').text).toBe('xã');
    expect(unitAfterFigure('2 xã đến năm 2025').text).toBe('xã');
    expect(unitAfterFigure('450 đảng viên nhiệm kỳ 2020-2025').text).toBe('đảng viên');
    expect(unitAfterFigure('10 xã giai đoạn 2021-2025').text).toBe('xã');
    expect(unitAfterFigure('450 đảng viên sau 5 năm').text).toBe('đảng viên');
  });

  it('keeps words that only look like time words: "trong sạch", "nhiệm vụ"', () => {
    expect(unitAfterFigure('90 tổ chức trong sạch vững mạnh').text).toBe(
      'tổ chức trong sạch vững mạnh',
    );
    expect(unitAfterFigure('3 đơn vị hoàn thành nhiệm vụ').text).toBe('đơn vị hoàn thành nhiệm vụ');
  });

  describe('edge cases', () => {
    it('ends at punctuation, a dash or a number; takes "%" inside "điểm %"', () => {
      expect(unitAfterFigure('150 đảng viên, 2 xã').text).toBe('đảng viên');
      expect(unitAfterFigure('12 - 13').text).toBeNull();
      expect(unitAfterFigure('2 điểm %').text).toBe('điểm %');
    });

    it('keeps "trở", "so", "giai", "nhiệm" and time prepositions that start nothing, even last', () => {
      expect(unitAfterFigure('2 xã trở thành phường').text).toBe('xã trở thành phường');
      expect(unitAfterFigure('3 tiêu chí so sánh').text).toBe('tiêu chí so sánh');
      expect(unitAfterFigure('5 giai cấp').text).toBe('giai cấp');
      for (const last of ['trở', 'so', 'giai', 'nhiệm', 'trong']) {
        expect(unitAfterFigure(`2 xã ${last}`).text).toBe(`xã ${last}`);
      }
    });

    it('ends the unit before "trở xuống"', () => {
      expect(unitAfterFigure('150 đảng viên trở xuống').text).toBe('đảng viên');
    });

    it('starts no unit with "năm" or "%"', () => {
      expect(readUnit('năm 2022', tokenizeTarget('năm 2022'), 0)).toEqual({
        unit: { percent: false, text: null },
        next: 0,
      });
      expect(nounPhraseEnd(tokenizeTarget('% đảng viên'), 0, false)).toBe(0);
    });

    it('reads nothing past the end', () => {
      const tokens = tokenizeTarget('150');
      expect(readUnit('150', tokens, 5)).toEqual({ unit: { percent: false, text: null }, next: 5 });
    });
  });

  it('the phrase after a percentage runs through "trở lên"', () => {
    const text = '80% đơn vị “Tốt” trở lên';
    const tokens = tokenizeTarget(text);
    expect(nounPhraseEnd(tokens, 2, true)).toBe(tokens.length);
    expect(nounPhraseEnd(tokens, 2, false)).toBe(tokens.length - 2);
  });

  it('recognises "/năm"', () => {
    expect(isPerYearSlash(tokenizeTarget('10%/năm'), 2)).toBe(true);
    expect(isPerYearSlash(tokenizeTarget('10%/người'), 2)).toBe(false);
    expect(isPerYearSlash(tokenizeTarget('10%'), 2)).toBe(false);
    expect(isPerYearSlash(tokenizeTarget('10%/'), 2)).toBe(false);
  });

  it('does not mutate its input', () => {
    const tokens = tokenizeTarget('150 đảng viên');
    const copy = structuredClone(tokens);
    readUnit('150 đảng viên', tokens, 1);
    expect(tokens).toEqual(copy);
  });
});
