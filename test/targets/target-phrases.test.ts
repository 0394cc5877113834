import { describe, expect, it } from 'vitest';
import {
  markers,
  perYearAt,
  phraseBefore,
  qualifiers,
  wordsAt,
} from '../../src/targets/target-phrases.js';
import { tokenizeTarget } from '../../src/targets/tokenize-target.js';

describe('phraseBefore', () => {
  it('finds the longest qualifier ending before a position: "không vượt quá" over "quá"', () => {
    const tokens = tokenizeTarget('không vượt quá 5');
    expect(phraseBefore(tokens, 3, qualifiers)).toEqual({
      meaning: { kind: 'at-most', strict: false },
      length: 3,
    });
  });

  it('prefers "trên dưới" (about) to "dưới" (below)', () => {
    const tokens = tokenizeTarget('trên dưới 5');
    expect(phraseBefore(tokens, 2, qualifiers)?.meaning).toEqual({ kind: 'approximately' });
    expect(phraseBefore(tokenizeTarget('dưới 5'), 1, qualifiers)?.meaning).toEqual({
      kind: 'at-most',
      strict: true,
    });
  });

  it('reads markers: "giảm xuống còn" is a level, "tăng thêm" a change', () => {
    expect(phraseBefore(tokenizeTarget('giảm xuống còn 4'), 3, markers)).toEqual({
      meaning: { kind: 'level' },
      length: 3,
    });
    expect(phraseBefore(tokenizeTarget('tăng thêm 2'), 2, markers)).toEqual({
      meaning: { kind: 'change', direction: 'increase' },
      length: 2,
    });
  });

  describe('edge cases', () => {
    it('finds nothing at the start, after a number, or for an unknown word', () => {
      const tokens = tokenizeTarget('150 xã');
      expect(phraseBefore(tokens, 0, qualifiers)).toBeNull();
      expect(phraseBefore(tokens, 1, qualifiers)).toBeNull();
      expect(phraseBefore(tokens, 2, qualifiers)).toBeNull();
    });

    it('does not match a phrase that would start before the first token', () => {
      expect(phraseBefore(tokenizeTarget('quá 5'), 1, qualifiers)).toBeNull();
    });
  });
});

describe('perYearAt and wordsAt', () => {
  it('measures the longest per-year phrase at a position', () => {
    const tokens = tokenizeTarget('bình quân mỗi năm tăng');
    expect(perYearAt(tokens, 0)).toBe(4);
    expect(perYearAt(tokens, 2)).toBe(2);
    expect(perYearAt(tokens, 4)).toBe(0);
    expect(perYearAt(tokenizeTarget('hằng năm'), 0)).toBe(2);
    expect(perYearAt(tokenizeTarget('hàng năm'), 0)).toBe(2);
  });

  it('matches words at a position, and not past the end', () => {
    const tokens = tokenizeTarget('trở lên');
    expect(wordsAt(tokens, 0, ['trở', 'lên'])).toBe(true);
    expect(wordsAt(tokens, 1, ['trở', 'lên'])).toBe(false);
    expect(wordsAt(tokens, 1, ['lên', 'cao'])).toBe(false);
  });

  it('does not mutate its input', () => {
    const tokens = tokenizeTarget('mỗi năm');
    const copy = structuredClone(tokens);
    perYearAt(tokens, 0);
    expect(tokens).toEqual(copy);
  });
});
