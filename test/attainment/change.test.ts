import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { type ChangeOptions, change } from '../../src/attainment/change.js';
import { changeSchema } from '../../src/attainment/change-schema.js';
import { Decimal } from '../../src/numeric/decimal.js';
import { caught } from '../support/caught.js';
import { decimalArb } from './arbitraries.js';

describe('change', () => {
  it('169 admissions in 2021 against 48 in 2020 is "tăng 121 đảng viên"', () => {
    const c = change(169, 48);
    expect(c.absolute.toString()).toBe('121');
    expect(c.direction).toBe('increase');
    expect(c.unit).toBe('units');
    expect(c.relative?.toFixed(2)).toBe('252.08');
  });

  it('"Tỷ lệ hộ nghèo còn 3,96%, giảm 1,02%": −1,02 percentage points from 4,98%', () => {
    const c = change('3.96', '4.98', { measure: 'rate' });
    expect(c.absolute.toString()).toBe('-1.02');
    expect(c.unit).toBe('points');
    expect(c.direction).toBe('decrease');
    expect(c.measure).toBe('rate');
    // the rate itself fell by a fifth
    expect(c.relative?.toFixed(2)).toBe('-20.48');
  });

  it('no change is "unchanged", with zero changes', () => {
    const c = change(381, 381);
    expect(c.direction).toBe('unchanged');
    expect(c.absolute.toString()).toBe('0');
    expect(c.relative?.toString()).toBe('0');
  });

  it('carries its inputs', () => {
    const c = change(381, '362', { measure: 'count' });
    expect(c.current.toString()).toBe('381');
    expect(c.previous.toString()).toBe('362');
    expect(c.measure).toBe('count');
    expect(change(1, 2).measure).toBeNull();
  });

  describe('edge cases', () => {
    it('from 0 the relative change is null, never Infinity', () => {
      const c = change(5, 0);
      expect(c.relative).toBeNull();
      expect(c.absolute.toString()).toBe('5');
    });

    it('keeps the sign of the change in the relative change for a negative previous figure', () => {
      const c = change(-5, -10);
      expect(c.direction).toBe('increase');
      expect(c.relative?.toString()).toBe('50');
    });

    it('never returns a negative zero', () => {
      expect(change('-0', 0).absolute.isNegative()).toBe(false);
      expect(change(-3, -3).relative?.isNegative()).toBe(false);
      expect(change(-3, -3).absolute.isNegative()).toBe(false);
    });

    it('an unchanged figure, of either sign, has an unsigned zero change', () => {
      fc.assert(
        fc.property(decimalArb, (x) => {
          const c = change(x, x);
          expect(c.absolute.isZero() && !c.absolute.isNegative()).toBe(true);
          expect(c.direction).toBe('unchanged');
        }),
      );
    });

    it('rejects bad figures with their paths, and unknown measures', () => {
      expect(caught(() => change(Number.NaN, 1)).path).toEqual(['current']);
      expect(caught(() => change(1, '4,98')).path).toEqual(['previous']);
      const bad = caught(() => change(1, 2, { measure: 'percent' } as unknown as ChangeOptions));
      expect(bad.code).toBe('invalid-argument');
      expect(bad.path).toEqual(['options', 'measure']);
      expect(() =>
        change(1, 2, { measure: 'percent' } as unknown as ChangeOptions),
      ).toThrowErrorMatchingInlineSnapshot(
        `[ChitieuError: [chitieu] Invalid argument at options.measure: expected one of 'count', 'amount', 'rate'; received "percent"]`,
      );
    });
  });

  it('does not mutate its input', () => {
    const previous = new Decimal('4.98');
    const options = Object.freeze({ measure: 'rate' } as const);
    change('3.96', previous, options);
    expect(previous.toString()).toBe('4.98');
    expect(options).toEqual({ measure: 'rate' });
  });

  describe('laws', () => {
    it('change(a, b).absolute = −change(b, a).absolute', () => {
      fc.assert(
        fc.property(decimalArb, decimalArb, (a, b) => {
          expect(change(a, b).absolute.eq(change(b, a).absolute.neg())).toBe(true);
        }),
      );
    });

    it('previous + absolute = current, and the direction is the sign of the change', () => {
      fc.assert(
        fc.property(decimalArb, decimalArb, (a, b) => {
          const c = change(a, b);
          expect(b.plus(c.absolute).eq(a)).toBe(true);
          const sign = c.absolute.isZero() ? 0 : c.absolute.isPositive() ? 1 : -1;
          expect(c.direction).toBe(['decrease', 'unchanged', 'increase'][sign + 1]);
          if (c.relative !== null && !c.relative.isZero()) {
            expect(c.relative.isPositive()).toBe(sign > 0);
          }
        }),
      );
    });

    it('every result comes back equal through JSON and changeSchema', () => {
      fc.assert(
        fc.property(
          decimalArb,
          decimalArb,
          fc.constantFrom(undefined, 'count', 'amount', 'rate'),
          (a, b, measure) => {
            const c = change(a, b, measure === undefined ? {} : { measure });
            expect(z.parse(changeSchema, JSON.parse(JSON.stringify(c)))).toEqual(c);
          },
        ),
      );
    });
  });
});
