import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { ratingSharesSchema } from '../../src/party/rating-shares-schema.js';

describe('ratingSharesSchema', () => {
  const stored = {
    counts: { excellent: 1, good: 3, completed: 1, 'not-completed': 0 },
    total: 5,
    shares: { excellent: '20', good: '60', completed: '20', 'not-completed': '0' },
    goodOrBetter: { count: 4, percent: '80' },
    completedOrBetter: { count: 5, percent: '100' },
    reason: null,
  };

  it('reads stored shares back as Decimals', () => {
    const back = z.parse(ratingSharesSchema, stored);
    expect(back.goodOrBetter.percent?.toString()).toBe('80');
    expect(back.shares?.good.toString()).toBe('60');
  });

  it('rejects an unknown reason or a negative count', () => {
    expect(z.safeParse(ratingSharesSchema, { ...stored, reason: 'empty' }).success).toBe(false);
    expect(z.safeParse(ratingSharesSchema, { ...stored, total: -5 }).success).toBe(false);
  });
});
