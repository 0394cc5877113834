import { describe, expect, it } from 'vitest';
import type { Measure } from '../../src/indicator/measure-schema.js';
import { parseTarget } from '../../src/targets/parse-target.js';
import { caught } from '../support/caught.js';

const UNREADABLE = '[chitieu] Unreadable target phrase (chỉ tiêu): expected';

describe('parseTarget refusals', () => {
  describe('say what they expected, with the text in details.text', () => {
    const table: readonly [string, string][] = [
      ['', 'a target phrase; the text is empty; received ""'],
      ['   ', 'a target phrase; the text is empty; received ""'],
      [
        '1e3',
        'a figure in Vietnamese notation ("150", "51,5", "3.200"), not "1e3"; received "1e3"',
      ],
      [
        '1,5e-3',
        'a figure in Vietnamese notation ("150", "51,5", "3.200"), not "1,5e-3"; received "1,5e-3"',
      ],
      [
        'đạt 2E-5 xã',
        'a figure in Vietnamese notation ("150", "51,5", "3.200"), not "2e-5"; received "đạt 2E-5 xã"',
      ],
      [
        '12–13e3',
        'a figure in Vietnamese notation ("150", "51,5", "3.200"), not "13e3"; received "12–13e3"',
      ],
      ['giảm 2 lần', 'an increase by a multiple; "giảm … lần" is not read; received "giảm 2 lần"'],
      [
        'không tăng 5%',
        'a qualifier it knows; "không …" before the figure is not one; received "không tăng 5%"',
      ],
      [
        'chưa 5%',
        'a qualifier it knows; "chưa …" before the figure is not one; received "chưa 5%"',
      ],
      [
        '12 đảng viên – 13 xã',
        'the same unit on both ends of a range; received "12 đảng viên – 13 xã"',
      ],
      [
        'trên 150 đảng viên; 2 xã',
        'one figure per phrase (split a list of targets first); received "trên 150 đảng viên; 2 xã"',
      ],
      [
        'khoảng 5% trở lên',
        '"khoảng" without "trở lên" or "trở xuống"; received "khoảng 5% trở lên"',
      ],
      [
        'xấp xỉ 5% trở xuống',
        '"khoảng" without "trở lên" or "trở xuống"; received "xấp xỉ 5% trở xuống"',
      ],
      [
        'trên 5% trở xuống',
        'a qualifier and a "trở lên"/"trở xuống" that agree; received "trên 5% trở xuống"',
      ],
      [
        'dưới 5% trở lên',
        'a qualifier and a "trở lên"/"trở xuống" that agree; received "dưới 5% trở lên"',
      ],
      [
        'từ 3 đến 4% trở lên',
        'a range without "trở lên" or "trở xuống"; received "từ 3 đến 4% trở lên"',
      ],
      [
        'trên 12–13%',
        'a range written "12–13%", "từ 12 đến 13%" or "đạt 12–13%"; received "trên 12–13%"',
      ],
      ['gấp 0,5 lần', 'a multiple of at least 1 ("gấp 1,5 lần"); received "gấp 0,5 lần"'],
    ];
    it.each(table)('%s', (phrase, message) => {
      const error = caught(() => parseTarget(phrase));
      expect(error.message).toBe(`${UNREADABLE} ${message}`);
      expect(error.code).toBe('unparseable-target');
      expect(error.path).toEqual([]);
      expect(error.details.text).toBe(phrase.trim());
    });
  });

  it('reports a reversed range at ["max"], with the text in details.text', () => {
    const error = caught(() => parseTarget('13–12%'));
    expect(error).toMatchObject({ code: 'invalid-target', path: ['max'] });
    expect(error.details).toEqual({
      text: '13–12%',
      expected: 'a range whose lower end is not above its upper end',
      received: '"13–12%"',
    });
  });

  it('reports a phrase over 500 characters with its length', () => {
    const error = caught(() => parseTarget('x'.repeat(501)));
    expect(error.code).toBe('input-too-long');
    expect(error.message).toBe(
      `[chitieu] Input too long: expected a target phrase of at most 500 characters; received "${'x'.repeat(57)}…" (501 characters)`,
    );
    expect(error.details).toMatchObject({ length: 501, max: 500 });
  });

  it('refuses a raw text over 1500 characters (three times the limit) before normalising it', () => {
    // "ᾆ" decomposes into four code units, so 1500 of them normalise to far below 500.
    const decomposed = `${'\u1f86'.repeat(374)} 1`.normalize('NFD');
    expect(decomposed).toHaveLength(1498);
    expect(`  ${decomposed}`.normalize('NFC')).toHaveLength(378);
    expect(parseTarget(`  ${decomposed}`).target).toEqual(parseTarget('1').target);
    const error = caught(() => parseTarget(`   ${decomposed}`));
    expect(error).toMatchObject({ code: 'input-too-long', details: { length: 1501, max: 500 } });
  });

  it('says what a bad argument should be', () => {
    expect(() => parseTarget(150 as unknown as string)).toThrowErrorMatchingInlineSnapshot(
      `[ChitieuError: [chitieu] Invalid argument: expected a target phrase as a string; received 150]`,
    );
    expect(() =>
      parseTarget('trên 5%', null as unknown as { measure?: Measure }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[ChitieuError: [chitieu] Invalid argument at options: expected an options object such as { measure: "rate" }; received null]`,
    );
    expect(() =>
      parseTarget('trên 5%', { measure: 'percent' as Measure }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[ChitieuError: [chitieu] Invalid argument at options.measure: expected a measure (count, amount, rate); received "percent"]`,
    );
  });

  describe('edge cases', () => {
    it('reads a word that looks like an exponent as a unit when it is not glued to the figure', () => {
      expect(parseTarget('bán 300 E5')).toMatchObject({ unit: 'E5', subject: 'bán' });
      expect(parseTarget('12 – 13 e3')).toMatchObject({ unit: 'e3' });
    });

    it('reads a glued unit as a unit when the exponent-like part is not at its start', () => {
      const r = parseTarget('trên 5xe3');
      expect([r.target.kind, r.unit]).toEqual(['at-least', 'xe3']);
    });
  });
});
