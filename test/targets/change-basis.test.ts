import { describe, expect, it } from 'vitest';
import { changeBasis } from '../../src/targets/change-basis.js';

describe('changeBasis', () => {
  it('a "%" change of a rate is in percentage points (tỷ lệ hộ nghèo giảm 1,02%)', () => {
    expect(changeBasis(true, '%', 'rate', false)).toBe('points');
    expect(changeBasis(true, '%', 'rate', true)).toBe('points');
  });

  it('a "%" change of a count or an amount is in percent of the baseline', () => {
    expect(changeBasis(true, '%', 'count', false)).toBe('percent');
    expect(changeBasis(true, '%', 'amount', true)).toBe('percent');
  });

  it('with no measure, "so với …" makes a "%" change percent, and its absence points', () => {
    expect(changeBasis(true, '%', undefined, true)).toBe('percent');
    expect(changeBasis(true, '%', undefined, false)).toBe('points');
  });

  it('a change in units is absolute', () => {
    expect(changeBasis(false, 'xã', undefined, false)).toBe('absolute');
    expect(changeBasis(false, 'xã', 'count', true)).toBe('absolute');
    expect(changeBasis(false, null, 'amount', false)).toBe('absolute');
  });

  describe('edge cases', () => {
    it('"điểm phần trăm" and "điểm %" are points whatever the measure', () => {
      expect(changeBasis(false, 'điểm phần trăm', 'amount', true)).toBe('points');
      expect(changeBasis(false, 'Điểm %', undefined, false)).toBe('points');
    });

    it('a unitless change of a rate is in points', () => {
      expect(changeBasis(false, null, 'rate', false)).toBe('points');
      expect(changeBasis(false, 'xã', 'rate', false)).toBe('absolute');
    });
  });

  it('does not mutate its input', () => {
    const unit = '%';
    changeBasis(true, unit, 'rate', false);
    expect(unit).toBe('%');
  });
});
