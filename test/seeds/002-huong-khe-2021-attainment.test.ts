/**
 * Seed 002_6f9d0d73f558c892.txt (Báo Hà Tĩnh, Hương Khê, tổng kết năm 2021): the 2021
 * results against their plans, and their changes from 2020, computed exactly.
 *
 * Every test starts from the article's own words, read by the library (see ./published.ts):
 * the 2021 admission plan is not stated and is inferred from "đạt 112,6% kế hoạch năm"; the
 * 2020 figures are not stated and follow from the published changes ("tăng 121", "giảm 1,02%").
 */

import { describe, expect, it } from 'vitest';
import { change } from '../../src/attainment/change.js';
import { evaluate } from '../../src/attainment/evaluate.js';
import { growthRate } from '../../src/attainment/growth-rate.js';
import { readChangePhrase } from '../../src/audit/read-change-phrase.js';
import { formatViNumber } from '../../src/notation/format-vi-number.js';
import { formatViPercent } from '../../src/notation/format-vi-percent.js';
import { parseTarget } from '../../src/targets/parse-target.js';
import { impliedPlan, previousFrom, stated } from './published.js';

describe('seed 002 — Hương Khê 2021: attainment', () => {
  describe('"kết nạp 169 đảng viên mới, tăng 121 đảng viên so với năm 2020, đạt 112,6% kế hoạch năm"', () => {
    const plan = impliedPlan('169', '112,6%');
    const a = evaluate(stated('169'), { kind: 'at-least', value: plan, strict: false });

    it('the plan "đạt 112,6%" implies is 150 (the only whole one); 169 exceeds it by 19', () => {
      expect(plan.toString()).toBe('150');
      expect(a.status).toBe('exceeded');
      expect(a.gap.toString()).toBe('19');
    });

    it('printed as the article prints it, "112,6%", under truncation only', () => {
      expect(a.percentOfPlan?.toFixed(10)).toBe('112.6666666667');
      expect(formatViPercent(a.percentOfPlan!, { decimals: 1, rounding: 'truncate' })).toBe(
        '112,6%',
      );
      // half-up would have printed 112,7%: the publisher truncated
      expect(formatViPercent(a.percentOfPlan!, { decimals: 1, rounding: 'half-up' })).toBe(
        '112,7%',
      );
    });

    it('"tăng 121 đảng viên so với năm 2020": the change from the implied 2020 figure is +121', () => {
      const phrase = readChangePhrase('tăng 121 đảng viên so với năm 2020');
      const c = change(stated('169'), previousFrom('169', 'tăng 121 đảng viên so với năm 2020'));
      expect(c.absolute.eq(phrase.value)).toBe(true);
      expect(c.direction).toBe(phrase.direction);
      expect(formatViNumber(c.absolute)).toBe('121');
    });
  });

  describe('"Tỷ lệ hộ nghèo còn 3,96%, giảm 1,02%; hộ cận nghèo còn 4,93%, giảm 0,13%"', () => {
    it('the poverty rate fell 1,02 percentage points (from 4,98%), not 1,02%', () => {
      const c = change(stated('3,96'), previousFrom('3,96', 'giảm 1,02%'), { measure: 'rate' });
      expect(formatViNumber(c.absolute)).toBe('-1,02');
      expect(formatViNumber(c.previous)).toBe('4,98');
      expect(c.unit).toBe('points');
      expect(c.direction).toBe('decrease');
      // read as a relative fall instead, it would be 20,48%, not 1,02%
      expect(formatViPercent(c.relative!.abs(), { decimals: 2 })).toBe('20,48%');
    });

    it('the near-poverty rate fell 0,13 percentage points, from 5,06%', () => {
      const c = change(stated('4,93'), previousFrom('4,93', 'giảm 0,13%'), { measure: 'rate' });
      expect(formatViNumber(c.absolute)).toBe('-0,13');
      expect(formatViNumber(c.previous)).toBe('5,06');
      expect(c.unit).toBe('points');
    });
  });

  describe('"tốc độ tăng tổng giá trị sản xuất 12,1%" against the 2022 plan "tốc độ tăng tổng giá trị sản xuất trên 13%"', () => {
    const { target } = parseTarget('tốc độ tăng tổng giá trị sản xuất trên 13%', {
      measure: 'rate',
    });
    const g = evaluate(stated('12,1'), target, { ratioBasis: 'growth-index', measure: 'rate' });

    it('is not met, 0,9 points short', () => {
      expect(g.status).toBe('not-met');
      expect(formatViNumber(g.gap)).toBe('-0,9');
    });

    it('on the growth index it is 112,1 / 113 = 99,20…% of plan', () => {
      expect(g.ratio?.eq(stated('112,1').div(113))).toBe(true);
      expect(formatViPercent(g.percentOfPlan!, { decimals: 2, rounding: 'truncate' })).toBe(
        '99,2%',
      );
    });
  });

  describe('"thu nhập bình quân đầu người đạt 49,22 triệu đồng/người/năm" against the 2022 plan "thu nhập bình quân đầu người trên 51,5 triệu đồng/người/năm"', () => {
    const { target, unit } = parseTarget(
      'thu nhập bình quân đầu người trên 51,5 triệu đồng/người/năm',
    );
    const a = evaluate(stated('49,22'), target);

    it('is not met: 95,57…% of plan, 2,28 triệu đồng short', () => {
      expect(unit).toBe('triệu đồng/người/năm');
      expect(a.status).toBe('not-met');
      expect(formatViPercent(a.percentOfPlan!, { decimals: 2, rounding: 'truncate' })).toBe(
        '95,57%',
      );
      expect(formatViNumber(a.gap)).toBe('-2,28');
    });
  });

  describe('counts and their changes', () => {
    it('"381 tiêu chí đạt chuẩn (tăng 19 tiêu chí so với năm 2020)": 362 in 2020', () => {
      const previous = previousFrom('381', '(tăng 19 tiêu chí so với năm 2020)');
      expect(formatViNumber(previous)).toBe('362');
      expect(formatViNumber(change(stated('381'), previous).absolute)).toBe('19');
    });

    it('"phát triển thêm 97 mô hình, lũy kế toàn huyện có 3.365 mô hình": 3.268 before, +2,97%', () => {
      const previous = previousFrom('3.365', 'thêm 97 mô hình');
      expect(formatViNumber(previous)).toBe('3.268');
      expect(
        formatViPercent(growthRate(stated('3.365'), previous), {
          decimals: 2,
          rounding: 'half-up',
        }),
      ).toBe('2,97%');
    });

    it('"Thêm 2 tiêu chí NTM cấp huyện đạt chuẩn, lũy kế đến nay có 4/9": "có thêm 2" from 2 is met', () => {
      const { target } = parseTarget('có thêm 2 tiêu chí');
      const a = evaluate(stated('4'), target, {
        baseline: previousFrom('4', 'Thêm 2 tiêu chí'),
        measure: 'count',
      });
      expect(a.status).toBe('met');
      expect(a.compared.toString()).toBe('2');
    });
  });
});
