import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import {
  admissionQuotaCheckSchema,
  admissionUnitSchema,
  quotaAllocationSchema,
} from '../../src/party/admission-quotas-schema.js';

describe('admissionUnitSchema', () => {
  it('reads a unit with or without a result', () => {
    expect(z.parse(admissionUnitSchema, { unit: 'A', quota: 7 })).toEqual({ unit: 'A', quota: 7 });
    expect(z.parse(admissionUnitSchema, { unit: 'A', quota: 7, admitted: 8 }).admitted).toBe(8);
  });

  it('rejects empty names, bad counts and unknown fields', () => {
    for (const bad of [
      { unit: '', quota: 7 },
      { unit: 'A', quota: -7 },
      { unit: 'A', quota: 7, admitted: 1.5 },
      { unit: 'A', quota: 7, note: 'x' },
    ]) {
      expect(z.safeParse(admissionUnitSchema, bad).success).toBe(false);
    }
  });
});

describe('the result schemas', () => {
  it('reject an unknown allocation kind or status', () => {
    expect(
      z.safeParse(admissionQuotaCheckSchema, {
        plan: 1,
        quotaSum: 1,
        difference: 0,
        allocation: 'equal',
        consistent: true,
        minPerUnit: null,
        belowFloor: [],
        units: [],
        reported: 0,
        admittedTotal: null,
        percentOfPlan: null,
        shortfalls: [],
      }).success,
    ).toBe(false);
    expect(
      z.safeParse(quotaAllocationSchema, {
        plan: 1,
        minPerUnit: 0,
        total: 1,
        surplus: 0,
        units: [{ unit: 'A', weight: '-1', quota: 1 }],
      }).success,
    ).toBe(false);
  });
});
