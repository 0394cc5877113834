import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import {
  paceOptionsSchema,
  paceSchema,
  paceStatusSchema,
} from '../../src/attainment/pace-schema.js';
import { Decimal } from '../../src/numeric/decimal.js';

const json = {
  status: 'ahead',
  expected: '75',
  ratio: '1.16',
  percentOfPlan: '58',
  elapsed: '0.5',
  actual: '87',
  compared: '87',
  baseline: null,
  reference: '150',
  target: { kind: 'at-least', value: '150', strict: true },
  direction: 'higher-is-better',
  measure: null,
  tolerance: '0.05',
};

describe('paceSchema', () => {
  it('reads a pace result from JSON with Decimals', () => {
    const p = z.parse(paceSchema, json);
    expect(p.expected).toBeInstanceOf(Decimal);
    expect(p.percentOfPlan?.toString()).toBe('58');
  });

  describe('edge cases', () => {
    it('rejects unknown statuses and a malformed target', () => {
      expect(z.safeParse(paceSchema, { ...json, status: 'late' }).success).toBe(false);
      expect(z.safeParse(paceSchema, { ...json, target: { kind: 'x' } }).success).toBe(false);
      expect(z.safeParse(paceStatusSchema, 'slow').success).toBe(false);
    });

    it('options: a negative tolerance is refused', () => {
      expect(z.safeParse(paceOptionsSchema, { tolerance: -1 }).success).toBe(false);
      expect(z.parse(paceOptionsSchema, { baseline: '1' }).baseline?.toString()).toBe('1');
    });
  });

  it('does not mutate its input', () => {
    const input = Object.freeze({ ...json });
    z.parse(paceSchema, input);
    expect(input).toEqual(json);
  });
});
