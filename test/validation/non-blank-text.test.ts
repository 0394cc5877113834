import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { isNonBlankText } from '../../src/validation/non-blank-text.js';
import { nonBlankTextSchema } from '../../src/validation/non-blank-text-schema.js';

describe('isNonBlankText', () => {
  it('accepts a text with something besides spaces', () => {
    expect(isNonBlankText('Huyện ủy Hương Khê')).toBe(true);
    expect(isNonBlankText('  x  ')).toBe(true);
  });

  it('refuses empty, space-only and zero-width-only strings, and non-strings', () => {
    for (const blank of ['', ' ', '   ', '\t\n', '\u00a0\u3000', '\u200b', ' \ufeff ']) {
      expect(isNonBlankText(blank)).toBe(false);
    }
    for (const x of [null, undefined, 0, ['x'], { x: 1 }]) expect(isNonBlankText(x)).toBe(false);
  });

  it('agrees with "has a character that trim() and zero-width removal leave"', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        const stripped = s.replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/g, '').trim();
        // trim() knows every Unicode space chitieu does, except U+0085 (NEL), which it keeps
        if (!s.includes('\u0085')) expect(isNonBlankText(s)).toBe(stripped !== '');
      }),
    );
  });
});

describe('nonBlankTextSchema', () => {
  it('refuses blank text and text past its length', () => {
    const schema = nonBlankTextSchema(5);
    expect(z.parse(schema, 'xã')).toBe('xã');
    expect(z.safeParse(schema, '   ').success).toBe(false);
    expect(z.safeParse(schema, '123456').success).toBe(false);
  });
});
