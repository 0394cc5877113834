import { Decimal as OtherDecimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { checkedTarget } from '../../src/attainment/checked-target.js';
import { Decimal } from '../../src/numeric/decimal.js';
import type { Target, TargetInput } from '../../src/targets/target-schema.js';
import { caught } from '../support/caught.js';

describe('checkedTarget', () => {
  it('returns a well-formed target itself, without copying', () => {
    const t: Target = {
      kind: 'change',
      direction: 'decrease',
      by: { kind: 'range', min: new Decimal(1), max: new Decimal('1.5') },
      basis: 'points',
    };
    expect(checkedTarget(t)).toBe(t);
  });

  it('reads numbers, numeric strings and foreign Decimals into chitieu Decimals', () => {
    const t = checkedTarget({ kind: 'range', min: 12, max: '13' });
    expect(t).toEqual({ kind: 'range', min: new Decimal(12), max: new Decimal(13) });
    const foreign = checkedTarget({
      kind: 'exact',
      value: new OtherDecimal(72) as unknown as Decimal,
    });
    expect((foreign as { value: Decimal }).value).toBeInstanceOf(Decimal);
  });

  describe('edge cases', () => {
    it('rejects a range whose min is above its max at ["target", "max"]', () => {
      const e = caught(() =>
        checkedTarget({ kind: 'range', min: new Decimal(13), max: new Decimal(12) }),
      );
      expect(e.code).toBe('invalid-target');
      expect(e.path).toEqual(['target', 'max']);
    });

    it('rejects unknown kinds, a missing strict flag, NaN values and non-objects', () => {
      const bad: unknown[] = [
        { kind: 'over', value: 1 },
        { kind: 'at-least', value: new Decimal(1) },
        { kind: 'exact', value: new Decimal(Number.NaN) },
        { kind: 'change', direction: 'up', by: { kind: 'exact', value: 1 }, basis: 'points' },
        'trên 150',
        null,
      ];
      for (const t of bad) {
        expect(caught(() => checkedTarget(t as TargetInput)).code).toBe('invalid-target');
      }
    });

    it('uses the path it is given', () => {
      expect(caught(() => checkedTarget({ kind: 'exact', value: 'x' }, ['items', 2])).path).toEqual(
        ['items', 2, 'value'],
      );
    });
  });

  it('does not mutate its input', () => {
    const t = Object.freeze({ kind: 'exact', value: 72 } as const);
    checkedTarget(t);
    expect(t.value).toBe(72);
  });
});
