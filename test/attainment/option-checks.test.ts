import { describe, expect, it } from 'vitest';
import {
  checkMeasure,
  checkOptionsObject,
  checkTolerance,
  MEASURES,
} from '../../src/attainment/option-checks.js';
import { Decimal } from '../../src/numeric/decimal.js';
import type { Target } from '../../src/targets/target-schema.js';
import { caught } from '../support/caught.js';

const fallback = new Decimal('0.05');
const points: Target = {
  kind: 'change',
  direction: 'decrease',
  by: { kind: 'exact', value: new Decimal(1) },
  basis: 'points',
};

describe('option checks', () => {
  it('checkTolerance converts and defaults', () => {
    expect(checkTolerance('0.1', fallback, []).toString()).toBe('0.1');
    expect(checkTolerance(undefined, fallback, [])).toBe(fallback);
  });

  it('checkMeasure accepts a rate for a change in points, and any measure otherwise', () => {
    expect(checkMeasure('rate', points, [])).toBe('rate');
    expect(checkMeasure(undefined, points, [])).toBeNull();
    expect(MEASURES).toEqual(['count', 'amount', 'rate']);
  });

  describe('edge cases', () => {
    it('names the bad option', () => {
      expect(caught(() => checkTolerance(-1, fallback, ['t'])).path).toEqual(['t']);
      expect(caught(() => checkTolerance(Number.NaN, fallback, ['t'])).code).toBe('invalid-number');
      expect(caught(() => checkMeasure('count', points, ['m'])).code).toBe('unit-mismatch');
      expect(caught(() => checkOptionsObject('x')).path).toEqual(['options']);
      expect(() => checkOptionsObject(undefined)).not.toThrow();
    });

    it('says what it expected of each option', () => {
      expect(() => checkOptionsObject(42)).toThrowErrorMatchingInlineSnapshot(
        `[ChitieuError: [chitieu] Invalid argument at options: expected an options object or nothing; received 42]`,
      );
      expect(() =>
        checkTolerance('-0.05', fallback, ['options', 'tolerance']),
      ).toThrowErrorMatchingInlineSnapshot(
        `[ChitieuError: [chitieu] Invalid argument at options.tolerance: expected a relative tolerance that is not negative (0.05 = ±5 %); received "-0.05"]`,
      );
      expect(() =>
        checkMeasure('amount', points, ['options', 'measure']),
      ).toThrowErrorMatchingInlineSnapshot(
        `[ChitieuError: [chitieu] Unit mismatch (đơn vị tính) at options.measure: expected measure 'rate' for a change in percentage points (điểm phần trăm); received "amount"]`,
      );
    });

    it('checkMeasure takes any measure for a target not in points', () => {
      const percent: Target = { ...points, basis: 'percent' };
      const level: Target = { kind: 'at-most', value: new Decimal(4), strict: true };
      for (const measure of MEASURES) {
        expect(checkMeasure(measure, percent, [])).toBe(measure);
        expect(checkMeasure(measure, level, [])).toBe(measure);
      }
    });
  });
});
