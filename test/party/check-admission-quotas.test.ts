import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import {
  type AdmissionUnit,
  admissionQuotaCheckSchema,
} from '../../src/party/admission-quotas-schema.js';
import { checkAdmissionQuotas } from '../../src/party/check-admission-quotas.js';
import { caught } from '../support/caught.js';

// Illustrative units of a district plan of 90 a year, each đảng bộ xã "ít nhất 07".
const units: AdmissionUnit[] = [
  { unit: 'Đảng bộ xã A', quota: 30, admitted: 33 },
  { unit: 'Đảng bộ xã B', quota: 25, admitted: 25 },
  { unit: 'Đảng bộ xã C', quota: 29, admitted: 20 },
  { unit: 'Đảng bộ phường D', quota: 6, admitted: 7 },
];

describe('checkAdmissionQuotas', () => {
  it('quotas adding up to the district plan of 90 are an exact allocation', () => {
    const check = checkAdmissionQuotas(units, 90);
    expect([check.quotaSum, check.difference, check.allocation, check.consistent]).toEqual([
      90,
      0,
      'exact',
      true,
    ]);
  });

  it('a quota of 6 is below the floor "ít nhất 07"', () => {
    const check = checkAdmissionQuotas(units, 90, { minPerUnit: 7 });
    expect(check.minPerUnit).toBe(7);
    expect(check.belowFloor).toEqual([{ unit: 'Đảng bộ phường D', quota: 6, floor: 7 }]);
  });

  it('lists the units below their quota and gives each unit a status', () => {
    const check = checkAdmissionQuotas(units, 90);
    expect(check.shortfalls).toEqual([
      { unit: 'Đảng bộ xã C', quota: 29, admitted: 20, shortBy: 9 },
    ]);
    expect(check.units.map((u) => u.status)).toEqual(['exceeded', 'met', 'not-met', 'exceeded']);
    expect([check.reported, check.admittedTotal]).toEqual([4, 85]);
    expect(check.percentOfPlan?.toFixed(4)).toBe('94.4444');
  });

  it('quotas short of the plan are inconsistent; above it, consistent', () => {
    expect(checkAdmissionQuotas(units, 100).allocation).toBe('under');
    expect(checkAdmissionQuotas(units, 100).consistent).toBe(false);
    expect(checkAdmissionQuotas(units, 100).difference).toBe(-10);
    expect(checkAdmissionQuotas(units, 80).allocation).toBe('over');
    expect(checkAdmissionQuotas(units, 80).consistent).toBe(true);
  });

  describe('edge cases', () => {
    it('units without a result are pending, and the total waits for them', () => {
      const check = checkAdmissionQuotas(
        [
          { unit: 'A', quota: 5, admitted: 6 },
          { unit: 'B', quota: 5 },
        ],
        10,
      );
      expect(check.units[1]).toEqual({ unit: 'B', quota: 5, admitted: null, status: 'pending' });
      expect([check.reported, check.admittedTotal, check.percentOfPlan]).toEqual([1, null, null]);
    });

    it('no units: the quotas (0) are under any positive plan', () => {
      const check = checkAdmissionQuotas([], 90);
      expect([check.quotaSum, check.allocation, check.admittedTotal]).toEqual([0, 'under', null]);
    });

    it('a plan of 0 has no percent', () => {
      expect(checkAdmissionQuotas([{ unit: 'A', quota: 0, admitted: 1 }], 0).percentOfPlan).toBe(
        null,
      );
    });

    it('rejects bad counts and names at their paths', () => {
      expect(caught(() => checkAdmissionQuotas([{ unit: 'A', quota: -1 }], 9)).path).toEqual([
        'units',
        0,
        'quota',
      ]);
      expect(
        caught(() => checkAdmissionQuotas([{ unit: 'A', quota: 1, admitted: 0.5 }], 9)).path,
      ).toEqual(['units', 0, 'admitted']);
      expect(caught(() => checkAdmissionQuotas([{ unit: '', quota: 1 }], 9)).path).toEqual([
        'units',
        0,
        'unit',
      ]);
      const repeated = caught(() =>
        checkAdmissionQuotas(
          [
            { unit: 'A', quota: 1 },
            { unit: 'A', quota: 2 },
          ],
          3,
        ),
      );
      expect([repeated.code, repeated.path]).toEqual(['invalid-argument', ['units', 1, 'unit']]);
      expect(caught(() => checkAdmissionQuotas(units, 9.5)).path).toEqual(['districtPlan']);
      expect(caught(() => checkAdmissionQuotas(units, 9, { minPerUnit: -7 })).path).toEqual([
        'options',
        'minPerUnit',
      ]);
      expect(caught(() => checkAdmissionQuotas('A' as never, 9)).path).toEqual(['units']);
    });

    it('says what it expected of the list, the options and each unit', () => {
      expect(caught(() => checkAdmissionQuotas('A' as never, 9)).message).toContain(
        'expected an array of units ({ unit, quota, admitted? })',
      );
      const options = caught(() => checkAdmissionQuotas(units, 90, 7 as never));
      expect([options.code, options.path]).toEqual(['invalid-argument', ['options']]);
      expect(options.message).toContain('expected an options object');
      const unit = caught(() => checkAdmissionQuotas([units[0], 'B'] as never, 90));
      expect([unit.code, unit.path]).toEqual(['invalid-argument', ['units', 1]]);
      expect(unit.message).toContain('expected a unit ({ unit, quota, admitted? })');
    });

    it('rejects counts whose sum is not a safe integer', () => {
      const big = Number.MAX_SAFE_INTEGER;
      const e = caught(() =>
        checkAdmissionQuotas(
          [
            { unit: 'A', quota: big },
            { unit: 'B', quota: big },
          ],
          9,
        ),
      );
      expect([e.code, e.path]).toEqual(['invalid-argument', ['units']]);
      expect(e.message).toContain('expected counts whose sum is a safe integer');
      expect(e.details.received).toBe('"a sum too large"');
    });
  });

  it('survives a JSON round trip through its schema', () => {
    const check = checkAdmissionQuotas(units, 90, { minPerUnit: 7 });
    expect(z.parse(admissionQuotaCheckSchema, JSON.parse(JSON.stringify(check)))).toEqual(check);
  });

  it('does not mutate its input', () => {
    const input = structuredClone(units);
    checkAdmissionQuotas(input, 90, { minPerUnit: 7 });
    expect(input).toEqual(units);
  });

  it('quota sum, difference, shortfalls and totals agree for any units', () => {
    const unitArb = fc.record({
      quota: fc.integer({ min: 0, max: 200 }),
      admitted: fc.option(fc.integer({ min: 0, max: 200 }), { nil: undefined }),
    });
    fc.assert(
      fc.property(
        fc.array(unitArb, { maxLength: 12 }),
        fc.integer({ min: 0, max: 2000 }),
        (raw, plan) => {
          const list = raw.map((u, i) =>
            u.admitted === undefined
              ? { unit: `U${i}`, quota: u.quota }
              : { unit: `U${i}`, quota: u.quota, admitted: u.admitted },
          );
          const check = checkAdmissionQuotas(list, plan);
          const sum = raw.reduce((s, u) => s + u.quota, 0);
          expect(check.quotaSum).toBe(sum);
          expect(check.difference).toBe(sum - plan);
          expect(check.consistent).toBe(sum >= plan);
          expect(
            check.shortfalls.every((s) => s.shortBy === s.quota - s.admitted && s.shortBy > 0),
          ).toBe(true);
          const shortfallCount = raw.filter(
            (u) => u.admitted !== undefined && u.admitted < u.quota,
          ).length;
          expect(check.shortfalls).toHaveLength(shortfallCount);
        },
      ),
    );
  });
});
