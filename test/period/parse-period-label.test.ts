import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ChitieuError } from '../../src/errors.js';
import { parsePeriodLabel } from '../../src/period/parse-period-label.js';
import { periodLabel } from '../../src/period/period-label.js';
import type { Period } from '../../src/period/period-schema.js';
import { caught } from '../support/caught.js';
import { periodArb } from './period-arbitrary.js';

describe('parsePeriodLabel', () => {
  it('reads the labels reports use', () => {
    const cases: [string, Period][] = [
      ['năm 2021', { kind: 'year', year: 2021 }],
      ['6 tháng đầu năm 2020', { kind: 'half', year: 2020, half: 1 }],
      ['6 tháng cuối năm 2020', { kind: 'half', year: 2020, half: 2 }],
      ['quý III năm 2021', { kind: 'quarter', year: 2021, quarter: 3 }],
      ['quý 3 năm 2021', { kind: 'quarter', year: 2021, quarter: 3 }],
      ['tháng 3 năm 2021', { kind: 'month', year: 2021, month: 3 }],
      ['9 tháng đầu năm 2022', { kind: 'nine-months', year: 2022 }],
      ['9 tháng năm 2022', { kind: 'nine-months', year: 2022 }],
      ['giai đoạn 2021–2025', { kind: 'stage', startYear: 2021, endYear: 2025 }],
      ['giai đoạn 2021 - 2025', { kind: 'stage', startYear: 2021, endYear: 2025 }],
      ['nhiệm kỳ 2020–2025', { kind: 'term', startYear: 2020, endYear: 2025 }],
      ['nhiệm kỳ 2020 - 2025', { kind: 'term', startYear: 2020, endYear: 2025 }],
    ];
    for (const [text, period] of cases) expect(parsePeriodLabel(text), text).toEqual(period);
  });

  it('reads every quarter in Roman or Arabic numerals', () => {
    const romans = ['I', 'II', 'III', 'IV'];
    for (const quarter of [1, 2, 3, 4] as const) {
      const expected = { kind: 'quarter', year: 2024, quarter };
      expect(parsePeriodLabel(`quý ${romans[quarter - 1]} năm 2024`)).toEqual(expected);
      expect(parsePeriodLabel(`quý ${quarter} năm 2024`)).toEqual(expected);
    }
  });

  it('reads "6 tháng năm 2020" as the first half, as in "sơ kết 6 tháng năm 2020"', () => {
    expect(parsePeriodLabel('6 tháng năm 2020')).toEqual({ kind: 'half', year: 2020, half: 1 });
  });

  it('reads the short forms of the press: quý I/2024, tháng 03/2021', () => {
    expect(parsePeriodLabel('quý I/2024')).toEqual({ kind: 'quarter', year: 2024, quarter: 1 });
    expect(parsePeriodLabel('quý II / 2024')).toEqual({ kind: 'quarter', year: 2024, quarter: 2 });
    expect(parsePeriodLabel('tháng 03/2021')).toEqual({ kind: 'month', year: 2021, month: 3 });
    expect(parsePeriodLabel('tháng 12 năm 2021')).toEqual({ kind: 'month', year: 2021, month: 12 });
  });

  it('ignores case, extra spaces and the kind of dash', () => {
    expect(parsePeriodLabel('Năm 2021')).toEqual({ kind: 'year', year: 2021 });
    expect(parsePeriodLabel('NĂM 2021')).toEqual({ kind: 'year', year: 2021 });
    expect(parsePeriodLabel('  6  tháng   ĐẦU năm\t2020 ')).toEqual({
      kind: 'half',
      year: 2020,
      half: 1,
    });
    expect(parsePeriodLabel('Quý iv năm 2021')).toEqual({
      kind: 'quarter',
      year: 2021,
      quarter: 4,
    });
    for (const dash of ['-', '–', '—', ' - ', ' – ', '- ', ' -']) {
      expect(parsePeriodLabel(`Nhiệm kỳ 2021${dash}2026`)).toEqual({
        kind: 'term',
        startYear: 2021,
        endYear: 2026,
      });
    }
  });

  it('reads decomposed (NFD) Vietnamese and the spellings qúy, nhiệm kì, sáu, chín', () => {
    expect(parsePeriodLabel('6 tháng cuối năm 2020'.normalize('NFD'))).toEqual({
      kind: 'half',
      year: 2020,
      half: 2,
    });
    expect(parsePeriodLabel('qúy II năm 2021')).toEqual({
      kind: 'quarter',
      year: 2021,
      quarter: 2,
    });
    expect(parsePeriodLabel('nhiệm kì 2020-2025')).toEqual({
      kind: 'term',
      startYear: 2020,
      endYear: 2025,
    });
    expect(parsePeriodLabel('sáu tháng đầu năm 2020')).toEqual({
      kind: 'half',
      year: 2020,
      half: 1,
    });
    expect(parsePeriodLabel('chín tháng đầu năm 2022')).toEqual({
      kind: 'nine-months',
      year: 2022,
    });
  });

  it('returns a frozen period', () => {
    expect(Object.isFrozen(parsePeriodLabel('năm 2021'))).toBe(true);
  });

  describe('edge cases', () => {
    it('reads the limit years 1900 and 2200, and rejects 1899 and 2201', () => {
      expect(parsePeriodLabel('năm 1900')).toEqual({ kind: 'year', year: 1900 });
      expect(parsePeriodLabel('tháng 12 năm 2200')).toEqual({
        kind: 'month',
        year: 2200,
        month: 12,
      });
      expect(caught(() => parsePeriodLabel('năm 1899')).code).toBe('invalid-period');
      expect(caught(() => parsePeriodLabel('giai đoạn 2196 - 2201')).code).toBe('invalid-period');
    });

    it('rejects a stage or term that does not end after it starts', () => {
      expect(() => parsePeriodLabel('giai đoạn 2025 - 2021')).toThrowErrorMatchingInlineSnapshot(
        `[ChitieuError: [chitieu] Invalid period (kỳ): expected a period label naming an end year after the start year 2025; received "giai đoạn 2025 - 2021"]`,
      );
      expect(caught(() => parsePeriodLabel('nhiệm kỳ 2020–2020')).details).toMatchObject({
        text: 'nhiệm kỳ 2020–2020',
        field: 'endYear',
        value: 2020,
      });
    });

    it('rejects impossible months and quarters', () => {
      for (const text of [
        'tháng 13 năm 2021',
        'tháng 0 năm 2021',
        'quý V năm 2021',
        'quý 0 năm 2021',
      ]) {
        expect(caught(() => parsePeriodLabel(text)).code, text).toBe('invalid-period');
      }
    });

    it('rejects text that is not a period label, with the text in details', () => {
      for (const text of [
        '',
        '2021',
        'năm ngoái',
        'năm 21',
        'năm 20210',
        '6 tháng cuối năm',
        'quý III',
        'giai đoạn 2021',
        'giai đoạn 2021 -- 2025',
        'nhiệm kỳ 2020–2025 và những năm tiếp theo',
        'trong năm 2021',
      ]) {
        const error = caught(() => parsePeriodLabel(text));
        expect(error.code, text).toBe('invalid-period');
        expect(error.path).toEqual([]);
        expect(error.details.text, text).toBe(text);
      }
      expect(() => parsePeriodLabel('năm ngoái')).toThrowErrorMatchingInlineSnapshot(
        `[ChitieuError: [chitieu] Invalid period (kỳ): expected a Vietnamese period label such as "năm 2021", "6 tháng đầu năm 2020", "quý III năm 2021", "tháng 3 năm 2021", "9 tháng đầu năm 2022", "giai đoạn 2021–2025" or "nhiệm kỳ 2020–2025"; received "năm ngoái"]`,
      );
    });

    it('rejects a non-string with invalid-period', () => {
      expect(caught(() => parsePeriodLabel(2021 as unknown as string)).code).toBe('invalid-period');
      expect(caught(() => parsePeriodLabel(null as unknown as string)).code).toBe('invalid-period');
      expect(() => parsePeriodLabel(2021 as unknown as string)).toThrowErrorMatchingInlineSnapshot(
        `[ChitieuError: [chitieu] Invalid period (kỳ): expected a Vietnamese period label such as "năm 2021", "6 tháng đầu năm 2020", "quý III năm 2021", "tháng 3 năm 2021", "9 tháng đầu năm 2022", "giai đoạn 2021–2025" or "nhiệm kỳ 2020–2025"; received 2021]`,
      );
    });

    it('rejects input over 200 characters with input-too-long, and reads 200', () => {
      const padded = `năm 2021${' '.repeat(192)}`;
      expect(padded.length).toBe(200);
      expect(parsePeriodLabel(padded)).toEqual({ kind: 'year', year: 2021 });
      const error = caught(() => parsePeriodLabel(`${padded} `));
      expect(error.code).toBe('input-too-long');
      expect(error.details).toMatchObject({ length: 201 });
      expect(error.message).toMatchInlineSnapshot(
        `"[chitieu] Input too long: expected a period label of at most 200 characters; received "năm 2021                                                 …" (201 characters)"`,
      );
    });
  });

  it('reads back every label periodLabel writes, in any case', () => {
    fc.assert(
      fc.property(periodArb, fc.boolean(), (p, upper) => {
        const label = periodLabel(p);
        expect(parsePeriodLabel(upper ? label.toUpperCase() : label)).toEqual(p);
      }),
      { numRuns: 1000 },
    );
  });

  it('either reads or rejects with a ChitieuError any text, never anything else', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'grapheme', maxLength: 220 }),
          fc
            .array(
              fc.constantFrom(
                'năm',
                'tháng',
                'quý',
                'đầu',
                'cuối',
                'giai đoạn',
                'nhiệm kỳ',
                '6',
                '9',
                'III',
                '2021',
                '-',
                '–',
                '/',
                ' ',
              ),
              { maxLength: 8 },
            )
            .map((parts) => parts.join(' ')),
        ),
        (text) => {
          try {
            const p = parsePeriodLabel(text);
            expect(parsePeriodLabel(periodLabel(p))).toEqual(p);
          } catch (error) {
            expect(error).toBeInstanceOf(ChitieuError);
            expect(['invalid-period', 'input-too-long']).toContain((error as ChitieuError).code);
          }
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('does not mutate its input', () => {
    const text = 'quý III năm 2021';
    parsePeriodLabel(text);
    expect(text).toBe('quý III năm 2021');
  });
});
