import { describe, expect, it } from 'vitest';
import {
  choiceOption,
  flagOption,
  type OptionRecord,
  readOptions,
  textOption,
} from '../../src/report/report-options.js';

describe('readOptions', () => {
  it('takes an options object, and nothing as no options', () => {
    const o = { noun: 'tiêu chí' };
    expect(readOptions(o)).toBe(o);
    expect(readOptions(undefined)).toEqual({});
  });

  describe('edge cases', () => {
    it('refuses anything else at options', () => {
      for (const bad of [null, 'x', 5, true, [], () => 1, Symbol('x')]) {
        expect(() => readOptions(bad)).toThrow(
          expect.objectContaining({ code: 'invalid-argument', path: ['options'] }),
        );
      }
      expect(() => readOptions(null)).toThrowErrorMatchingInlineSnapshot(
        `[ChitieuError: [chitieu] Invalid argument at options: expected an options object or nothing; received null]`,
      );
    });
  });
});

describe('the option readers', () => {
  it('read each kind of option, trimmed text and defaults included', () => {
    const o: OptionRecord = {
      noun: ' tiêu chí ',
      flag: false,
      order: 'exceeded-first',
      decimals: 2,
      rounding: 'ceil',
    };
    expect(textOption(o, 'noun')).toBe('tiêu chí');
    expect(textOption(o, 'missing')).toBeUndefined();
    expect(flagOption(o, 'flag')).toBe(false);
    expect(flagOption(o, 'missing')).toBeUndefined();
    expect(choiceOption(o, 'order', ['met-first', 'exceeded-first'], 'met-first')).toBe(
      'exceeded-first',
    );
    expect(choiceOption({}, 'order', ['met-first', 'exceeded-first'], 'met-first')).toBe(
      'met-first',
    );
  });

  describe('edge cases', () => {
    it('refuse a bad value at options.<name>', () => {
      const cases: readonly (readonly [() => unknown, string])[] = [
        [() => textOption({ noun: ' ' }, 'noun'), 'noun'],
        [() => textOption({ noun: 5 }, 'noun'), 'noun'],
        [() => flagOption({ flag: 'true' }, 'flag'), 'flag'],
        [() => flagOption({ flag: null }, 'flag'), 'flag'],
        [() => choiceOption({ order: 'x' }, 'order', ['a'], 'a'), 'order'],
        [() => choiceOption({ order: '__proto__' }, 'order', ['a'], 'a'), 'order'],
      ];
      for (const [run, key] of cases) {
        expect(run).toThrow(
          expect.objectContaining({ code: 'invalid-argument', path: ['options', key] }),
        );
      }
    });
  });

  it('does not mutate its input', () => {
    const o = Object.freeze({ noun: ' x ' });
    expect(textOption(o, 'noun')).toBe('x');
    expect(o.noun).toBe(' x ');
  });
});
