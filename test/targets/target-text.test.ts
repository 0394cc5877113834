import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collapseSpace, spanText, trimClause } from '../../src/targets/target-text.js';
import { tokenizeTarget } from '../../src/targets/tokenize-target.js';

describe('collapseSpace', () => {
  it('turns runs of white space into one space and trims', () => {
    expect(collapseSpace('  Phấn   đấu\tkết\u00a0nạp  ')).toBe('Phấn đấu kết nạp');
  });

  it('returns clean text unchanged', () => {
    expect(collapseSpace('đảng viên')).toBe('đảng viên');
  });

  describe('edge cases', () => {
    it('handles empty and blank text', () => {
      expect(collapseSpace('')).toBe('');
      expect(collapseSpace('   ')).toBe('');
    });

    it('collapses every white space JavaScript knows, alone or between words', () => {
      const spaces = [
        '\t',
        '\r',
        '\u1680',
        '\u2000',
        '\u2005',
        '\u200a',
        '\u2028',
        '\u2029',
        '\u202f',
        '\u205f',
        '\u3000',
        '\u00a0',
      ];
      for (const space of spaces) {
        expect(collapseSpace(`a${space}b`)).toBe('a b');
        expect(collapseSpace(space)).toBe('');
      }
      expect(collapseSpace('a\u200bb')).toBe('a\u200bb');
    });

    it('agrees with the regular expression it replaces (property)', () => {
      fc.assert(
        fc.property(
          fc.string({
            unit: fc.constantFrom('a', 'ả', ' ', '\t', '\u00a0', '\u3000', '“'),
            maxLength: 40,
          }),
          (text) => {
            expect(collapseSpace(text)).toBe(text.replace(/\s+/g, ' ').trim());
          },
        ),
      );
    });
  });

  it('does not mutate its input', () => {
    const text = ' a  b ';
    collapseSpace(text);
    expect(text).toBe(' a  b ');
  });
});

describe('trimClause and spanText', () => {
  it('trims clause punctuation and gives null for nothing', () => {
    expect(trimClause(' Chỉ tiêu: ')).toBe('Chỉ tiêu');
    expect(trimClause(', trong năm 2022.')).toBe('trong năm 2022');
    expect(trimClause(' ;, ')).toBeNull();
  });

  it('keeps quotation marks and brackets', () => {
    expect(trimClause('“Hoàn thành tốt nhiệm vụ”')).toBe('“Hoàn thành tốt nhiệm vụ”');
    expect(trimClause('(kế hoạch)')).toBe('(kế hoạch)');
  });

  it('cuts the original text of a token span', () => {
    const source = 'kết   nạp trên 150';
    const tokens = tokenizeTarget(source);
    expect(spanText(source, tokens, 0, 2)).toBe('kết   nạp');
    expect(spanText(source, tokens, 2, 2)).toBe('');
  });
});
