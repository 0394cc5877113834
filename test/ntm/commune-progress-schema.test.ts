import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import {
  communeProgressOptionsSchema,
  communeProgressSchema,
  criteriaResultsSchema,
} from '../../src/ntm/commune-progress-schema.js';

describe('criteriaResultsSchema', () => {
  it('accepts the three shapes: a list, a record of booleans, per-sub-indicator results', () => {
    expect(z.safeParse(criteriaResultsSchema, ['income', 10, '11']).success).toBe(true);
    expect(z.safeParse(criteriaResultsSchema, { income: true, '11': false }).success).toBe(true);
    expect(z.safeParse(criteriaResultsSchema, { '3': { 'irrigated-area': true } }).success).toBe(
      true,
    );
  });

  describe('edge cases', () => {
    it('rejects strings for results, fractional numbers and nested records two deep', () => {
      expect(z.safeParse(criteriaResultsSchema, { income: 'yes' }).success).toBe(false);
      expect(z.safeParse(criteriaResultsSchema, [10.5]).success).toBe(false);
      expect(z.safeParse(criteriaResultsSchema, { '3': { a: { b: true } } }).success).toBe(false);
    });
  });
});

describe('communeProgressOptionsSchema', () => {
  it('reads a name, a tier and the prerequisite flag', () => {
    expect(
      z.parse(communeProgressOptionsSchema, {
        name: 'Xã số 1',
        tier: 'model',
        prerequisiteMet: true,
      }),
    ).toEqual({
      name: 'Xã số 1',
      tier: 'model',
      prerequisiteMet: true,
    });
    expect(z.safeParse(communeProgressOptionsSchema, { tier: 'gold' }).success).toBe(false);
  });
});

describe('communeProgressSchema', () => {
  it('rejects a progress with a negative count or an unknown set', () => {
    const ok = {
      set: 'ntm-commune-2022',
      name: null,
      tier: null,
      met: 0,
      total: 19,
      metIds: [],
      missing: [],
      notMetIndicators: [],
      qualifies: false,
      prerequisite: null,
    };
    expect(z.safeParse(communeProgressSchema, ok).success).toBe(true);
    expect(z.safeParse(communeProgressSchema, { ...ok, met: -1 }).success).toBe(false);
    expect(z.safeParse(communeProgressSchema, { ...ok, set: 'x' }).success).toBe(false);
  });
});
