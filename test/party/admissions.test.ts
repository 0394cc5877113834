import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { formatViPercent } from '../../src/notation/format-vi-percent.js';
import { Decimal } from '../../src/numeric/decimal.js';
import { type AdmissionsInput, evaluateAdmissions } from '../../src/party/admissions.js';
import { admissionsResultSchema } from '../../src/party/admissions-schema.js';
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

  it('reads a "%" change in the plan phrase as percent of the previous number (a count)', () => {
    const r = evaluateAdmissions({ admitted: 55, plan: 'tăng 10%', previous: 50 });
    expect(r.plan).toEqual({
      kind: 'change',
      direction: 'increase',
      by: { kind: 'exact', value: new Decimal(10) },
      basis: 'percent',
    });
    expect(r.attainment?.status).toBe('met');
  });

  it('evaluates the plan as a count, with or without a previous number', () => {
    expect(evaluateAdmissions({ admitted: 150, plan: 150 }).attainment?.measure).toBe('count');
    const r = evaluateAdmissions({ admitted: 150, plan: 150, previous: 100 });
    expect(r.attainment?.measure).toBe('count');
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

    it('without a previous number, a period has no previous period', () => {
      const r = evaluateAdmissions({ admitted: 12, period: { kind: 'year', year: 2021 } });
      expect(r.period).toEqual({ kind: 'year', year: 2021 });
      expect(r.previousPeriod).toBeNull();
    });

    it('a change target without a previous number is a missing baseline', () => {
      const e = caught(() => evaluateAdmissions({ admitted: 60, plan: 'tăng 10 đảng viên' }));
      expect([e.code, e.path]).toEqual(['missing-baseline', ['input', 'previous']]);
      expect(e.message).toContain(
        "expected the previous period's admissions (previous) to measure a change target from",
      );
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

    it('says where an unreadable plan phrase sits, and what it expected of the input', () => {
      const plan = caught(() => evaluateAdmissions({ admitted: 1, plan: 'nhiều' }));
      expect([plan.code, plan.path]).toEqual(['unparseable-target', ['input', 'plan']]);
      expect(plan.message).toMatch(
        /^\[chitieu\] Unreadable target phrase \(chỉ tiêu\) at input\.plan: expected a figure/,
      );
      expect(caught(() => evaluateAdmissions(null as never)).message).toContain(
        'expected admissions ({ admitted, plan?, previous?, period? })',
      );
    });

    it('puts a reversed range in the plan phrase at input.plan, not at the parsed max', () => {
      const e = caught(() => evaluateAdmissions({ admitted: 1, plan: 'từ 100 đến 90 đảng viên' }));
      expect([e.code, e.path]).toEqual(['invalid-target', ['input', 'plan']]);
      expect(e.message).toBe(
        '[chitieu] Invalid target (chỉ tiêu) at input.plan: expected a range whose lower end is not above its upper end; received "từ 100 đến 90 đảng viên"',
      );
    });

    it('rejects a bad previous period at its path', () => {
      const e = caught(() =>
        evaluateAdmissions({
          admitted: 1,
          previous: 1,
          previousPeriod: { kind: 'year', year: 20 },
        }),
      );
      expect([e.code, e.path]).toEqual(['invalid-period', ['input', 'previousPeriod', 'year']]);
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
});
