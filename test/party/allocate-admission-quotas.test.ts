import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { Decimal } from '../../src/numeric/decimal.js';
import { quotaAllocationSchema } from '../../src/party/admission-quotas-schema.js';
import { allocateAdmissionQuotas } from '../../src/party/allocate-admission-quotas.js';
import { checkAdmissionQuotas } from '../../src/party/check-admission-quotas.js';
import { caught } from '../support/caught.js';

describe('allocateAdmissionQuotas', () => {
  it('gives each unit the floor of 7, then shares the rest of 90 by weight', () => {
    const a = allocateAdmissionQuotas(
      [
        { unit: 'Đảng bộ xã A', weight: 300 },
        { unit: 'Đảng bộ xã B', weight: 100 },
      ],
      90,
      { minPerUnit: 7 },
    );
    expect(a.units.map((u) => u.quota)).toEqual([64, 26]);
    expect([a.total, a.surplus, a.plan, a.minPerUnit]).toEqual([90, 0, 90, 7]);
  });

  it('splits equally without weights, the leftover going to the units listed first', () => {
    const a = allocateAdmissionQuotas([{ unit: 'A' }, { unit: 'B' }, { unit: 'C' }], 11);
    expect(a.units.map((u) => u.quota)).toEqual([4, 4, 3]);
    expect(a.units[0]?.weight).toEqual(new Decimal(1));
  });

  it('gives the leftover to the largest remainders', () => {
    const a = allocateAdmissionQuotas(
      [
        { unit: 'A', weight: 1 },
        { unit: 'B', weight: 2 },
        { unit: 'C', weight: '6.5' },
      ],
      10,
    );
    // exact shares: 1,0526…, 2,1052…, 6,8421… → 1, 2, 7
    expect(a.units.map((u) => u.quota)).toEqual([1, 2, 7]);
  });

  describe('edge cases', () => {
    it('when the floors exceed the plan, every unit gets the floor and the surplus is shown', () => {
      const a = allocateAdmissionQuotas(
        Array.from({ length: 20 }, (_, i) => ({ unit: `Xã ${i + 1}` })),
        90,
        { minPerUnit: 7 },
      );
      expect(a.units.every((u) => u.quota === 7)).toBe(true);
      expect([a.total, a.surplus]).toEqual([140, 50]);
    });

    it('a plan of 0 gives every unit 0 (or the floor)', () => {
      expect(allocateAdmissionQuotas([{ unit: 'A' }], 0).units[0]?.quota).toBe(0);
      expect(allocateAdmissionQuotas([], 0).total).toBe(0);
    });

    it('rejects a plan with no unit, all-zero weights and negative weights', () => {
      expect(caught(() => allocateAdmissionQuotas([], 5)).path).toEqual(['units']);
      expect(caught(() => allocateAdmissionQuotas([{ unit: 'A', weight: 0 }], 5)).path).toEqual([
        'units',
      ]);
      expect(caught(() => allocateAdmissionQuotas([{ unit: 'A', weight: -1 }], 5)).path).toEqual([
        'units',
        0,
        'weight',
      ]);
      expect(caught(() => allocateAdmissionQuotas([{ unit: 'A', weight: '1,5' }], 5)).code).toBe(
        'invalid-number',
      );
      expect(caught(() => allocateAdmissionQuotas([{ unit: 'A' }, { unit: 'A' }], 5)).path).toEqual(
        ['units', 1, 'unit'],
      );
      expect(caught(() => allocateAdmissionQuotas([{ unit: 'A' }], -5)).path).toEqual([
        'districtPlan',
      ]);
    });

    it('says what it expected of a bad list, options object, floor or unit', () => {
      const list = caught(() => allocateAdmissionQuotas('A' as never, 5));
      expect([list.code, list.path]).toEqual(['invalid-argument', ['units']]);
      expect(list.message).toContain('expected an array of units ({ unit, weight? })');
      const options = caught(() => allocateAdmissionQuotas([{ unit: 'A' }], 5, 7 as never));
      expect([options.code, options.path]).toEqual(['invalid-argument', ['options']]);
      expect(options.message).toContain('expected an options object');
      const floor = caught(() => allocateAdmissionQuotas([{ unit: 'A' }], 5, { minPerUnit: 1.5 }));
      expect([floor.code, floor.path]).toEqual(['invalid-argument', ['options', 'minPerUnit']]);
      const unit = caught(() => allocateAdmissionQuotas([{ unit: 'A' }, 'B' as never], 5));
      expect([unit.code, unit.path]).toEqual(['invalid-argument', ['units', 1]]);
      expect(unit.message).toContain('expected a unit ({ unit, weight? })');
    });

    it('says why a plan cannot be shared: no unit, all-zero weights, a negative weight', () => {
      const none = caught(() => allocateAdmissionQuotas([], 5));
      expect([none.code, none.path]).toEqual(['invalid-argument', ['units']]);
      expect(none.message).toContain('expected at least one unit to allocate the plan to');
      expect(none.details.received).toBe('an array of 0');
      const zero = caught(() =>
        allocateAdmissionQuotas(
          [
            { unit: 'A', weight: 0 },
            { unit: 'B', weight: '0.0' },
          ],
          5,
        ),
      );
      expect(zero.message).toContain('expected weights that are not all 0; received "0"');
      const negative = caught(() => allocateAdmissionQuotas([{ unit: 'A', weight: -1 }], 5));
      expect(negative.message).toContain('expected a weight that is not negative; received "-1"');
    });
  });

  it('survives a JSON round trip through its schema', () => {
    const a = allocateAdmissionQuotas([{ unit: 'A', weight: '2.5' }, { unit: 'B' }], 9);
    expect(z.parse(quotaAllocationSchema, JSON.parse(JSON.stringify(a)))).toEqual(a);
  });

  it('does not mutate its input', () => {
    const input = [{ unit: 'A', weight: new Decimal(3) }, { unit: 'B' }];
    allocateAdmissionQuotas(input, 10, { minPerUnit: 2 });
    expect(input).toEqual([{ unit: 'A', weight: new Decimal(3) }, { unit: 'B' }]);
  });

  it('quotas add up to the plan (or the floors), respect the floor, and are consistent', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 5000 }), { minLength: 1, maxLength: 15 }),
        fc.integer({ min: 0, max: 1000 }),
        fc.integer({ min: 0, max: 10 }),
        (weights, plan, floor) => {
          fc.pre(weights.some((w) => w > 0));
          const a = allocateAdmissionQuotas(
            weights.map((weight, i) => ({ unit: `U${i}`, weight })),
            plan,
            { minPerUnit: floor },
          );
          expect(a.total).toBe(Math.max(plan, floor * weights.length));
          expect(a.units.every((u) => u.quota >= floor)).toBe(true);
          const check = checkAdmissionQuotas(a.units, plan, { minPerUnit: floor });
          expect(check.consistent).toBe(true);
          expect(check.belowFloor).toEqual([]);
          // no unit is more than one person away from its exact proportional share
          const remaining = plan - floor * weights.length;
          if (remaining > 0) {
            const total = weights.reduce((s, w) => s + w, 0);
            a.units.forEach((u, i) => {
              const exact = new Decimal(weights[i] as number).times(remaining).div(total);
              expect(
                exact
                  .minus(u.quota - floor)
                  .abs()
                  .lt(1),
              ).toBe(true);
            });
          }
        },
      ),
    );
  });
});
