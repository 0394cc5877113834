import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ChangePhrase } from '../../src/audit/change-phrase-schema.js';
import { readChangePhrase } from '../../src/audit/read-change-phrase.js';
import { ChitieuError } from '../../src/errors.js';
import { formatViNumber } from '../../src/notation/format-vi-number.js';
import { Decimal } from '../../src/numeric/decimal.js';
import { caught } from '../support/caught.js';

const plain = (c: ChangePhrase) => JSON.parse(JSON.stringify(c));

describe('readChangePhrase', () => {
  it('reads "tăng 121 đảng viên so với năm 2020"', () => {
    expect(plain(readChangePhrase('tăng 121 đảng viên so với năm 2020'))).toEqual({
      text: 'tăng 121 đảng viên so với năm 2020',
      verb: 'tăng',
      direction: 'increase',
      magnitude: '121',
      value: '121',
      unit: 'đảng viên',
      comparedWith: 'năm 2020',
    });
  });

  it('reads a fall in percent: "giảm 1,02%" is −1.02 in "%"', () => {
    const c = readChangePhrase('giảm 1,02%');
    expect(c.direction).toBe('decrease');
    expect(c.magnitude.toString()).toBe('1.02');
    expect(c.value.toString()).toBe('-1.02');
    expect(c.unit).toBe('%');
    expect(c.comparedWith).toBeNull();
  });

  it.each([
    ['tăng 19', '19', null, null],
    ['tăng 19 tiêu chí', '19', 'tiêu chí', null],
    ['giảm 0,13%', '-0.13', '%', null],
    ['Giảm 0,13 %', '-0.13', '%', null],
    ['tăng thêm 2 tiêu chí', '2', 'tiêu chí', null],
    ['giảm thêm 1,5%', '-1.5', '%', null],
    ['có thêm 4 xã', '4', 'xã', null],
    ['thêm 97 mô hình', '97', 'mô hình', null],
    ['tăng 3.365 mô hình', '3365', 'mô hình', null],
    ['giảm 1,02% so với năm 2020', '-1.02', '%', 'năm 2020'],
    ['tăng 12,1% so với cùng kỳ năm trước', '12.1', '%', 'cùng kỳ năm trước'],
    ['giảm 1,02 điểm phần trăm', '-1.02', 'điểm phần trăm', null],
    ['tăng 2,5 triệu đồng/người/năm', '2.5', 'triệu đồng/người/năm', null],
    ['(tăng 19 tiêu chí so với năm 2020)', '19', 'tiêu chí', 'năm 2020'],
    ['  tăng 19 tiêu chí.  ', '19', 'tiêu chí', null],
    ['TĂNG 19 TIÊU CHÍ SO VỚI NĂM 2020', '19', 'TIÊU CHÍ', 'NĂM 2020'],
  ])('reads %j', (text, value, unit, comparedWith) => {
    const c = readChangePhrase(text);
    expect(c.value.toString()).toBe(value);
    expect(c.unit).toBe(unit);
    expect(c.comparedWith).toBe(comparedWith);
    expect(c.text).toBe(text);
  });

  it.each([
    ['tăng 19 tiêu chí; .', '19', 'tiêu chí', null],
    ['tăng 19 tiêu chí, .', '19', 'tiêu chí', null],
    ['(tăng 19 tiêu chí) .', '19', 'tiêu chí', null],
    ['( tăng 19 tiêu chí )', '19', 'tiêu chí', null],
    ['tăng 19 tiêu chí  so với  năm 2020', '19', 'tiêu chí', 'năm 2020'],
    ['tăng 12,1% so với cùng kỳ (năm 2020)', '12.1', '%', 'cùng kỳ (năm 2020)'],
  ])(
    'ignores final punctuation, outer parentheses and extra spaces: %j',
    (text, value, unit, comparedWith) => {
      const c = readChangePhrase(text);
      expect(c.value.toString()).toBe(value);
      expect(c.unit).toBe(unit);
      expect(c.comparedWith).toBe(comparedWith);
    },
  );

  it('lower-cases unit and comparison when lower-casing moves the positions', () => {
    // "İ" lower-cases to two code units ("i̇"), so the caller's letter case cannot be kept.
    const c = readChangePhrase('TĂNG 3 LƯỢT KHÁCH SO VỚI İZMİR');
    expect(c.unit).toBe('lượt khách');
    expect(c.comparedWith).toBe('i̇zmi̇r');
  });

  it('reads text in decomposed Unicode (NFD) as in composed form', () => {
    const c = readChangePhrase('giảm 1,02% so với năm 2020'.normalize('NFD'));
    expect(c.verb).toBe('giảm');
    expect(c.value.toString()).toBe('-1.02');
  });

  describe('edge cases', () => {
    it('keeps what is glued to "so với" after the figure: "so với(năm 2020)"', () => {
      expect(readChangePhrase('tăng 5% so với(năm 2020)').comparedWith).toBe('(năm 2020)');
      expect(readChangePhrase('tăng 5 người so với(năm 2020)')).toMatchObject({
        unit: 'người',
        comparedWith: '(năm 2020)',
      });
    });

    it('"giảm 0" is 0, not −0', () => {
      const c = readChangePhrase('giảm 0');
      expect(c.value.isZero()).toBe(true);
      expect(c.value.isNegative()).toBe(false);
    });

    it.each([
      ['tăng lên 90%', 'names the level reached'],
      ['giảm xuống 5%', 'names the level reached'],
      ['giảm còn 3,96%', 'names the level reached'],
      ['giảm 1–1,5%', 'follows the number'],
      ['giảm 1 - 1,5%', 'follows the number'],
      ['tăng', 'no number after the verb'],
      ['tăng hơn 19', 'no number after the verb'],
      ['đạt 19', 'does not start with tăng / giảm'],
      ['tăng19', 'does not start with tăng / giảm'],
      ['', 'does not start with tăng / giảm'],
      ['giảm 1,02% hộ', 'follows the "%"'],
      ['tăng 19 so với', 'nothing follows "so với"'],
      ['tăng 1,2,3', 'is not a number in Vietnamese notation'],
      ['tăng 1.23', 'is not a number in Vietnamese notation'],
      ['tăng 1–2 tiêu chí', '"–2 tiêu chí" follows the number'],
      ['tăng 19 (tiêu chí)', '"(tiêu chí)" follows the number'],
      ['tăng 19, tiêu chí', '", tiêu chí" follows the number'],
      ['tăng 19. tiêu chí', '". tiêu chí" follows the number'],
      ['tăng lên5%', 'there is no number after the verb'],
      ['(tăng 19 tiêu chí', 'does not start with tăng / giảm'],
    ])('rejects %j with unparseable-target', (text, reason) => {
      const e = caught(() => readChangePhrase(text, { path: ['x'] }));
      expect(e.code).toBe('unparseable-target');
      expect(e.path).toEqual(['x']);
      expect(e.message).toContain(reason);
      expect(e.details.text).toBe(text);
      expect(e.details.reason).toBe(e.message.split(', but ')[1]?.split('; received')[0]);
    });

    it('pins the message', () => {
      expect(() => readChangePhrase('tăng lên 90%')).toThrowErrorMatchingInlineSnapshot(
        `[ChitieuError: [chitieu] Unreadable change phrase (tăng / giảm): expected a change phrase: tăng / giảm / tăng thêm / giảm thêm / có thêm / thêm, a number in Vietnamese notation, an optional unit and "so với …" ("tăng 19 tiêu chí so với năm 2020", "giảm 1,02%"), but "tăng lên" names the level reached, not a change; received "tăng lên 90%"]`,
      );
    });

    it('reads a phrase of exactly 500 characters', () => {
      const text = `tăng 1 ${'x'.repeat(493)}`;
      expect(text).toHaveLength(500);
      expect(readChangePhrase(text).unit).toBe('x'.repeat(493));
      const e = caught(() => readChangePhrase(`${text}x`, { path: ['p'] }));
      expect(e.code).toBe('input-too-long');
      expect(e.path).toEqual(['p']);
      expect(e.message).toMatchInlineSnapshot(
        `"[chitieu] Input too long at p: expected at most 500 characters for a change phrase; received "tăng 1 xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx…" (501 characters)"`,
      );
    });

    it('an unreadable non-string carries no reason', () => {
      const e = caught(() => readChangePhrase(19 as unknown as string, { path: ['x'] }));
      expect(e.message).toMatchInlineSnapshot(
        `"[chitieu] Unreadable change phrase (tăng / giảm) at x: expected a change phrase: tăng / giảm / tăng thêm / giảm thêm / có thêm / thêm, a number in Vietnamese notation, an optional unit and "so với …" ("tăng 19 tiêu chí so với năm 2020", "giảm 1,02%"); received 19"`,
      );
      expect(e.details).toStrictEqual({
        text: 19,
        expected: e.details.expected,
        received: '19',
      });
    });

    it('a reason is kept in details', () => {
      const e = caught(() => readChangePhrase('tăng lên 90%'));
      expect(e.details).toStrictEqual({
        text: 'tăng lên 90%',
        reason: '"tăng lên" names the level reached, not a change',
        expected: e.details.expected,
        received: '"tăng lên 90%"',
      });
    });

    it('rejects input past 500 characters with input-too-long', () => {
      expect(caught(() => readChangePhrase(`tăng 1 ${'x'.repeat(600)}`)).code).toBe(
        'input-too-long',
      );
    });

    it('rejects a non-string with unparseable-target', () => {
      expect(caught(() => readChangePhrase(19 as unknown as string)).code).toBe(
        'unparseable-target',
      );
    });
  });

  it('does not mutate its input', () => {
    const options = Object.freeze({ path: Object.freeze(['a', 1] as const) });
    readChangePhrase('tăng 19', options);
    expect(options.path).toEqual(['a', 1]);
  });

  describe('laws', () => {
    it('reads back any number printed the Vietnamese way after a verb', () => {
      fc.assert(
        fc.property(
          fc.integer({ min: 0, max: 10 ** 9 }),
          fc.constantFrom(0, 1, 2),
          fc.constantFrom('tăng', 'giảm', 'tăng thêm', 'giảm thêm', 'có thêm'),
          fc.constantFrom('', ' tiêu chí', '%', ' tỷ đồng so với năm 2020'),
          (n, d, verb, tail) => {
            const magnitude = new Decimal(n).div(10 ** d);
            const c = readChangePhrase(`${verb} ${formatViNumber(magnitude)}${tail}`);
            expect(c.magnitude.eq(magnitude)).toBe(true);
            expect(c.value.eq(verb.startsWith('giảm') ? magnitude.neg() : magnitude)).toBe(true);
          },
        ),
      );
    });

    it('never throws anything but a ChitieuError', () => {
      fc.assert(
        fc.property(
          fc.oneof(
            fc.string({ unit: 'grapheme' }),
            fc.string({ unit: 'grapheme' }).map((s) => `tăng ${s}`),
            fc.string({ unit: 'grapheme' }).map((s) => `giảm 1${s}`),
          ),
          (text) => {
            try {
              readChangePhrase(text);
            } catch (error) {
              expect(error).toBeInstanceOf(ChitieuError);
            }
          },
        ),
      );
    });
  });
});
