import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import {
  progressInputSchema,
  progressOutcomeSchema,
  progressReasonSchema,
  progressStatusSchema,
} from '../../src/attainment/progress-status-schema.js';
import { Decimal } from '../../src/numeric/decimal.js';

const parts = {
  baseYear: 2020,
  baseValue: '100',
  currentYear: 2022,
  currentValue: '121',
  targetYear: 2025,
  targetValue: '200',
  direction: 'higher-is-better',
  observed: '10',
  required: '14.87',
  ratio: '0.6725',
  thresholds: { substantial: '0.95', moderate: '0.6' },
};

describe('progressStatusSchema', () => {
  it('reads a computable result and a not-computable one', () => {
    const ok = z.parse(progressStatusSchema, { computable: true, outcome: 'moderate', ...parts });
    expect(ok.computable && ok.outcome).toBe('moderate');
    expect(ok.observed).toBeInstanceOf(Decimal);
    const no = z.parse(progressStatusSchema, {
      computable: false,
      reason: 'zero-base',
      ...parts,
      observed: null,
      required: null,
      ratio: null,
    });
    expect(no.computable ? null : no.reason).toBe('zero-base');
  });

  describe('edge cases', () => {
    it('a computable result needs an outcome, a not-computable one a reason', () => {
      expect(
        z.safeParse(progressStatusSchema, { computable: true, reason: 'zero-base', ...parts })
          .success,
      ).toBe(false);
      expect(
        z.safeParse(progressStatusSchema, { computable: false, outcome: 'moderate', ...parts })
          .success,
      ).toBe(false);
      expect(z.safeParse(progressOutcomeSchema, 'stalled').success).toBe(false);
      expect(z.safeParse(progressReasonSchema, 'no-data').success).toBe(false);
    });

    it('the input schema reads numbers from JSON and years as numbers', () => {
      const input = z.parse(progressInputSchema, {
        baseYear: 2020,
        baseValue: '4.98',
        currentYear: 2021,
        currentValue: 3.96,
        targetYear: 2025,
        targetValue: '2',
      });
      expect(input.currentValue.toString()).toBe('3.96');
      expect(z.safeParse(progressInputSchema, { ...input, baseYear: '2020' }).success).toBe(false);
    });
  });

  it('does not mutate its input', () => {
    const input = Object.freeze({ computable: true, outcome: 'moderate', ...parts });
    z.parse(progressStatusSchema, input);
    expect(input.observed).toBe('10');
  });
});
