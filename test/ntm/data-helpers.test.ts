import { describe, expect, it } from 'vitest';
import { atLeast, criterion, freezeSet } from '../../src/ntm/data-helpers.js';
import { ntmCommune2016 } from '../../src/ntm/ntm-commune-2016.js';
import { Decimal } from '../../src/numeric/decimal.js';

describe('data helpers (internal)', () => {
  it('atLeast is "X trở lên": at least X, not strict, exact', () => {
    const t = atLeast('45');
    expect(t).toMatchObject({ kind: 'at-least', strict: false });
    expect(t.kind === 'at-least' && t.value).toBeInstanceOf(Decimal);
  });

  it('criterion builds a criterion without sub-indicators', () => {
    expect(criterion(1, 'planning', 'Quy hoạch', 'Quy hoạch', true)).toEqual({
      number: 1,
      id: 'planning',
      name: 'Quy hoạch',
      group: 'Quy hoạch',
      verified: true,
    });
  });

  describe('edge cases', () => {
    it('freezeSet freezes deeply but leaves Decimals working', () => {
      expect(freezeSet(ntmCommune2016)).toBe(ntmCommune2016);
      const t = ntmCommune2016.criteria[9]?.indicators?.[0]?.threshold;
      expect(Object.isFrozen(t)).toBe(true);
      expect(t?.kind === 'at-least' && t.value.plus(1).toString()).toBe('46');
    });
  });
});
