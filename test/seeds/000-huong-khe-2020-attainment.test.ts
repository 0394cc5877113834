/**
 * Seed 000_05cd33d1b0abd4bb.txt (Hương Khê, xây dựng cơ sở VMTD, cụm ATLC năm 2020): its
 * economic figures and the "đạt 100% chỉ tiêu" of the call-up, computed exactly. Each test
 * starts from the article's words (figures read by parseViNumber, phrases by parseTarget).
 */

import { describe, expect, it } from 'vitest';
import { change } from '../../src/attainment/change.js';
import { evaluate } from '../../src/attainment/evaluate.js';
import { growthRate } from '../../src/attainment/growth-rate.js';
import { formatViNumber } from '../../src/notation/format-vi-number.js';
import { formatViPercent } from '../../src/notation/format-vi-percent.js';
import { parseViNumber } from '../../src/notation/parse-vi-number.js';
import { Decimal } from '../../src/numeric/decimal.js';
import { parseTarget } from '../../src/targets/parse-target.js';

const vi = (text: string): Decimal => parseViNumber(text);

describe('seed 000 — Hương Khê 2020: attainment', () => {
  it('"Tốc độ tăng tổng giá trị sản xuất đạt 15,3%": read as a rate of 15,3 in percent', () => {
    const read = parseTarget('Tốc độ tăng tổng giá trị sản xuất đạt 15,3%', { measure: 'rate' });
    expect(read.unit).toBe('%');
    expect(read.target.kind === 'exact' && read.target.value.eq(vi('15,3'))).toBe(true);
    // as a growth rate, it is a production index of 115,3 (the year before = 100)
    expect(growthRate(vi('115,3'), 100).eq(vi('15,3'))).toBe(true);
  });

  it('growth fell from 15,3% (2020) to 12,1% (2021, seed 002): 3,2 percentage points', () => {
    const c = change(vi('12,1'), vi('15,3'), { measure: 'rate' });
    expect(c.absolute.toString()).toBe('-3.2');
    expect(c.unit).toBe('points');
  });

  it('"nông, lâm, thủy sản chiếm 36,11%; Công nghiệp, TTCN, xây dựng chiếm 36,17%": dịch vụ 27,72%', () => {
    const services = new Decimal(100).minus(vi('36,11')).minus(vi('36,17'));
    expect(formatViPercent(services, { decimals: 'exact' })).toBe('27,72%');
    expect(vi('36,11').plus(vi('36,17')).plus(services).toString()).toBe('100');
  });

  it('"thu nhập bình quân đầu người đạt 46,3 triệu đồng": 49,22 in 2021 (seed 002) is +2,92', () => {
    const c = change(vi('49,22'), vi('46,3'));
    expect(formatViNumber(c.absolute)).toBe('2,92');
    expect(formatViPercent(c.relative!, { decimals: 2, rounding: 'half-up' })).toBe('6,31%');
  });

  it('"tuyển, giao quân đạt 100% chỉ tiêu": 100% against an exact 100% is met', () => {
    const { target, unit } = parseTarget('tuyển, giao quân đạt 100% chỉ tiêu', { measure: 'rate' });
    expect(unit).toBe('%');
    const a = evaluate(vi('100'), target, { measure: 'rate' });
    expect(a.status).toBe('met');
    expect(a.gap.isZero()).toBe(true);
    expect(formatViPercent(a.percentOfPlan!)).toBe('100%');
  });
});
