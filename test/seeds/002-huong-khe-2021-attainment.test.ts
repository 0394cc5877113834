/**
 * Seed 002_6f9d0d73f558c892.txt (Báo Hà Tĩnh, Hương Khê, tổng kết năm 2021): the 2021
 * results against their plans, and their changes from 2020, computed exactly.
 */

import { describe, expect, it } from 'vitest';
import { change } from '../../src/attainment/change.js';
import { evaluate } from '../../src/attainment/evaluate.js';
import { growthRate } from '../../src/attainment/growth-rate.js';
import { formatViNumber } from '../../src/notation/format-vi-number.js';
import { formatViPercent } from '../../src/notation/format-vi-percent.js';
import { parseViNumber } from '../../src/notation/parse-vi-number.js';
import { Decimal } from '../../src/numeric/decimal.js';
import type { Target } from '../../src/targets/target-schema.js';

const vi = (text: string): Decimal => parseViNumber(text);
const above = (text: string): Target => ({ kind: 'at-least', value: vi(text), strict: true });

describe('seed 002 — Hương Khê 2021: attainment', () => {
  describe('"kết nạp 169 đảng viên mới, … đạt 112,6% kế hoạch năm" ("kết nạp trên 150")', () => {
    const a = evaluate(169, above('150'));

    it('169 admissions against a plan of more than 150 are exceeded, by 19', () => {
      expect(a.status).toBe('exceeded');
      expect(a.gap.toString()).toBe('19');
    });

    it('169/150 = 112,666…% of plan, printed "112,6%" under truncation', () => {
      expect(a.percentOfPlan?.toFixed(10)).toBe('112.6666666667');
      expect(formatViPercent(a.percentOfPlan!, { decimals: 1, rounding: 'truncate' })).toBe(
        '112,6%',
      );
      // half-up would have printed 112,7%: the publisher truncated
      expect(formatViPercent(a.percentOfPlan!, { decimals: 1, rounding: 'half-up' })).toBe(
        '112,7%',
      );
    });

    it('"tăng 121 đảng viên so với năm 2020": 2020 had 48 admissions', () => {
      expect(change(169, 48).absolute.toString()).toBe('121');
      expect(change(169, 48).direction).toBe('increase');
    });
  });

  describe('"Tỷ lệ hộ nghèo còn 3,96%, giảm 1,02%; hộ cận nghèo còn 4,93%, giảm 0,13%"', () => {
    it('the poverty rate fell 1,02 percentage points, from 4,98%', () => {
      const c = change(vi('3,96'), vi('4,98'), { measure: 'rate' });
      expect(c.absolute.eq(vi('1,02').neg())).toBe(true);
      expect(c.unit).toBe('points');
      expect(c.direction).toBe('decrease');
      // read as a relative fall instead, it would be 20,48%, not 1,02%
      expect(formatViPercent(c.relative!.abs(), { decimals: 2 })).toBe('20,48%');
    });

    it('the near-poverty rate fell 0,13 percentage points, from 5,06%', () => {
      const c = change(vi('4,93'), vi('5,06'), { measure: 'rate' });
      expect(c.absolute.eq(vi('0,13').neg())).toBe(true);
      expect(c.unit).toBe('points');
    });
  });

  describe('"tốc độ tăng tổng giá trị sản xuất 12,1%" against the 2022 plan "trên 13%"', () => {
    const g = evaluate(vi('12,1'), above('13'), { ratioBasis: 'growth-index', measure: 'rate' });

    it('is not met, 0,9 points short', () => {
      expect(g.status).toBe('not-met');
      expect(g.gap.toString()).toBe('-0.9');
    });

    it('on the growth index it is 112,1 / 113 = 99,20…% of plan', () => {
      expect(g.ratio?.eq(vi('112,1').div(113))).toBe(true);
      expect(formatViPercent(g.percentOfPlan!, { decimals: 2, rounding: 'truncate' })).toBe(
        '99,2%',
      );
    });
  });

  describe('"thu nhập bình quân đầu người đạt 49,22 triệu đồng" against the 2022 plan "trên 51,5"', () => {
    const a = evaluate(vi('49,22'), above('51,5'));

    it('is not met: 95,57…% of plan, 2,28 triệu đồng short', () => {
      expect(a.status).toBe('not-met');
      expect(formatViPercent(a.percentOfPlan!, { decimals: 2, rounding: 'truncate' })).toBe(
        '95,57%',
      );
      expect(formatViNumber(a.gap)).toBe('-2,28');
    });
  });

  describe('counts and their changes', () => {
    it('"381 tiêu chí đạt chuẩn (tăng 19 tiêu chí so với năm 2020)": 362 in 2020', () => {
      expect(change(381, 362).absolute.toString()).toBe('19');
    });

    it('"phát triển thêm 97 mô hình, lũy kế … 3.365 mô hình": 3.268 before', () => {
      const c = change(vi('3.365'), vi('3.268'));
      expect(c.absolute.toString()).toBe('97');
      expect(
        formatViPercent(growthRate(vi('3.365'), vi('3.268')), { decimals: 2, rounding: 'half-up' }),
      ).toBe('2,97%');
    });

    it('"Thêm 2 tiêu chí NTM cấp huyện đạt chuẩn, lũy kế … 4/9": "có thêm 2" from 2 is met', () => {
      const t: Target = {
        kind: 'change',
        direction: 'increase',
        by: { kind: 'exact', value: new Decimal(2) },
        basis: 'absolute',
      };
      const a = evaluate(4, t, { baseline: 2, measure: 'count' });
      expect(a.status).toBe('met');
      expect(a.compared.toString()).toBe('2');
    });
  });
});
