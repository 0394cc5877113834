import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readChangePhrase } from '../../src/audit/read-change-phrase.js';
import { isChitieuError } from '../../src/errors.js';
import { parseViNumber } from '../../src/notation/parse-vi-number.js';
import { parsePeriodLabel } from '../../src/period/parse-period-label.js';
import { parseTarget } from '../../src/targets/parse-target.js';
import { parseTargets } from '../../src/targets/parse-targets.js';
import { anyCodeUnits } from '../support/any-code-units.js';

/** Every reader of text, with phrases each one reads. */
const readers: readonly {
  readonly name: string;
  readonly read: (text: string) => unknown;
  readonly phrases: readonly string[];
}[] = [
  {
    name: 'parseTarget',
    read: (text) => parseTarget(text),
    phrases: ['trên 150 đảng viên', 'tỷ lệ hộ nghèo giảm 1–1,5%', 'khoảng 3.200 tỷ đồng'],
  },
  {
    name: 'parseTargets',
    read: (text) => parseTargets(text),
    phrases: ['GRDP tăng 16%, trong đó: nông nghiệp tăng 6%', 'trên 150 đảng viên'],
  },
  {
    name: 'readChangePhrase',
    read: (text) => readChangePhrase(text),
    phrases: ['tăng 19 tiêu chí', 'giảm 1,02%', 'tăng 119 so với năm trước'],
  },
  { name: 'parseViNumber', read: (text) => parseViNumber(text), phrases: ['3.365', '12,1 %'] },
  {
    name: 'parsePeriodLabel',
    read: (text) => parsePeriodLabel(text),
    phrases: ['năm 2021', '6 tháng đầu năm 2020', 'giai đoạn 2021 - 2025'],
  },
];

const SPACES = ['\u00a0', '\u1680', '\u2003', '\u202f', '\u205f', '\u3000', '\t'];
const INVISIBLE = ['\u200b', '\u200c', '\u200d', '\ufeff'];

/** The reading, as JSON (Decimals as strings), or the error code. */
function outcome(read: (text: string) => unknown, text: string): unknown {
  try {
    return { value: JSON.parse(JSON.stringify(read(text), dropText)) };
  } catch (error) {
    if (!isChitieuError(error)) throw error;
    return { code: error.code };
  }
}

/** The echoed input text differs by construction; everything read from it must not. */
function dropText(key: string, value: unknown): unknown {
  return key === 'text' ? undefined : value;
}

describe.each(readers)('$name reads any text the same way', ({ read, phrases }) => {
  it('any full-Unicode string gives a result or a ChitieuError, never another error', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'grapheme' }), anyCodeUnits), (t) => {
        outcome(read, t);
      }),
      { numRuns: 200 },
    );
  }, 60_000);

  it('whatever Unicode space stands between words, and whatever invisible character', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...phrases),
        fc.constantFrom(...SPACES),
        fc.constantFrom(...INVISIBLE),
        fc.nat(),
        (phrase, space, invisible, at) => {
          const spaced = phrase.replaceAll(' ', space);
          const cut = at % (phrase.length + 1);
          const hidden = phrase.slice(0, cut) + invisible + phrase.slice(cut);
          const plain = outcome(read, phrase);
          expect(outcome(read, spaced)).toEqual(plain);
          expect(outcome(read, hidden)).toEqual(plain);
          expect(outcome(read, phrase.normalize('NFD'))).toEqual(plain);
        },
      ),
      { numRuns: 200 },
    );
  }, 60_000);
});

describe('one notion of white space', () => {
  it('"trên\\u1680150\\u1680đảng viên" is more than 150 party members (U+1680 is a space)', () => {
    const { target, unit } = parseTarget('trên\u1680150\u1680đảng viên');
    expect(target).toEqual({ kind: 'at-least', value: expect.anything(), strict: true });
    expect(unit).toBe('đảng viên');
  });

  it('a zero-width space inside "trên" does not hide the qualifier', () => {
    expect(parseTarget('tr\u200bên 150 đảng viên').target.kind).toBe('at-least');
  });
});
