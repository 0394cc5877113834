import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { progressStatus } from '../../src/attainment/progress-status.js';
import {
  type ProgressInput,
  type ProgressStatus,
  progressStatusSchema,
} from '../../src/attainment/progress-status-schema.js';
import { caught } from '../support/caught.js';
import { decimalArb } from './arbitraries.js';

/** Base 100 in 2020, target 200 by 2025; the current figure and year vary. */
const growth = (currentValue: number | string, currentYear = 2022): ProgressInput => ({
  baseYear: 2020,
  baseValue: 100,
  currentYear,
  currentValue,
  targetYear: 2025,
  targetValue: 200,
});

function outcome(s: ProgressStatus): string {
  return s.computable ? s.outcome : `not computable: ${s.reason}`;
}

describe('progressStatus', () => {
  it('poverty 4,98% (2020) → 3,96% (2021) against 2% by 2025 is substantial progress', () => {
    const s = progressStatus({
      baseYear: 2020,
      baseValue: '4.98',
      currentYear: 2021,
      currentValue: '3.96',
      targetYear: 2025,
      targetValue: 2,
    });
    expect(outcome(s)).toBe('substantial');
    expect(s.direction).toBe('lower-is-better');
    expect(s.observed?.toFixed(4)).toBe('-20.4819');
    expect(s.required?.toFixed(4)).toBe('-16.6779');
    expect(s.ratio?.toFixed(4)).toBe('1.2281');
  });

  it('100 → 121 in two years against 200 by 2025 is moderate (R = 10 / 14,87 = 0,67)', () => {
    const s = progressStatus(growth(121));
    expect(outcome(s)).toBe('moderate');
    expect(s.observed?.toString()).toBe('10');
    expect(s.ratio?.toFixed(3)).toBe('0.673');
  });

  it('slow growth is limited, a fall is deterioration', () => {
    expect(outcome(progressStatus(growth(105)))).toBe('limited');
    const fall = progressStatus(growth(90));
    expect(outcome(fall)).toBe('deterioration');
    expect(fall.ratio?.isNegative()).toBe(true);
  });

  it('the thresholds are inclusive: R = 0,95 is substantial, R = 0,6 moderate, R = 0 limited', () => {
    const oneYear = (current: number): ProgressInput => ({
      baseYear: 2020,
      baseValue: 100,
      currentYear: 2021,
      currentValue: current,
      targetYear: 2021,
      targetValue: 120,
    });
    const s = progressStatus(oneYear(119));
    expect(s.ratio?.toString()).toBe('0.95');
    expect(outcome(s)).toBe('substantial');
    expect(outcome(progressStatus(oneYear(118)))).toBe('moderate');
    expect(progressStatus(oneYear(112)).ratio?.toString()).toBe('0.6');
    expect(outcome(progressStatus(oneYear(112)))).toBe('moderate');
    expect(outcome(progressStatus(oneYear(111)))).toBe('limited');
    expect(outcome(progressStatus(oneYear(100)))).toBe('limited');
    expect(outcome(progressStatus(oneYear(99)))).toBe('deterioration');
  });

  it('a current value at or beyond the target is target-achieved', () => {
    expect(outcome(progressStatus(growth(200)))).toBe('target-achieved');
    expect(outcome(progressStatus(growth(250)))).toBe('target-achieved');
  });

  it('carries its inputs, the components and the thresholds', () => {
    const s = progressStatus(growth(121));
    expect(s).toMatchObject({ baseYear: 2020, currentYear: 2022, targetYear: 2025 });
    expect(s.baseValue.toString()).toBe('100');
    expect(s.thresholds.substantial.toString()).toBe('0.95');
    expect(s.thresholds.moderate.toString()).toBe('0.6');
  });

  describe('edge cases', () => {
    it('one observation (current year = base year) is not computable: too-few-points', () => {
      const s = progressStatus(growth(110, 2020));
      expect(s).toMatchObject({ computable: false, reason: 'too-few-points' });
      expect(s.observed).toBeNull();
    });

    it('a base value of 0 is not computable: zero-base', () => {
      const s = progressStatus({ ...growth(3), baseValue: 0 });
      expect(outcome(s)).toBe('not computable: zero-base');
      expect(s.observed).toBeNull();
      expect(s.required).toBeNull();
    });

    it('a value across 0 from the base is not computable: opposite-signs', () => {
      const s = progressStatus({ ...growth(-2), baseValue: 5, targetValue: 8 });
      expect(outcome(s)).toBe('not computable: opposite-signs');
      expect(s.required).not.toBeNull();
    });

    it('works on all-negative values (−10 → −5, target −2: substantial)', () => {
      const s = progressStatus({
        baseYear: 2020,
        baseValue: -10,
        currentYear: 2021,
        currentValue: -5,
        targetYear: 2025,
        targetValue: -2,
        direction: 'higher-is-better',
      });
      expect(outcome(s)).toBe('substantial');
    });

    it('a target of 0 ("xóa hộ nghèo") needs −100% a year', () => {
      const s = progressStatus({
        baseYear: 2020,
        baseValue: '4.98',
        currentYear: 2021,
        currentValue: '3.96',
        targetYear: 2025,
        targetValue: 0,
      });
      expect(s.required?.toString()).toBe('-100');
      expect(outcome(s)).toBe('limited');
    });

    it('worse than a target no further than the base value is deterioration, without R', () => {
      const s = progressStatus({ ...growth(80), targetValue: 90, direction: 'higher-is-better' });
      expect(outcome(s)).toBe('deterioration');
      expect(s.ratio).toBeNull();
      const flat = progressStatus({ ...growth(95), targetValue: 100 });
      expect(outcome(flat)).toBe('deterioration');
    });

    it('rejects bad years and values', () => {
      expect(caught(() => progressStatus({ ...growth(1), baseYear: Number.NaN })).path).toEqual([
        'baseYear',
      ]);
      expect(
        caught(() => progressStatus({ ...growth(1), currentYear: '2021' as unknown as number }))
          .code,
      ).toBe('invalid-argument');
      expect(caught(() => progressStatus(growth(1, 2019))).path).toEqual(['currentYear']);
      expect(caught(() => progressStatus({ ...growth(1), targetYear: 2020 })).path).toEqual([
        'targetYear',
      ]);
      expect(caught(() => progressStatus(growth('3,96'))).path).toEqual(['currentValue']);
      expect(
        caught(() => progressStatus({ ...growth(1), direction: 'up' } as unknown as ProgressInput))
          .path,
      ).toEqual(['direction']);
      expect(caught(() => progressStatus(null as unknown as ProgressInput)).code).toBe(
        'invalid-argument',
      );
      expect(() => progressStatus(growth(1, 2019))).toThrowErrorMatchingInlineSnapshot(
        `[ChitieuError: [chitieu] Invalid argument at currentYear: expected a current year not before the base year 2020; received 2019]`,
      );
    });

    it('says which year or value is wrong, and what it expected', () => {
      expect(() =>
        progressStatus({ ...growth(1), currentYear: '2021' as unknown as number }),
      ).toThrowErrorMatchingInlineSnapshot(
        `[ChitieuError: [chitieu] Invalid argument at currentYear: expected a year as a finite number (2021); received "2021"]`,
      );
      expect(
        caught(() => progressStatus({ ...growth(1), targetYear: Number.POSITIVE_INFINITY })).path,
      ).toEqual(['targetYear']);
      expect(caught(() => progressStatus({ ...growth(1), targetValue: '2,5' })).path).toEqual([
        'targetValue',
      ]);
      expect(() =>
        progressStatus(null as unknown as ProgressInput),
      ).toThrowErrorMatchingInlineSnapshot(
        `[ChitieuError: [chitieu] Invalid argument: expected an object with base, current and target values; received null]`,
      );
    });

    it('needs a target year after the base year: the same year or an earlier one is refused', () => {
      expect(() =>
        progressStatus({ ...growth(1, 2020), targetYear: 2020 }),
      ).toThrowErrorMatchingInlineSnapshot(
        `[ChitieuError: [chitieu] Invalid argument at targetYear: expected a target year after the base year 2020; received 2020]`,
      );
      expect(caught(() => progressStatus({ ...growth(1, 2020), targetYear: 2019 }))).toMatchObject({
        code: 'invalid-argument',
        path: ['targetYear'],
      });
    });

    it('refuses a required growth past 1e1000 percent at targetYear', () => {
      const input: ProgressInput = {
        baseYear: 2020,
        baseValue: '1e-1000',
        currentYear: 2020,
        currentValue: '1e-1000',
        targetYear: 2021,
        targetValue: '1e1000',
      };
      expect(caught(() => progressStatus(input))).toMatchObject({
        code: 'invalid-argument',
        path: ['targetYear'],
      });
    });
  });

  it('does not mutate its input', () => {
    const input = Object.freeze(growth(121));
    progressStatus(input);
    expect(input).toEqual(growth(121));
  });

  describe('laws', () => {
    const inputArb = fc.record({
      baseYear: fc.integer({ min: 2000, max: 2020 }),
      span: fc.integer({ min: 0, max: 5 }),
      targetSpan: fc.integer({ min: 1, max: 10 }),
      baseValue: decimalArb,
      currentValue: decimalArb,
      targetValue: decimalArb,
      direction: fc.constantFrom(undefined, 'higher-is-better', 'lower-is-better'),
    });
    type Drawn = typeof inputArb extends fc.Arbitrary<infer T> ? T : never;
    const toInput = (r: Drawn): ProgressInput => ({
      baseYear: r.baseYear,
      baseValue: r.baseValue,
      currentYear: r.baseYear + r.span,
      currentValue: r.currentValue,
      targetYear: r.baseYear + r.targetSpan,
      targetValue: r.targetValue,
      ...(r.direction === undefined ? {} : { direction: r.direction }),
    });

    it('never returns NaN: every outcome is a category or a typed reason', () => {
      fc.assert(
        fc.property(inputArb, (r) => {
          const s = progressStatus(toInput(r));
          for (const v of [s.observed, s.required, s.ratio]) {
            if (v !== null) expect(v.isFinite()).toBe(true);
          }
          if (s.computable && s.outcome !== 'target-achieved' && s.ratio !== null) {
            const expected = s.ratio.gte('0.95')
              ? 'substantial'
              : s.ratio.gte('0.6')
                ? 'moderate'
                : s.ratio.gte(0)
                  ? 'limited'
                  : 'deterioration';
            expect(s.outcome).toBe(expected);
          }
        }),
      );
    });

    it('every result comes back equal through JSON and progressStatusSchema', () => {
      fc.assert(
        fc.property(inputArb, (r) => {
          const s = progressStatus(toInput(r));
          expect(z.parse(progressStatusSchema, JSON.parse(JSON.stringify(s)))).toEqual(s);
        }),
      );
    });
  });
});
