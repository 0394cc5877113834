import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { ChitieuError } from '../../src/errors.js';
import type { Measure } from '../../src/indicator/measure-schema.js';
import { parseTarget } from '../../src/targets/parse-target.js';
import { parsedTargetSchema } from '../../src/targets/parsed-target-schema.js';
import { targetSchema } from '../../src/targets/target-schema.js';
import { caught } from '../support/caught.js';

/** A result as JSON gives it back: Decimals become strings. */
function json(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value));
}

const atLeast = (value: string, strict: boolean) => ({ kind: 'at-least', value, strict });
const atMost = (value: string, strict: boolean) => ({ kind: 'at-most', value, strict });
const exact = (value: string) => ({ kind: 'exact', value });
const range = (min: string, max: string) => ({ kind: 'range', min, max });
const about = (value: string) => ({ kind: 'approximately', value });
const change = (direction: 'increase' | 'decrease', by: object, basis: string) => ({
  kind: 'change',
  direction,
  by,
  basis,
});

describe('parseTarget', () => {
  describe('reads every phrase form of DESIGN §4 (no measure given)', () => {
    const table: readonly [string, object, string | null][] = [
      ['trên 150 đảng viên', atLeast('150', true), 'đảng viên'],
      ['hơn 150', atLeast('150', true), null],
      ['ít nhất 2 xã', atLeast('2', false), 'xã'],
      ['tối thiểu 80%', atLeast('80', false), '%'],
      ['từ 150 đảng viên trở lên', atLeast('150', false), 'đảng viên'],
      ['đạt 95% trở lên', atLeast('95', false), '%'],
      ['≥ 80%', atLeast('80', false), '%'],
      ['>= 80%', atLeast('80', false), '%'],
      ['> 13%', atLeast('13', true), '%'],
      ['dưới 4%', atMost('4', true), '%'],
      ['không quá 5%', atMost('5', false), '%'],
      ['tối đa 20%', atMost('20', false), '%'],
      ['không vượt quá 5%', atMost('5', false), '%'],
      ['≤ 5%', atMost('5', false), '%'],
      ['< 4%', atMost('4', true), '%'],
      ['khoảng 3.200 tỷ đồng', about('3200'), 'tỷ đồng'],
      ['đạt 72 tỷ đồng', exact('72'), 'tỷ đồng'],
      ['72 tỷ đồng', exact('72'), 'tỷ đồng'],
      ['12–13%', range('12', '13'), '%'],
      ['12-13%', range('12', '13'), '%'],
      ['12 - 13%', range('12', '13'), '%'],
      ['từ 3 đến 4%', range('3', '4'), '%'],
      ['từ 90 - 100 đảng viên', range('90', '100'), 'đảng viên'],
      ['giảm 1–1,5%', change('decrease', range('1', '1.5'), 'points'), '%'],
      ['giảm từ 1 đến 1,5% so với năm 2021', change('decrease', range('1', '1.5'), 'percent'), '%'],
      ['tăng 10% so với năm trước', change('increase', exact('10'), 'percent'), '%'],
      [
        'có thêm 2 xã đạt chuẩn NTM',
        change('increase', exact('2'), 'absolute'),
        'xã đạt chuẩn NTM',
      ],
      ['thêm 2 tiêu chí', change('increase', exact('2'), 'absolute'), 'tiêu chí'],
      ['xây dựng thêm 2 xã', change('increase', exact('2'), 'absolute'), 'xã'],
      ['tăng thêm 2 tiêu chí', change('increase', exact('2'), 'absolute'), 'tiêu chí'],
      ['giảm xuống dưới 5%', atMost('5', true), '%'],
      ['giảm xuống còn 4%', exact('4'), '%'],
      ['tăng lên 90%', exact('90'), '%'],
      ['nâng lên trên 90%', atLeast('90', true), '%'],
      ['bình quân mỗi năm tăng 10%', change('increase', exact('10'), 'points'), '%'],
      ['mỗi năm kết nạp từ 90 - 100', range('90', '100'), null],
      ['1,5 nghìn tỷ đồng', exact('1.5'), 'nghìn tỷ đồng'],
      ['đạt 1,5 lần', exact('1.5'), 'lần'],
    ];
    it.each(table)('%s', (phrase, target, unit) => {
      const parsed = parseTarget(phrase);
      expect(json(parsed.target)).toEqual(target);
      expect(parsed.unit).toBe(unit);
    });
  });

  describe('reads the other qualifiers it knows', () => {
    const table: readonly [string, object][] = [
      ['nhiều hơn 5 mô hình', atLeast('5', true)],
      ['cao hơn 7%', atLeast('7', true)],
      ['lớn hơn 7%', atLeast('7', true)],
      ['không dưới 80%', atLeast('80', false)],
      ['không thấp hơn 80%', atLeast('80', false)],
      ['không ít hơn 80%', atLeast('80', false)],
      ['không nhỏ hơn 80%', atLeast('80', false)],
      ['⩾ 80%', atLeast('80', false)],
      ['ít hơn 3 vụ', atMost('3', true)],
      ['thấp hơn 3%', atMost('3', true)],
      ['nhỏ hơn 3%', atMost('3', true)],
      ['nhiều nhất 20%', atMost('20', false)],
      ['không hơn 20%', atMost('20', false)],
      ['không trên 20%', atMost('20', false)],
      ['không cao hơn 20%', atMost('20', false)],
      ['không lớn hơn 20%', atMost('20', false)],
      ['không nhiều hơn 20%', atMost('20', false)],
      ['<= 5%', atMost('5', false)],
      ['⩽ 5%', atMost('5', false)],
      ['từ 5% trở xuống', atMost('5', false)],
      ['5% trở xuống', atMost('5', false)],
      ['150 đảng viên trở lên', atLeast('150', false)],
      ['trên dưới 5%', about('5')],
      ['xấp xỉ 5%', about('5')],
      ['khoảng chừng 5%', about('5')],
      ['chừng 5%', about('5')],
      ['≈ 5%', about('5')],
      ['~ 5%', about('5')],
      ['= 100%', exact('100')],
      ['đạt mức 100%', exact('100')],
      ['ở mức 4%', exact('4')],
      ['từ 150', atLeast('150', false)],
      ['đạt trên 90%', atLeast('90', true)],
      ['đạt khoảng 90%', about('90')],
      ['đạt từ 90 đến 95%', range('90', '95')],
      ['khoảng 12–13%', range('12', '13')],
      ['12%–13%', range('12', '13')],
      ['từ 90 đảng viên đến 100 đảng viên', range('90', '100')],
      ['từ 3 tới 4%', range('3', '4')],
      ['12 — 13%', range('12', '13')],
      ['còn 3,96%', exact('3.96')],
      ['giảm còn dưới 4%', atMost('4', true)],
      ['xuống còn 4%', exact('4')],
      ['hạ xuống 4%', exact('4')],
      ['đưa tỷ lệ lên 90%', exact('90')],
      ['giảm thêm từ 1-1,5%', change('decrease', range('1', '1.5'), 'points')],
      ['giảm bớt 2 hộ', change('decrease', exact('2'), 'absolute')],
      ['tăng trên 10%', change('increase', atLeast('10', true), 'points')],
      ['tăng từ 10% trở lên', change('increase', atLeast('10', false), 'points')],
      // "giảm không quá 1%" is read as the level to reach, with a warning (see the wording tests).
      ['giảm xuống không quá 1%', atMost('1', false)],
      ['có thêm ít nhất 2 xã', change('increase', atLeast('2', false), 'absolute')],
      ['tăng 2 điểm phần trăm', change('increase', exact('2'), 'points')],
      ['tăng 2 điểm %', change('increase', exact('2'), 'points')],
      ['tăng bình quân mỗi năm 10%', change('increase', exact('10'), 'points')],
      ['giảm tỷ lệ hộ nghèo 1–1,5%', change('decrease', range('1', '1.5'), 'points')],
      [
        'Phấn đấu tăng thu ngân sách 10% so với năm 2021',
        change('increase', exact('10'), 'percent'),
      ],
      ['giảm tỷ lệ hộ nghèo xuống dưới 3%', atMost('3', true)],
      ['giảm tỷ lệ hộ nghèo dưới 3%', atMost('3', true)],
      ['tăng trưởng kinh tế 7%', exact('7')],
      ['tăng cường 10 cán bộ', exact('10')],
      ['từ -3 đến -1%', range('-3', '-1')],
      ['giảm -3–-1%', change('decrease', range('-3', '-1'), 'points')],
    ];
    it.each(table)('%s', (phrase, target) => {
      expect(json(parseTarget(phrase).target)).toEqual(target);
    });
  });

  describe('the basis of a "%" change follows the measure', () => {
    const table: readonly [string, Measure | undefined, string][] = [
      ['giảm 1–1,5%', undefined, 'points'],
      ['giảm 1–1,5%', 'rate', 'points'],
      ['giảm 1–1,5%', 'count', 'percent'],
      ['giảm 1–1,5%', 'amount', 'percent'],
      ['tăng 10% so với năm trước', undefined, 'percent'],
      ['tăng 10% so với năm trước', 'rate', 'points'],
      ['tăng 10% so với năm trước', 'amount', 'percent'],
      ['giảm từ 1 đến 1,5% so với năm 2021', 'rate', 'points'],
      ['có thêm 2 xã', undefined, 'absolute'],
      ['có thêm 2 xã', 'count', 'absolute'],
      ['tăng thêm 2', 'rate', 'points'],
      ['tăng thêm 2', 'count', 'absolute'],
      ['tăng 2 điểm phần trăm', 'amount', 'points'],
    ];
    it.each(table)('%s with measure %s is in %s', (phrase, measure, basis) => {
      const parsed = parseTarget(phrase, measure === undefined ? {} : { measure });
      expect(parsed.target).toMatchObject({ kind: 'change', basis });
    });

    it('a measure never changes a level target', () => {
      for (const measure of ['count', 'amount', 'rate'] as const) {
        expect(json(parseTarget('trên 13%', { measure }).target)).toEqual(atLeast('13', true));
      }
    });
  });

  describe('subject', () => {
    const table: readonly [string, string | null][] = [
      ['Phấn đấu kết nạp trên 150 đảng viên', 'Phấn đấu kết nạp'],
      ['tỷ lệ hộ nghèo giảm 1–1,5%', 'tỷ lệ hộ nghèo'],
      [
        'thu nhập bình quân đầu người trên 51,5 triệu đồng/người/năm',
        'thu nhập bình quân đầu người',
      ],
      ['thu ngân sách trên địa bàn đạt 72 tỷ đồng', 'thu ngân sách trên địa bàn'],
      ['tổng giá trị đầu tư toàn xã hội trên 3.200 tỷ đồng', 'tổng giá trị đầu tư toàn xã hội'],
      ['kế hoạch là 150 đảng viên', 'kế hoạch là'],
      ['giao 60 đảng viên', 'giao'],
      ['Chỉ tiêu: trên 150 đảng viên', 'Chỉ tiêu'],
      ['xây dựng thêm 2 xã đạt chuẩn NTM', 'xây dựng'],
      ['có thêm 2 xã', null],
      ['trên 150 đảng viên', null],
      ['mỗi năm kết nạp từ 90 - 100', 'kết nạp'],
      ['tốc độ tăng trưởng bình quân hằng năm đạt 7%', 'tốc độ tăng trưởng'],
      ['tốc độ tăng trên 13%', 'tốc độ tăng'],
      ['giảm tỷ lệ hộ nghèo 1–1,5%', 'giảm tỷ lệ hộ nghèo'],
      ['ít nhất 80% số xã đạt chuẩn NTM', 'số xã đạt chuẩn NTM'],
      [
        'có trên 80% tổ chức cơ sở đảng trong sạch vững mạnh',
        'có tổ chức cơ sở đảng trong sạch vững mạnh',
      ],
      ['Năm 2022, kết nạp trên 150 đảng viên', 'Năm 2022, kết nạp'],
      ['  Phấn   đấu  kết nạp   trên 150 ', 'Phấn đấu kết nạp'],
      ['COVID-19: dưới 5 ca', 'COVID-19'],
    ];
    it.each(table)('%s → %s', (phrase, subject) => {
      expect(parseTarget(phrase).subject).toBe(subject);
    });

    it('"trên" in "trên địa bàn" is part of the subject: the qualifier is the word before the figure', () => {
      const parsed = parseTarget('thu ngân sách trên địa bàn trên 72 tỷ đồng');
      expect(json(parsed.target)).toEqual(atLeast('72', true));
      expect(parsed.subject).toBe('thu ngân sách trên địa bàn');
    });

    it('keeps the case of the original text', () => {
      expect(parseTarget('PHẤN ĐẤU KẾT NẠP TRÊN 150 ĐẢNG VIÊN')).toMatchObject({
        subject: 'PHẤN ĐẤU KẾT NẠP',
        unit: 'ĐẢNG VIÊN',
      });
    });
  });

  describe('unit', () => {
    const table: readonly [string, string | null][] = [
      ['trên 150 đảng viên', 'đảng viên'],
      ['trên 13%', '%'],
      ['trên 13 %', '%'],
      ['đạt 72 tỷ đồng', 'tỷ đồng'],
      ['trên 51,5 triệu đồng/người/năm', 'triệu đồng/người/năm'],
      ['có thêm 2 xã đạt chuẩn NTM', 'xã đạt chuẩn NTM'],
      ['2 xã đạt chuẩn NTM nâng cao', 'xã đạt chuẩn NTM nâng cao'],
      ['đạt 1,5 lần', 'lần'],
      ['150', null],
      ['từ 90 - 100', null],
      ['từ 90 - 100 đảng viên', 'đảng viên'],
      ['kết nạp 90 đảng viên mỗi năm', 'đảng viên'],
      ['tăng 10% so với năm trước', '%'],
      ['có thêm 2 xã đạt chuẩn NTM trong năm 2022', 'xã đạt chuẩn NTM'],
      ['có thêm 2 xã đạt chuẩn NTM năm 2022', 'xã đạt chuẩn NTM'],
      ['trên 150 đảng viên (kế hoạch)', 'đảng viên'],
      ['giảm 5 m3', 'm3'],
    ];
    it.each(table)('%s → %s', (phrase, unit) => {
      expect(parseTarget(phrase).unit).toBe(unit);
    });
  });

  describe('perYear', () => {
    const table: readonly [string, boolean][] = [
      ['bình quân mỗi năm tăng 10%', true],
      ['hằng năm kết nạp 90 đảng viên', true],
      ['hàng năm kết nạp 90 đảng viên', true],
      ['mỗi năm kết nạp từ 90 - 100', true],
      ['kết nạp từ 90 - 100 đảng viên mỗi năm', true],
      ['tăng 10% bình quân hằng năm', true],
      ['tăng 10%/năm', true],
      ['tốc độ tăng trưởng trung bình mỗi năm đạt 7%', true],
      ['trên 150 đảng viên, bình quân mỗi năm', true],
      ['thu nhập bình quân đầu người trên 51,5 triệu đồng/người/năm', false],
      ['kết nạp 90 đảng viên/năm', true],
      ['trên 150 đảng viên', false],
    ];
    it.each(table)('%s → %s', (phrase, perYear) => {
      expect(parseTarget(phrase).perYear).toBe(perYear);
    });
  });

  describe('comparedTo and rest', () => {
    it('keeps what a change is compared with', () => {
      expect(parseTarget('tăng 10% so với năm trước').comparedTo).toBe('năm trước');
      expect(parseTarget('giảm từ 1 đến 1,5% so với năm 2021, bình quân mỗi năm')).toMatchObject({
        comparedTo: 'năm 2021',
        perYear: true,
      });
      expect(parseTarget('trên 150 đảng viên').comparedTo).toBeNull();
    });

    it('keeps the text after the figure it did not interpret, with years and durations', () => {
      expect(parseTarget('có thêm 2 xã đạt chuẩn NTM trong năm 2022').rest).toBe('trong năm 2022');
      expect(parseTarget('kết nạp 450 đảng viên trong 5 năm').rest).toBe('trong 5 năm');
      expect(parseTarget('đạt 57% đến năm 2025').rest).toBe('đến năm 2025');
      expect(parseTarget('trên 150 đảng viên (kế hoạch)').rest).toBe('(kế hoạch)');
      expect(parseTarget('trên 150 đảng viên.').rest).toBeNull();
      expect(parseTarget('trên 150 đảng viên').rest).toBeNull();
      expect(parseTarget('giai đoạn 2021–2025 có thêm 10 xã')).toMatchObject({
        subject: 'giai đoạn 2021–2025',
        unit: 'xã',
      });
    });
  });

  it('returns the text it read, NFC-normalised and trimmed', () => {
    const decomposed = '  trên 150 đảng viên '.normalize('NFD');
    expect(parseTarget(decomposed).text).toBe('trên 150 đảng viên'.normalize('NFC'));
  });

  describe('bad phrases', () => {
    const table: readonly [string, string][] = [
      ['', 'unparseable-target'],
      ['   ', 'unparseable-target'],
      ['kết nạp đảng viên', 'unparseable-target'],
      ['trên', 'unparseable-target'],
      ['trên địa bàn', 'unparseable-target'],
      ['trên đảng viên', 'unparseable-target'],
      ['1,2,3%', 'unparseable-target'],
      ['12.5%', 'unparseable-target'],
      ['12–', 'unparseable-target'],
      ['12 - xã', 'unparseable-target'],
      ['trên 12–13%', 'unparseable-target'],
      ['từ 3 đến 4% trở lên', 'unparseable-target'],
      ['khoảng 5% trở lên', 'unparseable-target'],
      ['trên 5% trở xuống', 'unparseable-target'],
      ['dưới 5% trở lên', 'unparseable-target'],
      ['không tăng 5%', 'unparseable-target'],
      ['chưa 5%', 'unparseable-target'],
      ['giảm 2 lần', 'unparseable-target'],
      ['gấp 2', 'unparseable-target'],
      ['trên 150 đảng viên; 2 xã đạt chuẩn', 'unparseable-target'],
      ['12 đảng viên – 13 xã', 'unparseable-target'],
      ['năm 2022', 'unparseable-target'],
      ['có thêm 2 xã đạt chuẩn NTM, nâng tổng số lên 10 xã', 'unparseable-target'],
      ['13–12%', 'invalid-target'],
    ];
    it.each(table)('%s → %s', (phrase, code) => {
      expect(caught(() => parseTarget(phrase)).code).toBe(code);
    });

    it('puts the text in the details of the error', () => {
      const error = caught(() => parseTarget('trên địa bàn'));
      expect(error.details.text).toBe('trên địa bàn');
      expect(error.message).toMatchInlineSnapshot(
        `"[chitieu] Unreadable target phrase (chỉ tiêu): expected a figure (a number such as "150", "51,5" or "3.200"); received "trên địa bàn""`,
      );
    });

    it('pins the messages of a malformed figure, an open range and a reversed range', () => {
      expect(() => parseTarget('1,2,3%')).toThrowErrorMatchingInlineSnapshot(
        `[ChitieuError: [chitieu] Unreadable target phrase (chỉ tiêu): expected a figure in Vietnamese notation ("150", "51,5", "3.200"), not "1,2,3"; received "1,2,3%"]`,
      );
      expect(() => parseTarget('12–')).toThrowErrorMatchingInlineSnapshot(
        `[ChitieuError: [chitieu] Unreadable target phrase (chỉ tiêu): expected a number after the dash of a range ("12–13%"); received "12–"]`,
      );
      const reversed = caught(() => parseTarget('13–12%'));
      expect(reversed.path).toEqual(['max']);
      expect(reversed.message).toMatchInlineSnapshot(
        `"[chitieu] Invalid target (chỉ tiêu) at max: expected a range whose lower end is not above its upper end; received "13–12%""`,
      );
    });

    it('rejects more than 500 characters, and accepts exactly 500', () => {
      const phrase = 'trên 150 đảng viên';
      const padded = `${'x'.repeat(500 - phrase.length - 1)} ${phrase}`;
      expect(padded).toHaveLength(500);
      expect(json(parseTarget(padded).target)).toEqual(atLeast('150', true));
      const error = caught(() => parseTarget(`x${padded}`));
      expect(error.code).toBe('input-too-long');
      expect(error.details).toMatchObject({ length: 501, max: 500 });
      expect(caught(() => parseTarget('1'.repeat(1501))).code).toBe('input-too-long');
    });

    it('counts the length after NFC normalisation, so decomposed text is not penalised', () => {
      const phrase = `${'ạ'.repeat(480)} trên 150`;
      expect(phrase.normalize('NFD').length).toBeGreaterThan(500);
      expect(json(parseTarget(phrase.normalize('NFD')).target)).toEqual(atLeast('150', true));
    });

    it('puts every fault of the text at path [], null and "" alike', () => {
      expect(caught(() => parseTarget(null as unknown as string)).path).toEqual([]);
      expect(caught(() => parseTarget('')).path).toEqual([]);
    });

    it('rejects a non-string text and bad options with invalid-argument', () => {
      expect(caught(() => parseTarget(150 as unknown as string))).toMatchObject({
        code: 'invalid-argument',
        path: [],
      });
      expect(caught(() => parseTarget('trên 5%', { measure: 'percent' as Measure }))).toMatchObject(
        { code: 'invalid-argument', path: ['options', 'measure'] },
      );
      expect(
        caught(() => parseTarget('trên 5%', null as unknown as { measure?: Measure })),
      ).toMatchObject({ code: 'invalid-argument', path: ['options'] });
    });
  });

  describe('edge cases', () => {
    it('reads a figure glued to its qualifier sign and its unit', () => {
      expect(json(parseTarget('≥80%').target)).toEqual(atLeast('80', false));
      expect(parseTarget('trên 150đảng viên').unit).toBe('đảng viên');
    });

    it('reads a number in Vietnamese notation with thousands and decimals', () => {
      expect(json(parseTarget('trên 1.234,5 tỷ đồng').target)).toEqual(atLeast('1234.5', true));
      expect(json(parseTarget('đạt 0,5%').target)).toEqual(exact('0.5'));
    });

    it('reads a signed figure, but a dash after a figure as a range', () => {
      expect(json(parseTarget('đạt -2%').target)).toEqual(exact('-2'));
      expect(json(parseTarget('đạt −2%').target)).toEqual(exact('-2'));
      expect(json(parseTarget('12 -13%').target)).toEqual(range('12', '13'));
    });

    it('does not read the digits of a name as the figure', () => {
      expect(json(parseTarget('COVID-19 dưới 5 ca').target)).toEqual(atMost('5', true));
      expect(json(parseTarget('phát thải CO2 giảm 10% so với năm 2020').target)).toEqual(
        change('decrease', exact('10'), 'percent'),
      );
    });

    it('skips years before the figure', () => {
      const parsed = parseTarget('đến năm 2025 có thêm 10 xã');
      expect(json(parsed.target)).toEqual(change('increase', exact('10'), 'absolute'));
      expect(parsed.subject).toBe('đến năm 2025');
      expect(json(parseTarget('nhiệm kỳ 2020 - 2025 kết nạp 450 đảng viên').target)).toEqual(
        exact('450'),
      );
    });

    it('reads a 500-character adversarial input without blowing up', () => {
      const inputs = [
        '1-'.repeat(250),
        '1.'.repeat(250),
        '1,'.repeat(250),
        'trên '.repeat(100),
        'mỗi năm '.repeat(62),
        '%'.repeat(500),
        `${'-'.repeat(499)}1`,
        `${'a'.repeat(498)} 1`,
        `trên 1 ${'đảng viên '.repeat(49)}`,
        `80% ${'trở lên '.repeat(61)}`,
        `1 so với ${'so với '.repeat(70)}`,
      ];
      for (const input of inputs) {
        expect(input.length).toBeLessThanOrEqual(500);
        try {
          parseTarget(input);
        } catch (error) {
          expect(error).toBeInstanceOf(ChitieuError);
        }
      }
    });

    it('never throws anything but a ChitieuError (property)', () => {
      const pieces = [
        ...'0123456789.,%-–/ ≥≤<>',
        'trên ',
        'dưới ',
        'từ ',
        ' đến ',
        'tăng ',
        'giảm ',
        'thêm ',
        'khoảng ',
        'đạt ',
        ' trở lên',
        'so với ',
        'mỗi năm ',
        'năm ',
        'đảng viên',
      ];
      fc.assert(
        fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), (parts) => {
          const text = parts.join('');
          try {
            const parsed = parseTarget(text);
            expect(parsed.text).toBe(text.normalize('NFC').trim());
            expect(json(z.parse(parsedTargetSchema, json(parsed)))).toEqual(json(parsed));
          } catch (error) {
            expect(error).toBeInstanceOf(ChitieuError);
          }
        }),
      );
    });
  });

  describe('NFC and NFD input read the same', () => {
    const phrases = [
      'Phấn đấu kết nạp trên 150 đảng viên',
      'thu nhập bình quân đầu người trên 51,5 triệu đồng/người/năm',
      'tỷ lệ hộ nghèo giảm 1–1,5%',
      'có trên 80% tổ chức cơ sở đảng được xếp loại chất lượng “Hoàn thành tốt nhiệm vụ” trở lên',
      'không vượt quá 5%',
      'bình quân mỗi năm tăng 10%',
    ];
    it.each(phrases)('%s', (phrase) => {
      expect(json(parseTarget(phrase.normalize('NFD')))).toEqual(
        json(parseTarget(phrase.normalize('NFC'))),
      );
    });

    it('for any mix of composed and decomposed letters (property)', () => {
      fc.assert(
        fc.property(
          fc.constantFrom(...phrases),
          fc.array(fc.boolean(), { maxLength: 200 }),
          (phrase, decompose) => {
            const mixed = [...phrase.normalize('NFC')]
              .map((ch, i) => (decompose[i] ? ch.normalize('NFD') : ch))
              .join('');
            expect(json(parseTarget(mixed))).toEqual(json(parseTarget(phrase)));
          },
        ),
      );
    });
  });

  describe('results survive JSON and come back through their schemas', () => {
    const phrases = [
      'trên 150 đảng viên',
      'giảm 1–1,5%',
      'tăng 10% so với năm trước',
      'khoảng 3.200 tỷ đồng',
      'từ 3 đến 4%',
      'có thêm 2 xã đạt chuẩn NTM trong năm 2022',
    ];
    it.each(phrases)('%s', (phrase) => {
      const parsed = parseTarget(phrase);
      const back = z.parse(parsedTargetSchema, JSON.parse(JSON.stringify(parsed)));
      expect(json(back)).toEqual(json(parsed));
      expect(back.target).toEqual(z.parse(targetSchema, json(parsed.target)));
      expect(z.parse(targetSchema, json(parsed.target))).toEqual(parsed.target);
    });
  });

  it('does not mutate its options, and returns frozen data', () => {
    const options = Object.freeze({ measure: 'rate' as const });
    const parsed = parseTarget('giảm 1–1,5%', options);
    expect(options).toEqual({ measure: 'rate' });
    expect(Object.isFrozen(parsed)).toBe(true);
    expect(Object.isFrozen(parsed.target)).toBe(true);
  });

  it('gives the same result for the same text (no hidden state)', () => {
    expect(json(parseTarget('trên 150 đảng viên'))).toEqual(
      json(parseTarget('trên 150 đảng viên')),
    );
  });
});
