import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenizeTarget } from '../../src/targets/tokenize-target.js';

function kinds(text: string): string[] {
  return tokenizeTarget(text).map((t) => `${t.kind}:${t.text}`);
}

describe('tokenizeTarget', () => {
  it('cuts "Phấn đấu kết nạp trên 150 đảng viên" into lower-cased words and a number', () => {
    expect(kinds('Phấn đấu kết nạp trên 150 đảng viên')).toEqual([
      'word:phấn',
      'word:đấu',
      'word:kết',
      'word:nạp',
      'word:trên',
      'number:150',
      'word:đảng',
      'word:viên',
    ]);
  });

  it('keeps Vietnamese notation in one number token: "3.200", "51,5", "1.234,5", "1,2,3"', () => {
    expect(kinds('3.200 51,5 1.234,5 1,2,3')).toEqual([
      'number:3.200',
      'number:51,5',
      'number:1.234,5',
      'number:1,2,3',
    ]);
  });

  it('ends a number at a "." or "," that no digit follows', () => {
    expect(kinds('150. 13%, 2')).toEqual([
      'number:150',
      'stop:.',
      'number:13',
      'percent:%',
      'stop:,',
      'number:2',
    ]);
  });

  it('reads ranges, comparison signs, slashes and quotes', () => {
    expect(kinds('12–13% ≥ >= > ≤ <= < = ≈ ~ ⩾ ⩽')).toEqual([
      'number:12',
      'dash:-',
      'number:13',
      'percent:%',
      'compare:≥',
      'compare:≥',
      'compare:>',
      'compare:≤',
      'compare:≤',
      'compare:<',
      'compare:=',
      'compare:≈',
      'compare:≈',
      'compare:≥',
      'compare:≤',
    ]);
    expect(kinds('triệu đồng/người “Tốt”')).toEqual([
      'word:triệu',
      'word:đồng',
      'slash:/',
      'word:người',
      'quote:“',
      'word:tốt',
      'quote:”',
    ]);
  });

  it('reads a sign where a figure may start, and a dash after a figure', () => {
    expect(kinds('đạt -2')).toEqual(['word:đạt', 'number:-2']);
    expect(kinds('đạt −2')).toEqual(['word:đạt', 'number:−2']);
    expect(kinds('12-13')).toEqual(['number:12', 'dash:-', 'number:13']);
    expect(kinds('12 -13')).toEqual(['number:12', 'dash:-', 'number:13']);
    expect(kinds('-3–-1')).toEqual(['number:-3', 'dash:-', 'number:-1']);
  });

  it('keeps names with digits in one word: "COVID-19", "CO2"', () => {
    expect(kinds('COVID-19 CO2 trên150')).toEqual([
      'word:covid-19',
      'word:co2',
      'word:trên',
      'number:150',
    ]);
  });

  describe('edge cases', () => {
    it('returns no tokens for empty or blank text', () => {
      expect(tokenizeTarget('')).toEqual([]);
      expect(tokenizeTarget(' \t\n\u00a0\u3000')).toEqual([]);
    });

    it('skips every kind of white space and zero-width character, and no control character but tab to carriage return', () => {
      for (const space of [
        '\t',
        '\r',
        '\u2000',
        '\u200a',
        '\u200b',
        '\u2028',
        '\u2029',
        '\u202f',
        '\u205f',
        '\u3000',
        '\ufeff',
      ]) {
        expect(tokenizeTarget(`a${space}b`).map((t) => t.text)).toEqual(['a', 'b']);
      }
      expect(kinds('\u0001\u0008')).toEqual(['stop:\u0001', 'stop:\u0008']);
    });

    it('reads ASCII letters, and from "À" up everything but symbol and punctuation blocks', () => {
      expect(kinds('a z A Z À')).toEqual(['word:a', 'word:z', 'word:a', 'word:z', 'word:à']);
      expect(kinds('中文 ⺀ ぁ ﬀ \ufe70')).toEqual([
        'word:中文',
        'word:⺀',
        'word:ぁ',
        'word:ﬀ',
        'word:\ufe70',
      ]);
      expect(kinds('a×b÷c')).toEqual(['word:a', 'stop:×', 'word:b', 'stop:÷', 'word:c']);
      expect(kinds('\u2bff\u2e00\u2e7f\u3001\u303f\udfff\ufe00\ufe6f')).toEqual([
        'stop:\u2bff',
        'stop:\u2e00',
        'stop:\u2e7f',
        'stop:\u3001',
        'stop:\u303f',
        'stop:\udfff',
        'stop:\ufe00',
        'stop:\ufe6f',
      ]);
    });

    it('reads every hyphen and minus between figures as a dash, and "+" as a sign', () => {
      expect(kinds('12\u201013 12\u201513 12−13')).toEqual([
        'number:12',
        'dash:-',
        'number:13',
        'number:12',
        'dash:-',
        'number:13',
        'number:12',
        'dash:-',
        'number:13',
      ]);
      expect(kinds('đạt +2')).toEqual(['word:đạt', 'number:+2']);
    });

    it('reads no sign after a percentage or inside a word', () => {
      expect(kinds('12%-13%')).toEqual([
        'number:12',
        'percent:%',
        'dash:-',
        'number:13',
        'percent:%',
      ]);
      expect(kinds('trên-5')).toEqual(['word:trên', 'dash:-', 'number:5']);
    });

    it('glues a hyphen to a name only when digits follow it', () => {
      expect(kinds('COVID- 19')).toEqual(['word:covid', 'dash:-', 'number:19']);
      expect(kinds('COVID-x')).toEqual(['word:covid', 'dash:-', 'word:x']);
    });

    it('reads every quotation mark', () => {
      expect(kinds('"a" \'b\' «c» ‘d‟')).toEqual([
        'quote:"',
        'word:a',
        'quote:"',
        "quote:'",
        'word:b',
        "quote:'",
        'quote:«',
        'word:c',
        'quote:»',
        'quote:‘',
        'word:d',
        'quote:‟',
      ]);
    });

    it('lower-cases a letter whose lower case is longer ("İ") without shifting later words', () => {
      expect(kinds('İ trên 150')).toEqual(['word:i\u0307', 'word:trên', 'number:150']);
      expect(tokenizeTarget('İ trên 150')[1]).toMatchObject({ start: 2, end: 6 });
    });

    it('keeps combining marks inside the word', () => {
      expect(kinds('tre\u0302n')).toEqual(['word:tre\u0302n']);
    });

    it('treats lone surrogates and other marks as clause stops', () => {
      expect(kinds('\ud800;')).toEqual(['stop:\ud800', 'stop:;']);
    });

    it('records where each token sits in the text', () => {
      const [first, second] = tokenizeTarget('  trên 150');
      expect(first).toMatchObject({ start: 2, end: 6 });
      expect(second).toMatchObject({ start: 7, end: 10 });
    });

    it('covers every character exactly once, in order (property)', () => {
      fc.assert(
        fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), (text) => {
          let last = 0;
          for (const token of tokenizeTarget(text)) {
            expect(token.start).toBeGreaterThanOrEqual(last);
            expect(token.end).toBeGreaterThan(token.start);
            expect(text.slice(last, token.start).trim()).toBe('');
            last = token.end;
          }
          expect(text.slice(last).trim()).toBe('');
        }),
      );
    });
  });

  it('does not mutate its input', () => {
    const text = 'trên 150';
    tokenizeTarget(text);
    expect(text).toBe('trên 150');
  });
});
