import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { type PaceOptions, pace } from '../../src/attainment/pace.js';
import { paceSchema } from '../../src/attainment/pace-schema.js';
import { formatViPercent } from '../../src/notation/format-vi-percent.js';
import { Decimal, type Numeric } from '../../src/numeric/decimal.js';
import type { Target } from '../../src/targets/target-schema.js';
import { caught } from '../support/caught.js';
import { decimalArb, levelTargetArb } from './arbitraries.js';

const d = (x: Numeric): Decimal => new Decimal(x);
const admissions: Target = { kind: 'at-least', value: d(150), strict: true };
const spending: Target = { kind: 'at-most', value: d(100), strict: false };

describe('pace', () => {
  it('87 admissions after 6 months of a "trên 150" year are ahead: 58% of the year\'s plan', () => {
    const p = pace(87, admissions, '0.5');
    expect(p.status).toBe('ahead');
    expect(p.expected.toString()).toBe('75');
    expect(p.ratio?.toString()).toBe('1.16');
    expect(formatViPercent(p.percentOfPlan!)).toBe('58%');
  });

  it('within ±5% of the expected figure is on track, below it behind', () => {
    expect(pace(75, admissions, '0.5').status).toBe('on-track');
    expect(pace('71.25', admissions, '0.5').status).toBe('on-track');
    expect(pace('78.75', admissions, '0.5').status).toBe('on-track');
    expect(pace('71.24', admissions, '0.5').status).toBe('behind');
    expect(pace('78.76', admissions, '0.5').status).toBe('ahead');
  });

  it('takes a tolerance option', () => {
    expect(pace(72, admissions, '0.5', { tolerance: '0.01' }).status).toBe('behind');
    expect(pace(75, admissions, '0.5', { tolerance: 0 }).status).toBe('on-track');
  });

  it('mirrors for lower-is-better: spending 40 of "không quá 100" by mid-year is ahead', () => {
    const p = pace(40, spending, '0.5');
    expect(p.direction).toBe('lower-is-better');
    expect(p.status).toBe('ahead');
    expect(pace(60, spending, '0.5').status).toBe('behind');
  });

  it('paces a change target on the change from its baseline', () => {
    const t: Target = {
      kind: 'change',
      direction: 'decrease',
      by: { kind: 'range', min: d(1), max: d('1.5') },
      basis: 'points',
    };
    const p = pace('4.5', t, '0.5', { baseline: '4.98', measure: 'rate' });
    expect(p.compared.toString()).toBe('0.48');
    expect(p.reference.toString()).toBe('1.5');
    expect(p.expected.toString()).toBe('0.75');
    expect(p.status).toBe('behind');
  });

  it('paces "tăng trên 10" from a baseline of 100: +6 by mid-year is ahead, +4 behind', () => {
    const t: Target = {
      kind: 'change',
      direction: 'increase',
      by: { kind: 'at-least', value: d(10), strict: true },
      basis: 'absolute',
    };
    const p = pace(106, t, '0.5', { baseline: 100 });
    expect(p.direction).toBe('higher-is-better');
    expect([p.compared.toString(), p.expected.toString(), p.status]).toEqual(['6', '5', 'ahead']);
    expect(pace(104, t, '0.5', { baseline: 100 }).status).toBe('behind');
  });

  it('paces a capped increase ("tăng không quá 5") as lower-is-better: +4 by mid-year is behind', () => {
    const t: Target = {
      kind: 'change',
      direction: 'increase',
      by: { kind: 'at-most', value: d(5), strict: false },
      basis: 'absolute',
    };
    const p = pace(104, t, '0.5', { baseline: 100 });
    expect(p.direction).toBe('lower-is-better');
    expect([p.compared.toString(), p.expected.toString(), p.status]).toEqual([
      '4',
      '2.5',
      'behind',
    ]);
    expect(pace(101, t, '0.5', { baseline: 100 }).status).toBe('ahead');
  });

  describe('edge cases', () => {
    it('rejects bad figures at their paths', () => {
      expect(caught(() => pace('x', admissions, 1)).path).toEqual(['actual']);
      expect(caught(() => pace(1, admissions, 'half')).path).toEqual(['elapsed']);
      expect(caught(() => pace(1, admissions, 1, { baseline: '4,98' })).path).toEqual([
        'options',
        'baseline',
      ]);
      expect(
        caught(() => pace(1, admissions, 1, { measure: 'percent' } as unknown as PaceOptions)),
      ).toMatchObject({ code: 'invalid-argument', path: ['options', 'measure'] });
    });

    it('at the start of the period (elapsed 0) nothing is due: 0 is on track, more is ahead', () => {
      const p = pace(0, admissions, 0);
      expect(p.status).toBe('on-track');
      expect(p.ratio).toBeNull();
      expect(p.percentOfPlan?.toString()).toBe('0');
      expect(pace(3, admissions, 0).status).toBe('ahead');
    });

    it('a reference of 0 gives no percent of plan', () => {
      expect(pace(0, { kind: 'exact', value: d(0) }, 1).percentOfPlan).toBeNull();
    });

    it('rejects elapsed outside [0, 1] with invalid-argument at ["elapsed"]', () => {
      for (const bad of ['1.5', -0.1, 2]) {
        const error = caught(() => pace(1, admissions, bad));
        expect(error.code).toBe('invalid-argument');
        expect(error.path).toEqual(['elapsed']);
      }
      expect(() => pace(1, admissions, '1.5')).toThrowErrorMatchingInlineSnapshot(
        `[ChitieuError: [chitieu] Invalid argument at elapsed: expected the share of the period elapsed, from 0 to 1; received "1.5"]`,
      );
      expect(caught(() => pace(1, admissions, Number.NaN)).code).toBe('invalid-number');
    });

    it('rejects bad options and needs a baseline for a change target', () => {
      expect(caught(() => pace(1, admissions, 1, { direction: 'lower-is-better' })).path).toEqual([
        'options',
        'direction',
      ]);
      expect(caught(() => pace(1, admissions, 1, { tolerance: -1 })).path).toEqual([
        'options',
        'tolerance',
      ]);
      const t: Target = {
        kind: 'change',
        direction: 'increase',
        by: { kind: 'exact', value: d(2) },
        basis: 'points',
      };
      expect(caught(() => pace(1, t, 1)).code).toBe('missing-baseline');
      expect(caught(() => pace(1, t, 1, { baseline: 0, measure: 'count' })).code).toBe(
        'unit-mismatch',
      );
      expect(caught(() => pace(1, admissions, 1, 'x' as unknown as PaceOptions)).code).toBe(
        'invalid-argument',
      );
    });
  });

  it('does not mutate its input', () => {
    const target = Object.freeze({ kind: 'at-least', value: d(150), strict: true } as const);
    const options = Object.freeze({ tolerance: '0.1' });
    pace(87, target, '0.5', options);
    expect(target.value.toString()).toBe('150');
    expect(options).toEqual({ tolerance: '0.1' });
  });

  describe('laws', () => {
    it('a larger figure is never less on pace (higher is better; mirrored when lower)', () => {
      const rank = { behind: 0, 'on-track': 1, ahead: 2 } as const;
      fc.assert(
        fc.property(
          decimalArb,
          decimalArb,
          levelTargetArb,
          fc.integer({ min: 0, max: 100 }),
          (x, y, target, percent) => {
            const [small, large] = x.lte(y) ? [x, y] : [y, x];
            const elapsed = d(percent).div(100);
            const s = pace(small, target, elapsed);
            const l = pace(large, target, elapsed);
            if (s.direction === 'higher-is-better') {
              expect(rank[l.status]).toBeGreaterThanOrEqual(rank[s.status]);
            } else {
              expect(rank[l.status]).toBeLessThanOrEqual(rank[s.status]);
            }
          },
        ),
      );
    });

    it('every result comes back equal through JSON and paceSchema', () => {
      fc.assert(
        fc.property(decimalArb, levelTargetArb, fc.integer({ min: 0, max: 4 }), (a, t, q) => {
          const p = pace(a, t, d(q).div(4));
          expect(z.parse(paceSchema, JSON.parse(JSON.stringify(p)))).toEqual(p);
        }),
      );
    });
  });
});
