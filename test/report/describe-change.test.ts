import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { change } from '../../src/attainment/change.js';
import type { Change } from '../../src/attainment/change-schema.js';
import { parseChange } from '../../src/attainment/parse-change.js';
import { ChitieuError } from '../../src/errors.js';
import { parseViNumber } from '../../src/notation/parse-vi-number.js';
import { type DescribeChangeOptions, describeChange } from '../../src/report/describe-change.js';

describe('describeChange', () => {
  it('says "tăng 121 đảng viên so với năm 2020"', () => {
    expect(describeChange(change(169, 48), { unit: 'đảng viên', since: 'năm 2020' })).toBe(
      'tăng 121 đảng viên so với năm 2020',
    );
  });

  it('says "tăng 19 tiêu chí so với năm 2020" (381 against 362)', () => {
    expect(describeChange(change(381, 362), { unit: 'tiêu chí', since: 'năm 2020' })).toBe(
      'tăng 19 tiêu chí so với năm 2020',
    );
  });

  it('says a rate change in points with "%", the Vietnamese convention: "giảm 1,02%"', () => {
    const c = change('3.96', '4.98', { measure: 'rate' });
    expect(describeChange(c)).toBe('giảm 1,02%');
    expect(describeChange(c, { unit: 'hộ' })).toBe('giảm 1,02%');
    expect(describeChange(c, { pointsWord: true })).toBe('giảm 1,02 điểm phần trăm');
  });

  it('says the relative change in percent when asked: 48 → 169 is 252,08…%', () => {
    // the house rule: 1 decimal, truncated (252,0 prints "252")
    expect(describeChange(change(169, 48), { relative: true })).toBe('tăng 252%');
    expect(describeChange(change(169, 48), { relative: true, rounding: 'half-up' })).toBe(
      'tăng 252,1%',
    );
    expect(describeChange(change(169, 48), { relative: true, decimals: 0 })).toBe('tăng 252%');
  });

  it('says "không thay đổi" when nothing moved', () => {
    expect(describeChange(change(5, 5))).toBe('không thay đổi');
    expect(describeChange(change(5, 5), { since: 'năm 2020' })).toBe(
      'không thay đổi so với năm 2020',
    );
  });

  it('rounds only when asked, with the named rounding', () => {
    const c = change('49.22', '46.3');
    expect(describeChange(c, { unit: 'triệu đồng/người/năm' })).toBe(
      'tăng 2,92 triệu đồng/người/năm',
    );
    expect(describeChange(c, { decimals: 1 })).toBe('tăng 2,9');
    expect(describeChange(c, { decimals: 1, rounding: 'ceil' })).toBe('tăng 3');
  });

  it('prints the size of the change, with the word from its sign', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -(10 ** 9), max: 10 ** 9 }),
        fc.integer({ min: 0, max: 10 ** 9 }),
        (d, b) => {
          const text = describeChange(change(b + d, b));
          if (d === 0) expect(text).toBe('không thay đổi');
          else {
            const [word, figure] = text.split(' ');
            expect(word).toBe(d > 0 ? 'tăng' : 'giảm');
            expect(parseViNumber(figure ?? '').toNumber()).toBe(Math.abs(d));
          }
        },
      ),
    );
  });

  describe('edge cases', () => {
    it('takes a change that came back from JSON (numbers as strings) once parseChange read it', () => {
      const json = JSON.parse(JSON.stringify(change(3365, 3268))) as Change;
      expect(() => describeChange(json)).toThrow(
        expect.objectContaining({ code: 'invalid-argument', path: ['change'] }),
      );
      expect(describeChange(parseChange(json), { unit: 'mô hình' })).toBe('tăng 97 mô hình');
    });

    it('glues "%" to a figure whose unit is "%"', () => {
      expect(describeChange(change(15.3, 12.1), { unit: '%' })).toBe('tăng 3,2%');
    });

    it('cannot say a relative change from 0', () => {
      expect(() =>
        describeChange(change(5, 0), { relative: true }),
      ).toThrowErrorMatchingInlineSnapshot(
        `[ChitieuError: [chitieu] Division by zero at change.previous: expected a previous figure other than 0 to say the change in percent; received 0]`,
      );
    });

    it('rejects a malformed change and bad options', () => {
      expect(() => describeChange(null as unknown as Change)).toThrow(ChitieuError);
      expect(() => describeChange({ ...change(1, 2), absolute: 'x' } as unknown as Change)).toThrow(
        ChitieuError,
      );
      expect(() => describeChange(change(1, 2), { since: '' })).toThrow(ChitieuError);
      expect(() => describeChange(change(1, 2), { decimals: -1 } as DescribeChangeOptions)).toThrow(
        ChitieuError,
      );
    });

    it('refuses a malformed change at change; parseChange reports every bad field', () => {
      expect(() =>
        describeChange({ ...change(1, 2), absolute: 'x', direction: 'up' } as unknown as Change),
      ).toThrow(expect.objectContaining({ code: 'invalid-argument', path: ['change'] }));
      try {
        parseChange({ ...change(1, 2), absolute: 'x', direction: 'up' });
        expect.unreachable();
      } catch (error) {
        expect((error as ChitieuError).code).toBe('invalid-argument');
        expect((error as ChitieuError).path).toEqual(['absolute']);
        expect((error as ChitieuError).details.issues?.map((i) => i.path)).toEqual([
          ['absolute'],
          ['direction'],
        ]);
      }
      expect(() => parseChange({ absolute: 5 })).toThrow(
        expect.objectContaining({ code: 'invalid-argument', path: ['relative'] }),
      );
    });

    it('reports bad options under options.*, whatever the change (a rate, or no change at all)', () => {
      const cases: readonly (readonly [unknown, readonly string[]])[] = [
        [null, ['options']],
        [5, ['options']],
        [{ unit: 5 }, ['options', 'unit']],
        [{ unit: {} }, ['options', 'unit']],
        [{ unit: '' }, ['options', 'unit']],
        [{ since: 2020 }, ['options', 'since']],
        [{ decimals: 1.5 }, ['options', 'decimals']],
        [{ rounding: 'round' }, ['options', 'rounding']],
        [{ pointsWord: 'yes' }, ['options', 'pointsWord']],
        [{ relative: 1 }, ['options', 'relative']],
      ];
      for (const c of [
        change(169, 48),
        change('3.96', '4.98', { measure: 'rate' }),
        change(5, 5),
      ]) {
        for (const [options, path] of cases) {
          expect(() => describeChange(c, options as DescribeChangeOptions)).toThrow(
            expect.objectContaining({ code: 'invalid-argument', path }),
          );
        }
      }
      expect(describeChange(change(169, 48), { unit: null })).toBe('tăng 121');
    });
  });

  it('does not mutate its input', () => {
    const c = change(169, 48);
    const before = JSON.stringify(c);
    describeChange(c, { unit: 'đảng viên' });
    expect(JSON.stringify(c)).toBe(before);
  });
});
