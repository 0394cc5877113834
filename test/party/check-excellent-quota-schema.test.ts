import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import {
  excellentQuotaCheckSchema,
  excellentQuotaRuleSchema,
  quotaBaseSchema,
} from '../../src/party/check-excellent-quota-schema.js';

describe('the excellent-quota schemas', () => {
  it('know the rules and the bases', () => {
    expect(excellentQuotaRuleSchema.options).toEqual(['hd-21-2019', 'nd-335-2025']);
    expect(z.safeParse(quotaBaseSchema, 'good').success).toBe(true);
    expect(z.safeParse(quotaBaseSchema, 'all').success).toBe(false);
  });

  it('read a stored check back, and reject a negative cap', () => {
    const stored = {
      allowed: false,
      excellent: 3,
      maxExcellent: 2,
      excess: 1,
      base: 12,
      baseOf: 'good',
      quotaPercent: '20',
      exactMax: '2.4',
      rounding: 'floor',
      rule: 'hd-21-2019',
      explanation: '…',
    };
    expect(z.parse(excellentQuotaCheckSchema, stored).exactMax.toString()).toBe('2.4');
    expect(z.safeParse(excellentQuotaCheckSchema, { ...stored, maxExcellent: -2 }).success).toBe(
      false,
    );
  });
});
