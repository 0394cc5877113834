import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ChitieuError } from '../../src/errors.js';
import { parseViNumber } from '../../src/notation/parse-vi-number.js';

function codeOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    return error instanceof ChitieuError ? error.code : 'not a ChitieuError';
  }
  return undefined;
}

describe('parseViNumber', () => {
  it.each([
    ['3.365', '3365'],
    ['87.646', '87646'],
    ['12,1', '12.1'],
    ['1.234,5', '1234.5'],
    ['-0,5', '-0.5'],
    ['0,13', '0.13'],
    ['49,22', '49.22'],
    ['51,5', '51.5'],
    ['3.200', '3200'],
    ['1.234.567,891', '1234567.891'],
    ['169', '169'],
    ['3365', '3365'],
    ['112,6%', '112.6'],
    ['97,1 %', '97.1'],
    ['  4,93%  ', '4.93'],
    ['+19', '19'],
    ['\u22121,02', '-1.02'],
    ['0', '0'],
    ['007', '7'],
  ])('reads %s as %s', (text, value) => {
    expect(parseViNumber(text).toString()).toBe(value);
  });

  describe('edge cases', () => {
    it('reads "-0" and "-0,0" as zero, not negative zero', () => {
      expect(parseViNumber('-0').isNegative()).toBe(false);
      expect(parseViNumber('-0,0').isNegative()).toBe(false);
    });

    it.each([
      ['1,2,3'],
      ['1.23.4'],
      ['1.2345'],
      ['3.5'],
      ['1.234.56'],
      [''],
      ['   '],
      ['abc'],
      ['12a'],
      [','],
      ['1,'],
      [',5'],
      ['.5'],
      ['1.'],
      ['1..000'],
      ['%'],
      ['1%%'],
      ['1e3'],
      ['--1'],
      ['1 000'],
      ['١٢'],
      ['12,5,'],
      ['\uD800'],
    ])('rejects %j with invalid-number', (text) => {
      expect(codeOf(() => parseViNumber(text))).toBe('invalid-number');
    });

    it('rejects non-strings with invalid-number', () => {
      expect(codeOf(() => parseViNumber(12 as never))).toBe('invalid-number');
      expect(codeOf(() => parseViNumber(null as never))).toBe('invalid-number');
    });

    it('names the non-string it received, at the path it was given', () => {
      expect(() =>
        parseViNumber(12 as never, { path: ['items', 0, 'actual'] }),
      ).toThrowErrorMatchingInlineSnapshot(
        `[ChitieuError: [chitieu] Invalid number at items[0].actual: expected a number in Vietnamese notation: "." groups thousands in threes, "," marks decimals ("3.365", "12,1", "1.234,5", "-0,5", "97,1%"); received 12]`,
      );
    });

    it('rejects options that are not an object with invalid-argument at options', () => {
      expect(() => parseViNumber('12,1', null as never)).toThrowErrorMatchingInlineSnapshot(
        `[ChitieuError: [chitieu] Invalid argument at options: expected an options object such as { path: ["items", 0] }; received null]`,
      );
      expect(codeOf(() => parseViNumber('12,1', 'items' as never))).toBe('invalid-argument');
    });

    it('rejects text over 100 characters before reading it (10 MB included)', () => {
      expect(codeOf(() => parseViNumber('1'.repeat(101)))).toBe('input-too-long');
      expect(codeOf(() => parseViNumber('1.'.repeat(5_000_000)))).toBe('input-too-long');
      expect(parseViNumber('1'.repeat(100)).toFixed()).toBe('1'.repeat(100));
    });

    it('says how long a number may be, at the path it was given', () => {
      expect(() =>
        parseViNumber('9'.repeat(101), { path: ['actual'] }),
      ).toThrowErrorMatchingInlineSnapshot(
        `[ChitieuError: [chitieu] Input too long at actual: expected at most 100 characters for a number; received "999999999999999999999999999999999999999999999999999999999…" (101 characters)]`,
      );
    });

    it('keeps the text it could not read in the error details', () => {
      try {
        parseViNumber(' 1,2,3 ');
        expect.unreachable();
      } catch (error) {
        expect((error as ChitieuError).details).toMatchObject({ text: ' 1,2,3 ' });
      }
    });

    it('says what was expected and where', () => {
      try {
        parseViNumber('1,2,3', { path: ['items', 2, 'actual'] });
        expect.unreachable();
      } catch (error) {
        expect((error as ChitieuError).path).toEqual(['items', 2, 'actual']);
        expect((error as ChitieuError).message).toMatchInlineSnapshot(
          `"[chitieu] Invalid number at items[2].actual: expected a number in Vietnamese notation: "." groups thousands in threes, "," marks decimals ("3.365", "12,1", "1.234,5", "-0,5", "97,1%"); received "1,2,3""`,
        );
      }
    });
  });

  it('never throws anything but a ChitieuError, whatever the string', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(...'0123456789.,-+% e\u2212a'.split('')) }),
        (s) => {
          try {
            parseViNumber(s);
          } catch (error) {
            expect(error).toBeInstanceOf(ChitieuError);
          }
        },
      ),
    );
  });
});
