import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import {
  ocopRecogniserSchema,
  ocopRuleSchema,
  ocopStarSchema,
} from '../../src/grassroots/ocop-schema.js';

describe('the OCOP schemas', () => {
  it('know the three decisions and the three recognising levels', () => {
    expect(ocopRuleSchema.options).toEqual(['qd-1048-2019', 'qd-148-2023', 'qd-1489-2025']);
    expect(ocopRecogniserSchema.options).toEqual(['central', 'province', 'district']);
  });

  it('reject 2 stars as recognised and a rank of 6', () => {
    const stored = {
      stars: 3,
      rank: 3,
      score: '60',
      band: { min: '50', max: '70', includesMax: false },
      recognisedBy: 'province',
      rule: 'qd-148-2023',
      recognitionRule: 'qd-1489-2025',
      asOf: null,
      reason: null,
    };
    expect(z.safeParse(ocopStarSchema, stored).success).toBe(true);
    expect(z.safeParse(ocopStarSchema, { ...stored, stars: 2 }).success).toBe(false);
    expect(z.safeParse(ocopStarSchema, { ...stored, rank: 6 }).success).toBe(false);
  });
});
