import { describe, expect, it } from 'vitest';
import { changeSize } from '../../src/attainment/change-size.js';
import { ChitieuError } from '../../src/errors.js';
import { Decimal } from '../../src/numeric/decimal.js';
import type { Target } from '../../src/targets/target-schema.js';

type ChangeTarget = Extract<Target, { kind: 'change' }>;
const d = (x: number | string): Decimal => new Decimal(x);
const target = (
  direction: 'increase' | 'decrease',
  basis: 'absolute' | 'points' | 'percent',
): ChangeTarget => ({ kind: 'change', direction, by: { kind: 'exact', value: d(1) }, basis });

describe('changeSize', () => {
  it('a decrease of the poverty rate from 4,98 to 3,96 is 1,02 points', () => {
    expect(changeSize(d('3.96'), d('4.98'), target('decrease', 'points')).toString()).toBe('1.02');
  });

  it('an increase is actual − baseline; in percent it is taken of the baseline', () => {
    expect(changeSize(d(12), d(10), target('increase', 'absolute')).toString()).toBe('2');
    expect(changeSize(d(222), d(200), target('increase', 'percent')).toString()).toBe('11');
    expect(changeSize(d(180), d(200), target('decrease', 'percent')).toString()).toBe('10');
  });

  describe('edge cases', () => {
    it('a move the other way is negative; no move is an unsigned 0', () => {
      expect(changeSize(d('5.2'), d('4.98'), target('decrease', 'points')).toString()).toBe(
        '-0.22',
      );
      expect(changeSize(d(5), d(5), target('decrease', 'points')).isNegative()).toBe(false);
    });

    it('a percent change from a negative baseline keeps the sign of the move', () => {
      expect(changeSize(d(-5), d(-10), target('increase', 'percent')).toString()).toBe('50');
    });

    it('throws missing-baseline without a baseline, division-by-zero from 0 in percent', () => {
      expect(() => changeSize(d(1), null, target('increase', 'absolute'))).toThrow(ChitieuError);
      expect(() =>
        changeSize(d(1), d(0), target('increase', 'percent')),
      ).toThrowErrorMatchingInlineSnapshot(
        `[ChitieuError: [chitieu] Division by zero at options.baseline: expected a non-zero baseline for a change in percent; received 0]`,
      );
      expect(changeSize(d(1), d(0), target('increase', 'absolute')).toString()).toBe('1');
    });

    it('asks for the baseline in the words of the target: "giảm … so với …", "tăng … so với …"', () => {
      expect(() =>
        changeSize(d(1), null, target('decrease', 'points')),
      ).toThrowErrorMatchingInlineSnapshot(
        `[ChitieuError: [chitieu] Missing baseline (số liệu kỳ gốc) at options.baseline: expected a baseline (số liệu kỳ gốc) to measure the decrease from ("giảm … so với …")]`,
      );
      expect(() =>
        changeSize(d(1), null, target('increase', 'absolute')),
      ).toThrowErrorMatchingInlineSnapshot(
        `[ChitieuError: [chitieu] Missing baseline (số liệu kỳ gốc) at options.baseline: expected a baseline (số liệu kỳ gốc) to measure the increase from ("tăng … so với …")]`,
      );
    });
  });

  it('does not mutate its input', () => {
    const t = Object.freeze(target('decrease', 'points'));
    changeSize(d(1), d(2), t);
    expect(t.direction).toBe('decrease');
  });
});
