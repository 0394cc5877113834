import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import {
  districtCommunesSchema,
  districtConditionResultSchema,
  townProgressSchema,
} from '../../src/ntm/district-progress-schema.js';

describe('townProgressSchema', () => {
  it('reads "8/18 tiêu chí đô thị văn minh"', () => {
    expect(z.parse(townProgressSchema, { name: 'Hương Khê', met: 8, total: 18 })).toEqual({
      name: 'Hương Khê',
      met: 8,
      total: 18,
    });
  });

  describe('edge cases', () => {
    it('rejects met above total, a zero total and an empty name', () => {
      expect(z.safeParse(townProgressSchema, { name: 'A', met: 19, total: 18 }).success).toBe(
        false,
      );
      expect(z.safeParse(townProgressSchema, { name: 'A', met: 0, total: 0 }).success).toBe(false);
      expect(z.safeParse(townProgressSchema, { name: '', met: 0, total: 1 }).success).toBe(false);
    });
  });
});

describe('districtCommunesSchema', () => {
  it('turns percentages into Decimals', () => {
    const c = z.parse(districtCommunesSchema, { total: 21, qualified: 17, satisfaction: 92.5 });
    expect(c.satisfaction?.toString()).toBe('92.5');
  });

  describe('edge cases', () => {
    it('rejects more nâng cao communes than qualified ones', () => {
      expect(
        z.safeParse(districtCommunesSchema, { total: 21, qualified: 3, advanced: 4 }).success,
      ).toBe(false);
    });
  });
});

describe('districtConditionResultSchema', () => {
  it('knows four statuses', () => {
    const base = {
      condition: {
        id: 'a',
        kind: 'communes-qualified',
        name: 'A',
        minPercent: 100,
        verified: true,
      },
      actual: null,
      required: null,
      reason: null,
    };
    for (const status of ['met', 'not-met', 'unknown', 'not-applicable']) {
      expect(z.safeParse(districtConditionResultSchema, { ...base, status }).success).toBe(true);
    }
    expect(z.safeParse(districtConditionResultSchema, { ...base, status: 'maybe' }).success).toBe(
      false,
    );
  });
});

describe('districtCommunesSchema: nâng cao communes', () => {
  it('allows as many nâng cao communes as qualified ones, not more', () => {
    expect(
      z.safeParse(districtCommunesSchema, { total: 10, qualified: 5, advanced: 5 }).success,
    ).toBe(true);
    expect(
      z.safeParse(districtCommunesSchema, { total: 10, qualified: 5, advanced: 6 }).success,
    ).toBe(false);
  });
});
