import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import {
  ratingConditionSchema,
  ratingConditionsSchema,
  ratingResultSchema,
  ratingSchemeSchema,
  scoreBandSchema,
} from '../../src/party/rating-from-score-schema.js';

describe('ratingConditionsSchema', () => {
  it('turns share fields into Decimals and keeps booleans', () => {
    const c = z.parse(ratingConditionsSchema, { beyondRequirementShare: '30', disciplined: true });
    expect(c.beyondRequirementShare?.toString()).toBe('30');
    expect(c.disciplined).toBe(true);
  });

  describe('edge cases', () => {
    it('rejects shares outside [0, 100], non-booleans and unknown conditions', () => {
      for (const bad of [
        { lateTaskShare: -1 },
        { beyondRequirementShare: 100.5 },
        { disciplined: 'yes' },
        { onTime: true },
      ]) {
        expect(z.safeParse(ratingConditionsSchema, bad).success).toBe(false);
      }
    });
  });
});

describe('the enums and the band', () => {
  it('know the scheme and the condition names', () => {
    expect(z.parse(ratingSchemeSchema, 'qd-366-2025')).toBe('qd-366-2025');
    expect(z.safeParse(ratingSchemeSchema, 'qd-132-2018').success).toBe(false);
    expect(z.parse(ratingConditionSchema, 'lateTaskShare')).toBe('lateTaskShare');
    expect(z.safeParse(ratingConditionSchema, 'late').success).toBe(false);
  });

  it('reads a band from JSON', () => {
    const band = z.parse(scoreBandSchema, { min: '50', max: 70, includesMax: false });
    expect([band.min.toString(), band.max.toString()]).toEqual(['50', '70']);
  });
});

describe('ratingResultSchema', () => {
  it('rejects a result with an unknown level', () => {
    const bad = {
      level: 'great',
      label: 'x',
      score: '90',
      band: { min: '90', max: '100', includesMax: true },
      bandLevel: 'excellent',
      scheme: 'qd-366-2025',
      conditions: {},
      blocked: [],
    };
    expect(z.safeParse(ratingResultSchema, bad).success).toBe(false);
    expect(z.safeParse(ratingResultSchema, { ...bad, level: 'excellent' }).success).toBe(true);
  });
});
