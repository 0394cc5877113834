import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isDashCode, isSpaceCode, isZeroWidthCode } from '../../src/text/characters.js';
import { normalizeText, normalizeTextWithOffsets } from '../../src/text/normalize-text.js';
import { anyCodeUnits } from '../support/any-code-units.js';

/** The definition, written the slow way: drop zero-width, map spaces, then NFC. */
function reference(text: string): string {
  let out = '';
  for (const ch of text) {
    const c = ch.charCodeAt(0);
    if (ch.length === 1 && isZeroWidthCode(c)) continue;
    out += ch.length === 1 && isSpaceCode(c) ? ' ' : ch;
  }
  return out.normalize('NFC');
}

const SPACES = [
  0x20, 0x09, 0x0a, 0x0d, 0xa0, 0x1680, 0x2000, 0x2005, 0x200a, 0x202f, 0x205f, 0x3000,
];
const ZERO_WIDTH = [0x200b, 0x200c, 0x200d, 0xfeff];
const DASHES = ['-', '–', '—', '−'];

/** Vietnamese-looking text with every kind of space, invisible and decomposed mark mixed in. */
const messy = fc
  .array(
    fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 4 }),
      fc.constantFrom(
        ...SPACES.map((c) => String.fromCharCode(c)),
        ...ZERO_WIDTH.map((c) => String.fromCharCode(c)),
        'e\u0301',
        'a\u0323\u0302',
        'đảng viên',
        '150',
        '1,5%',
      ),
    ),
    { maxLength: 12 },
  )
  .map((parts) => parts.join(''));

describe('characters', () => {
  it('every Unicode space the readers know is a space', () => {
    for (const c of SPACES) expect(isSpaceCode(c), c.toString(16)).toBe(true);
    for (const c of [0x41, 0x30, 0x200b, 0xfeff, 0x2d]) expect(isSpaceCode(c)).toBe(false);
  });

  it('zero-width characters are invisible, not spaces', () => {
    for (const c of ZERO_WIDTH) {
      expect(isZeroWidthCode(c)).toBe(true);
      expect(isSpaceCode(c)).toBe(false);
    }
  });

  it('"-", "–", "—" and "−" are dashes; "_" and "~" are not', () => {
    for (const d of DASHES) expect(isDashCode(d.charCodeAt(0)), d).toBe(true);
    expect(isDashCode('_'.charCodeAt(0))).toBe(false);
    expect(isDashCode('~'.charCodeAt(0))).toBe(false);
  });

  it('agrees with JavaScript \\s on every code unit but the zero-width ones and U+0085', () => {
    expect(isSpaceCode(0x85)).toBe(true); // NEXT LINE, a line break JavaScript's \\s leaves out
    // One expect for the 65 536 code units (an expect each made this the slowest test).
    const disagree: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      if (isZeroWidthCode(c) || c === 0x85) continue;
      if (isSpaceCode(c) !== /\s/.test(String.fromCharCode(c))) disagree.push(c.toString(16));
    }
    expect(disagree).toEqual([]);
  });
});

describe('normalizeText', () => {
  it('maps every space to " ", drops zero-width characters and composes', () => {
    expect(normalizeText('trên\u1680150\u200b đa\u0309ng viên\ufeff')).toBe('trên 150 đảng viên');
  });

  it('is the definition on any text (full Unicode)', () => {
    fc.assert(
      fc.property(fc.oneof(messy, anyCodeUnits), (text) => {
        expect(normalizeText(text)).toBe(reference(text));
      }),
      { numRuns: 300 },
    );
  }, 30_000);

  it('is idempotent', () => {
    fc.assert(
      fc.property(messy, (text) => {
        const once = normalizeText(text);
        expect(normalizeText(once)).toBe(once);
      }),
    );
  });
});

describe('normalizeTextWithOffsets', () => {
  it('maps each character back to the span it came from', () => {
    const given = 'a\u200b e\u0301x\u00a0y';
    const { text, starts, ends } = normalizeTextWithOffsets(given);
    expect(text).toBe('a éx y');
    expect(starts).toEqual([0, 2, 3, 5, 6, 7]);
    // The zero-width space after "a" goes with it.
    expect(ends).toEqual([2, 3, 5, 6, 7, 8]);
  });

  it('spans are inside the original, in order, one per character', () => {
    fc.assert(
      fc.property(fc.oneof(messy, anyCodeUnits), (given) => {
        const { text, starts, ends } = normalizeTextWithOffsets(given);
        expect(starts.length).toBe(text.length);
        expect(ends.length).toBe(text.length);
        // The characters whose span is out of order, empty or past the end (one expect for all).
        const bad = starts.flatMap((start, i) => {
          const end = ends[i] as number;
          const ok = start >= (i === 0 ? 0 : (starts[i - 1] as number)) && end > start;
          return ok && end <= given.length ? [] : [{ i, start, end }];
        });
        expect(bad).toEqual([]);
      }),
      { numRuns: 300 },
    );
  }, 30_000);
});
