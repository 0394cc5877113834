import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { admissionsResultSchema } from '../../src/party/admissions-schema.js';

describe('admissionsResultSchema', () => {
  const stored = {
    admitted: 12,
    period: null,
    plan: null,
    attainment: null,
    previous: null,
    previousPeriod: null,
    change: null,
  };

  it('reads a stored result with no plan and no previous number', () => {
    expect(z.parse(admissionsResultSchema, stored)).toEqual(stored);
  });

  it('rejects a fractional count or a malformed period', () => {
    expect(z.safeParse(admissionsResultSchema, { ...stored, admitted: 1.5 }).success).toBe(false);
    expect(
      z.safeParse(admissionsResultSchema, { ...stored, period: { kind: 'year' } }).success,
    ).toBe(false);
  });
});
