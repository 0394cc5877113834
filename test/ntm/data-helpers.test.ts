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

describe('freezeSet on data not yet frozen', () => {
  it('freezes every object and list inside, but not Decimals', () => {
    const value = new Decimal('45');
    const data = {
      id: 'x',
      criteria: [{ number: 1, indicators: [{ threshold: { kind: 'at-least', value } }] }],
    };
    expect(freezeSet(data as never)).toBe(data);
    const indicator = data.criteria[0]?.indicators[0];
    for (const part of [data, data.criteria, data.criteria[0], indicator, indicator?.threshold]) {
      expect(Object.isFrozen(part)).toBe(true);
    }
    expect(Object.isFrozen(value)).toBe(false);
    expect(value.plus(1).toString()).toBe('46');
  });
});
