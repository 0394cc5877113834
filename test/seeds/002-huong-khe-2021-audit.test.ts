/**
 * Seed 002_6f9d0d73f558c892.txt (Báo Hà Tĩnh, Hương Khê, tổng kết năm 2021): every figure
 * in it that can be checked against its own arithmetic.
 */

import {
  checkChange,
  checkShare,
  checkStatusTally,
  inferPlan,
  parseViNumber,
  reconcilePercent,
  type TallyStatus,
} from 'chitieu';
import { describe, expect, it } from 'vitest';

describe('seed 002 — Hương Khê 2021: auditing the published figures', () => {
  describe('"kết nạp 169 đảng viên mới, … đạt 112,6% kế hoạch năm"', () => {
    it('the only whole plan that prints 112,6% is 150, under truncation (cắt bỏ)', () => {
      const r = inferPlan(169, '112,6%');
      expect(r.integers.map(String)).toEqual(['150']);
      expect(r.byMode.truncate?.integers.map(String)).toEqual(['150']);
      expect(r.byMode['half-up']?.integers).toEqual([]);
    });

    it('169/150 = 112,666…%: truncation prints "112,6%", half-up would print "112,7%"', () => {
      const r = reconcilePercent('112,6%', 169, 150);
      expect(r.consistent).toBe(true);
      expect(r.matches).toContain('truncate');
      expect(r.matches).not.toContain('half-up');
      expect(r.candidates['half-up']).toBe('112,7%');
    });
  });

  it('"tăng 121 đảng viên so với năm 2020": 48 admissions in 2020', () => {
    const r = checkChange(169, null, 'tăng 121 đảng viên so với năm 2020');
    expect(r.impliedPrevious.toString()).toBe('48');
    expect(checkChange(169, 48, 'tăng 121 đảng viên so với năm 2020').consistent).toBe(true);
  });

  it('"381 tiêu chí đạt chuẩn (tăng 19 tiêu chí so với năm 2020)": 362 criteria in 2020', () => {
    const r = checkChange(381, null, '(tăng 19 tiêu chí so với năm 2020)');
    expect(r.impliedPrevious.toString()).toBe('362');
    expect(checkChange(381, 362, 'tăng 19 tiêu chí').verdict).toBe('consistent');
  });

  it('"Tỷ lệ hộ nghèo còn 3,96%, giảm 1,02%": 4,98% the year before (percentage points)', () => {
    const r = checkChange(parseViNumber('3,96'), null, 'giảm 1,02%', { measure: 'rate' });
    expect(r.basis).toBe('points');
    expect(r.impliedPrevious.toString()).toBe('4.98');
  });

  it('"hộ cận nghèo còn 4,93%, giảm 0,13%": 5,06% the year before', () => {
    const r = checkChange(parseViNumber('4,93'), null, 'giảm 0,13%', { measure: 'rate' });
    expect(r.impliedPrevious.toString()).toBe('5.06');
  });

  it('"tiêm được 87.646 người …, đạt tỷ lệ 97,1%": a target population of 90.171 to 90.310', () => {
    const r = inferPlan(parseViNumber('87.646'), '97,1%');
    // half-up: 8.764.600/97,15 < p ≤ 8.764.600/97,05; truncation: 8.764.600/97,2 < p ≤ 8.764.600/97,1
    expect(r.min?.eq(parseViNumber('8.764.600').div(parseViNumber('97,2')))).toBe(true);
    expect(r.max?.eq(parseViNumber('8.764.600').div(parseViNumber('97,05')))).toBe(true);
    expect(r.min?.toFixed(2)).toBe('90170.78');
    expect(r.max?.toFixed(2)).toBe('90310.15');
    expect(r.integers[0]?.toString()).toBe('90171');
    expect(r.integers.at(-1)?.toString()).toBe('90310');
    expect(r.integerCount?.toString()).toBe('140');
    expect(r.byMode.truncate?.integers.at(-1)?.toString()).toBe('90263');
    expect(r.byMode['half-up']?.integers[0]?.toString()).toBe('90218');
  });

  it('"32/39 chỉ tiêu vượt và đạt kế hoạch" agrees with a scorecard of 32 attained, 7 not', () => {
    const statuses: TallyStatus[] = [
      ...Array<TallyStatus>(32).fill('met'),
      ...Array<TallyStatus>(7).fill('not-met'),
    ];
    expect(checkStatusTally(statuses, '32/39').consistent).toBe(true);
    expect(checkShare(32, 39).share.toFixed(2)).toBe('82.05');
  });

  it('"Thêm 2 tiêu chí NTM cấp huyện …, lũy kế đến nay có 4/9": 2 of 9 the year before', () => {
    expect(checkChange(4, null, 'Thêm 2 tiêu chí').impliedPrevious.toString()).toBe('2');
    expect(checkShare(4, 9).share.toFixed(1)).toBe('44.4');
  });

  it('"phát triển thêm 97 mô hình, lũy kế … 3.365 mô hình": 3.268 the year before', () => {
    const r = checkChange(parseViNumber('3.365'), null, 'thêm 97 mô hình');
    expect(r.impliedPrevious.toString()).toBe('3268');
  });

  it('"Thị trấn Hương Khê đạt 8/18 tiêu chí đô thị văn minh" is a share of 44,4…%', () => {
    expect(checkShare(8, 18).share.toFixed(3)).toBe('44.444');
  });
});
