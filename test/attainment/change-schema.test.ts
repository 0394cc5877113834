import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { changeDirectionSchema, changeSchema } from '../../src/attainment/change-schema.js';
import { Decimal } from '../../src/numeric/decimal.js';

const json = {
  absolute: '-1.02',
  relative: '-20.48',
  direction: 'decrease',
  unit: 'points',
  current: '3.96',
  previous: '4.98',
  measure: 'rate',
};

describe('changeSchema', () => {
  it('reads a change from JSON with Decimals', () => {
    const c = z.parse(changeSchema, json);
    expect(c.absolute).toBeInstanceOf(Decimal);
    expect(c.absolute.toString()).toBe('-1.02');
    expect(c.unit).toBe('points');
  });

  describe('edge cases', () => {
    it('takes null for relative and measure', () => {
      const c = z.parse(changeSchema, { ...json, relative: null, measure: null });
      expect(c.relative).toBeNull();
      expect(c.measure).toBeNull();
    });

    it('rejects unknown directions and units, and missing fields', () => {
      expect(z.safeParse(changeSchema, { ...json, direction: 'down' }).success).toBe(false);
      expect(z.safeParse(changeSchema, { ...json, unit: 'percent' }).success).toBe(false);
      expect(z.safeParse(changeSchema, { ...json, absolute: undefined }).success).toBe(false);
      expect(z.safeParse(changeDirectionSchema, 'same').success).toBe(false);
    });
  });

  it('does not mutate its input', () => {
    const input = Object.freeze({ ...json });
    z.parse(changeSchema, input);
    expect(input).toEqual(json);
  });
});
