import { describe, expect, expectTypeOf, it } from 'vitest';
import * as z from 'zod/mini';
import { formatViPercent } from '../../src/notation/format-vi-percent.js';
import { Decimal } from '../../src/numeric/decimal.js';
import { type AdmissionsInput, evaluateAdmissions } from '../../src/party/admissions.js';
import {
  type AdmissionsResult,
  admissionsResultSchema,
} from '../../src/party/admissions-schema.js';
import { caught } from '../support/caught.js';

const hk2021: AdmissionsInput = {
  admitted: 169,
  plan: 'trên 150 đảng viên',
  previous: 48,
  period: { kind: 'year', year: 2021 },
};

describe('evaluateAdmissions', () => {
  it('169 admissions against a plan of more than 150 are 112,6% of plan (truncated)', () => {
    const r = evaluateAdmissions(hk2021);
    expect(r.attainment?.status).toBe('exceeded');
    expect(
      formatViPercent(r.attainment?.percentOfPlan ?? 0, { decimals: 1, rounding: 'truncate' }),
    ).toBe('112,6%');
    expect(r.plan).toEqual({ kind: 'at-least', value: new Decimal(150), strict: true });
  });

  it('169 against 48 the year before is an increase of 121', () => {
    const r = evaluateAdmissions(hk2021);
    expect(r.change?.absolute.toString()).toBe('121');
    expect(r.change?.direction).toBe('increase');
    expect(r.change?.measure).toBe('count');
    expect(r.previousPeriod).toEqual({ kind: 'year', year: 2020 });
  });

  it('reads a bare number as a minimum plan', () => {
    const r = evaluateAdmissions({ admitted: 150, plan: 150 });
    expect(r.plan).toEqual({ kind: 'at-least', value: new Decimal(150), strict: false });
    expect(r.attainment?.status).toBe('met');
    expect(evaluateAdmissions({ admitted: 55, plan: 60 }).attainment?.status).toBe('not-met');
  });

  it('takes a Target object and a named previous period', () => {
    const r = evaluateAdmissions({
      admitted: 95,
      plan: { kind: 'range', min: new Decimal(90), max: new Decimal(100) },
      previous: 90,
      period: { kind: 'year', year: 2022 },
      previousPeriod: { kind: 'year', year: 2020 },
    });
    expect(r.attainment?.status).toBe('met');
    expect(r.previousPeriod).toEqual({ kind: 'year', year: 2020 });
  });

  it('keeps the plan as a normalised Target (numbers become Decimals)', () => {
    const r = evaluateAdmissions({
      admitted: 169,
      plan: { kind: 'at-least', value: 150, strict: true } as never,
    });
    expect(r.plan).toEqual({ kind: 'at-least', value: new Decimal(150), strict: true });
  });

  it('measures a change target from the previous number', () => {
    const r = evaluateAdmissions({ admitted: 60, plan: 'tăng 10% so với năm trước', previous: 50 });
    expect(r.attainment?.status).toBe('exceeded');
  });

  describe('edge cases', () => {
    it('without a plan or a previous number, those parts are null', () => {
      const r = evaluateAdmissions({ admitted: 12 });
      expect(r).toEqual({
        admitted: 12,
        period: null,
        plan: null,
        attainment: null,
        previous: null,
        previousPeriod: null,
        change: null,
      });
    });

    it('without a period, a previous number has no previous period', () => {
      expect(evaluateAdmissions({ admitted: 12, previous: 10 }).previousPeriod).toBeNull();
    });

    it('a change target without a previous number is a missing baseline', () => {
      const e = caught(() => evaluateAdmissions({ admitted: 60, plan: 'tăng 10 đảng viên' }));
      expect([e.code, e.path]).toEqual(['missing-baseline', ['input', 'previous']]);
    });

    it('rejects bad counts, periods and plans at their paths', () => {
      expect(caught(() => evaluateAdmissions({ admitted: -1 })).path).toEqual([
        'input',
        'admitted',
      ]);
      expect(caught(() => evaluateAdmissions({ admitted: 1, previous: 2.5 })).path).toEqual([
        'input',
        'previous',
      ]);
      expect(caught(() => evaluateAdmissions({ admitted: 1, plan: -5 })).path).toEqual([
        'input',
        'plan',
      ]);
      const period = caught(() =>
        evaluateAdmissions({ admitted: 1, period: { kind: 'year', year: 20 } }),
      );
      expect([period.code, period.path]).toEqual(['invalid-period', ['input', 'period', 'year']]);
      expect(caught(() => evaluateAdmissions({ admitted: 1, plan: 'nhiều' })).code).toBe(
        'unparseable-target',
      );
      expect(caught(() => evaluateAdmissions(null as never)).path).toEqual(['input']);
    });
  });

  it('survives a JSON round trip through its schema', () => {
    const r = evaluateAdmissions(hk2021);
    expect(z.parse(admissionsResultSchema, JSON.parse(JSON.stringify(r)))).toEqual(r);
  });

  it('does not mutate its input', () => {
    const input = structuredClone(hk2021);
    evaluateAdmissions(input);
    expect(input).toEqual(hk2021);
  });

  it('has the documented types', () => {
    expectTypeOf(evaluateAdmissions(hk2021)).toEqualTypeOf<AdmissionsResult>();
    expectTypeOf(evaluateAdmissions).parameter(0).toEqualTypeOf<AdmissionsInput>();
  });
});
