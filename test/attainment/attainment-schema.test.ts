import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import {
  attainmentSchema,
  ratioBasisSchema,
  statusSchema,
  strictnessSchema,
} from '../../src/attainment/attainment-schema.js';
import { Decimal } from '../../src/numeric/decimal.js';

const json = {
  status: 'exceeded',
  reference: '150',
  ratio: '1.1266666666666666666666666666666666666666666666667',
  percentOfPlan: '112.66666666666666666666666666666666666666666666667',
  gap: '19',
  actual: '169',
  compared: '169',
  baseline: null,
  target: { kind: 'at-least', value: '150', strict: true },
  direction: 'higher-is-better',
  strictness: 'lenient',
  ratioBasis: 'value',
  measure: null,
  tolerance: null,
};

describe('attainmentSchema', () => {
  it('reads an attainment from JSON, numbers as Decimals', () => {
    const a = z.parse(attainmentSchema, json);
    expect(a.gap).toBeInstanceOf(Decimal);
    expect(a.percentOfPlan?.toFixed(1)).toBe('112.7');
    expect(a.target.kind).toBe('at-least');
  });

  describe('edge cases', () => {
    it('accepts null ratios, baseline and measure', () => {
      const a = z.parse(attainmentSchema, { ...json, ratio: null, percentOfPlan: null });
      expect(a.ratio).toBeNull();
    });

    it('rejects unknown statuses, strictness, bases and Vietnamese notation', () => {
      expect(z.safeParse(attainmentSchema, { ...json, status: 'vượt' }).success).toBe(false);
      expect(z.safeParse(attainmentSchema, { ...json, gap: '19,0' }).success).toBe(false);
      expect(z.safeParse(statusSchema, 'done').success).toBe(false);
      expect(z.safeParse(strictnessSchema, 'strict').success).toBe(false);
      expect(z.safeParse(ratioBasisSchema, 'index').success).toBe(false);
    });
  });

  it('does not mutate its input', () => {
    const input = Object.freeze({ ...json });
    z.parse(attainmentSchema, input);
    expect(input).toEqual(json);
  });
});
