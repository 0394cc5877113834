import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { Decimal } from '../../src/numeric/decimal.js';
import { levelTargetSchema, targetSchema } from '../../src/targets/target-schema.js';

describe('targetSchema', () => {
  it('reads every kind from JSON, numbers as Decimals', () => {
    const inputs = [
      { kind: 'at-least', value: 150, strict: true },
      { kind: 'at-most', value: '4', strict: false },
      { kind: 'exact', value: 72 },
      { kind: 'range', min: '12', max: '13' },
      { kind: 'approximately', value: 3200 },
      {
        kind: 'change',
        direction: 'decrease',
        by: { kind: 'range', min: 1, max: '1.5' },
        basis: 'points',
      },
    ];
    for (const input of inputs) {
      const t = z.parse(targetSchema, input);
      expect(t.kind).toBe(input.kind);
    }
    const t = z.parse(targetSchema, inputs[0]);
    expect(t.kind === 'at-least' && t.value).toBeInstanceOf(Decimal);
  });

  describe('edge cases', () => {
    it('rejects a range whose min is above its max, at max', () => {
      const result = z.safeParse(targetSchema, { kind: 'range', min: 13, max: 12 });
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]?.path).toEqual(['max']);
    });

    it('accepts a range of one value', () => {
      expect(z.safeParse(targetSchema, { kind: 'range', min: 12, max: 12 }).success).toBe(true);
    });

    it('levelTargetSchema rejects a change', () => {
      const change = {
        kind: 'change',
        direction: 'increase',
        by: { kind: 'exact', value: 2 },
        basis: 'absolute',
      };
      expect(z.safeParse(levelTargetSchema, change).success).toBe(false);
      expect(z.safeParse(targetSchema, change).success).toBe(true);
    });

    it('rejects a change of a change', () => {
      const nested = {
        kind: 'change',
        direction: 'increase',
        by: {
          kind: 'change',
          direction: 'increase',
          by: { kind: 'exact', value: 2 },
          basis: 'absolute',
        },
        basis: 'absolute',
      };
      expect(z.safeParse(targetSchema, nested).success).toBe(false);
    });
  });

  it('does not mutate its input', () => {
    const input = { kind: 'exact', value: '72' };
    z.parse(targetSchema, input);
    expect(input).toEqual({ kind: 'exact', value: '72' });
  });
});
