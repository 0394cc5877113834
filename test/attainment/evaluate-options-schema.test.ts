import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { evaluateOptionsSchema } from '../../src/attainment/evaluate-options-schema.js';
import { Decimal } from '../../src/numeric/decimal.js';

describe('evaluateOptionsSchema', () => {
  it('reads plan-item options from JSON, numbers as Decimals', () => {
    const o = z.parse(evaluateOptionsSchema, {
      baseline: '4.98',
      direction: 'lower-is-better',
      strictness: 'literal',
      ratioBasis: 'growth-index',
      measure: 'rate',
      tolerance: 0.1,
    });
    expect(o.baseline).toBeInstanceOf(Decimal);
    expect(o.baseline?.toString()).toBe('4.98');
    expect(o.tolerance?.toString()).toBe('0.1');
  });

  describe('edge cases', () => {
    it('accepts no options at all', () => {
      expect(z.parse(evaluateOptionsSchema, {})).toEqual({});
    });

    it('rejects unknown values and negative tolerances', () => {
      for (const bad of [
        { strictness: 'strict' },
        { ratioBasis: 'index' },
        { direction: 'up' },
        { measure: 'percent' },
        { tolerance: -0.05 },
        { baseline: '4,98' },
      ]) {
        expect(z.safeParse(evaluateOptionsSchema, bad).success).toBe(false);
      }
    });
  });

  it('does not mutate its input', () => {
    const input = Object.freeze({ baseline: '1' });
    z.parse(evaluateOptionsSchema, input);
    expect(input).toEqual({ baseline: '1' });
  });
});
