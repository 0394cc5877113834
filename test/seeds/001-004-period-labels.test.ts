/**
 * Period labels quoted in the seed articles, read and written back.
 *
 * - 001_9c1e94b1803f550b.txt (Tuyên Hóa, mid-year review 2020): "Kết quả phân loại cơ sở
 *   6 tháng đầu năm 2020", "nhiệm vụ 6 tháng cuối năm 2020"
 * - 003_3bb57ab1ac51432e.txt: "HĐND các cấp nhiệm kỳ 2021 - 2026"
 * - 004_6927e2e0a3ef59af.txt: "nhiệm vụ năm 2021", "nhiệm kỳ 2020 - 2025",
 *   "giai đoạn 2021 - 2025", "cấp xã nhiệm kỳ 2021 - 2026"
 */
import { describe, expect, it } from 'vitest';
import { formatViPercent } from '../../src/notation/format-vi-percent.js';
import { toDecimal } from '../../src/numeric/to-decimal.js';
import { elapsedShare } from '../../src/period/elapsed-share.js';
import { parsePeriodLabel } from '../../src/period/parse-period-label.js';
import { periodInterval } from '../../src/period/period-interval.js';
import { periodLabel } from '../../src/period/period-label.js';
import { previousPeriod } from '../../src/period/previous-period.js';
import { samePeriodLastYear } from '../../src/period/same-period-last-year.js';

describe('seed 001 (001_9c1e94b1803f550b.txt): the two halves of 2020', () => {
  it('"6 tháng đầu năm 2020" is the first half of 2020, 1 January to 30 June (182 days, a leap year)', () => {
    const p = parsePeriodLabel('6 tháng đầu năm 2020');
    expect(p).toEqual({ kind: 'half', year: 2020, half: 1 });
    expect(periodInterval(p)).toMatchObject({ start: '2020-01-01', end: '2020-06-30', days: 182 });
    expect(periodLabel(p)).toBe('6 tháng đầu năm 2020');
  });

  it('"6 tháng cuối năm 2020" is the second half, the period after the first', () => {
    const p = parsePeriodLabel('6 tháng cuối năm 2020');
    expect(p).toEqual({ kind: 'half', year: 2020, half: 2 });
    expect(previousPeriod(p)).toEqual(parsePeriodLabel('6 tháng đầu năm 2020'));
    expect(periodLabel(p)).toBe('6 tháng cuối năm 2020');
    expect(periodLabel(p, { withYear: false })).toBe('6 tháng cuối năm');
  });

  it('the mid-year review compares with 6 tháng đầu năm 2019 (cùng kỳ năm trước)', () => {
    expect(periodLabel(samePeriodLastYear(parsePeriodLabel('6 tháng đầu năm 2020')))).toBe(
      '6 tháng đầu năm 2019',
    );
  });
});

describe('seed 003 (003_3bb57ab1ac51432e.txt): the HĐND term', () => {
  it('"nhiệm kỳ 2021 - 2026" is the HĐND term 2021–2026, written back with an en dash', () => {
    const p = parsePeriodLabel('nhiệm kỳ 2021 - 2026');
    expect(p).toEqual({ kind: 'term', startYear: 2021, endYear: 2026 });
    expect(periodLabel(p)).toBe('nhiệm kỳ 2021–2026');
    expect(previousPeriod(p)).toEqual({ kind: 'term', startYear: 2016, endYear: 2021 });
  });
});

describe('seed 004 (004_6927e2e0a3ef59af.txt): year, congress term and plan stage', () => {
  it('"năm 2021" is the calendar year 2021', () => {
    const p = parsePeriodLabel('năm 2021');
    expect(p).toEqual({ kind: 'year', year: 2021 });
    expect(periodInterval(p).days).toBe(365);
    expect(periodLabel(p)).toBe('năm 2021');
  });

  it('"nhiệm kỳ 2020 - 2025" is the congress term 2020–2025, after 2015–2020', () => {
    const p = parsePeriodLabel('nhiệm kỳ 2020 - 2025');
    expect(p).toEqual({ kind: 'term', startYear: 2020, endYear: 2025 });
    expect(periodLabel(p)).toBe('nhiệm kỳ 2020–2025');
    expect(periodInterval(p)).toMatchObject({ start: '2020-01-01', end: '2025-12-31' });
    expect(periodLabel(previousPeriod(p))).toBe('nhiệm kỳ 2015–2020');
  });

  it('"giai đoạn 2021 - 2025" is the plan stage 2021–2025, after 2016–2020', () => {
    const p = parsePeriodLabel('giai đoạn 2021 - 2025');
    expect(p).toEqual({ kind: 'stage', startYear: 2021, endYear: 2025 });
    expect(periodLabel(p)).toBe('giai đoạn 2021–2025');
    expect(periodInterval(p)).toMatchObject({ start: '2021-01-01', end: '2025-12-31', days: 1826 });
    expect(periodLabel(previousPeriod(p))).toBe('giai đoạn 2016–2020');
  });

  it('at the end of 2021, 365 of the 1.826 days of the stage 2021–2025 have passed', () => {
    const share = elapsedShare(parsePeriodLabel('giai đoạn 2021 - 2025'), '2021-12-31');
    expect(share.equals(toDecimal(365).div(1826))).toBe(true);
    expect(formatViPercent(share.times(100), { decimals: 2, rounding: 'truncate' })).toBe('19,98%');
  });
});
