/**
 * Seed 002_6f9d0d73f558c892.txt: Hương Khê district (Hà Tĩnh), review of 2021 and targets
 * for 2022, party building. Figures quoted:
 *
 * - "kết nạp 169 đảng viên mới, tăng 121 đảng viên so với năm 2020, đạt 112,6% kế hoạch năm"
 * - "Phấn đấu kết nạp trên 150 đảng viên" (2022 target)
 * - "có trên 80% tổ chức cơ sở đảng được xếp loại chất lượng “Hoàn thành tốt nhiệm vụ” trở
 *   lên" (2022 target)
 * - "kiểm tra đối với 222 lượt tổ chức đảng, 39 đảng viên"
 * - "thi hành kỷ luật đối với 1 tổ chức đảng và 98 đảng viên"
 * - "Có thêm 10 sản phẩm đạt chuẩn OCOP hạng 3 sao cấp tỉnh"
 *
 * The 2021 admission plan is not stated: it is inferred from "đạt 112,6% kế hoạch năm" (150,
 * the only whole plan that gives 112,6%, when truncating), and the 2020 admissions follow from
 * "tăng 121 đảng viên so với năm 2020" — both read by the library (./published.ts), so a wrong
 * reading or rounding fails these tests.
 */

import { formatViPercent, parseTarget, percentOf } from 'chitieu';
import {
  describeAdmissions,
  describeInspections,
  describeOcop,
  describeRatingShares,
  evaluateAdmissions,
  evaluateGoodOrBetter,
  inspectionTally,
  ocopTally,
  ratingShares,
  starFromScore,
} from 'chitieu/party';
import { describe, expect, it } from 'vitest';
import { readChangePhrase } from '../../src/audit/read-change-phrase.js';
import { count, impliedPlan, previousFrom } from './published.js';

const admissions2021 = {
  admitted: count('169'),
  plan: count(impliedPlan('169', '112,6%')),
  previous: count(previousFrom('169', 'tăng 121 đảng viên so với năm 2020')),
  period: { kind: 'year', year: 2021 },
} as const;

describe('seed 002 — Hương Khê 2021: party admissions', () => {
  it('"kết nạp 169 đảng viên mới, tăng 121 đảng viên so với năm 2020"', () => {
    const r = evaluateAdmissions(admissions2021);
    const published = readChangePhrase('tăng 121 đảng viên so với năm 2020');
    expect(r.change?.absolute.eq(published.value)).toBe(true);
    expect(r.change?.direction).toBe(published.direction);
    expect(r.previousPeriod).toEqual({ kind: 'year', year: 2020 });
  });

  it('"đạt 112,6% kế hoạch năm" implies a plan of 150, and 169 over it is "vượt kế hoạch"', () => {
    expect(admissions2021.plan.toString()).toBe('150');
    expect(evaluateAdmissions(admissions2021).attainment?.status).toBe('exceeded');
  });

  it('"đạt 112,6% kế hoạch năm": 169/150 = 112,666…%, published truncated', () => {
    const r = evaluateAdmissions(admissions2021);
    const pct = r.attainment?.percentOfPlan;
    expect(pct?.toFixed(6)).toBe('112.666667');
    expect(formatViPercent(pct ?? 0, { decimals: 1, rounding: 'truncate' })).toBe('112,6%');
    expect(formatViPercent(pct ?? 0, { decimals: 1, rounding: 'half-up' })).toBe('112,7%');
  });

  it('150 is the only whole plan from 100 to 200 that truncates to 112,6%; none rounds half-up to it', () => {
    const plans = Array.from({ length: 101 }, (_, i) => 100 + i);
    const truncated = plans.filter(
      (p) => formatViPercent(percentOf(169, p), { decimals: 1, rounding: 'truncate' }) === '112,6%',
    );
    const halfUp = plans.filter(
      (p) => formatViPercent(percentOf(169, p), { decimals: 1, rounding: 'half-up' }) === '112,6%',
    );
    expect(truncated).toEqual([150]);
    expect(halfUp).toEqual([]);
  });

  it('the whole sentence comes back', () => {
    expect(describeAdmissions(evaluateAdmissions(admissions2021), { rounding: 'truncate' })).toBe(
      'kết nạp 169 đảng viên mới, tăng 121 đảng viên so với năm 2020, đạt 112,6% kế hoạch năm',
    );
  });

  it('169 would exceed the 2022 target "Phấn đấu kết nạp trên 150 đảng viên"', () => {
    const r = evaluateAdmissions({ admitted: 169, plan: 'Phấn đấu kết nạp trên 150 đảng viên' });
    expect(r.plan).toMatchObject({ kind: 'at-least', strict: true });
    expect(r.plan?.kind === 'at-least' && r.plan.value.toString()).toBe('150');
    expect(r.attainment?.status).toBe('exceeded');
  });
});

describe('seed 002 — the 2022 target on organisations rated HTTNV or better', () => {
  const target = parseTarget('có trên 80% tổ chức cơ sở đảng', { measure: 'rate' }).target;

  it('"trên 80%" reads as more than 80 (strict)', () => {
    expect(target).toMatchObject({ kind: 'at-least', strict: true });
    expect(target.kind === 'at-least' && target.value.toString()).toBe('80');
  });

  it('is the share of HTTNV and HTXSNV together, evaluated against the target', () => {
    // Illustrative ratings: 23 of 27 organisations HTTNV or better.
    const shares = ratingShares({ excellent: 3, good: 20, completed: 4, 'not-completed': 0 });
    expect(evaluateGoodOrBetter(shares, target).status).toBe('exceeded');
    expect(describeRatingShares(shares, { quotes: 'curly', rounding: 'half-up' })).toBe(
      'có 85,2% tổ chức cơ sở đảng được xếp loại “Hoàn thành tốt nhiệm vụ” trở lên',
    );
    // Exactly 80% is not "trên 80%" literally, but reports read reaching it as met.
    const even = ratingShares({ excellent: 0, good: 4, completed: 1, 'not-completed': 0 });
    expect(evaluateGoodOrBetter(even, target, { strictness: 'literal' }).status).toBe('not-met');
    expect(evaluateGoodOrBetter(even, target).status).toBe('met');
  });
});

describe('seed 002 — inspection and discipline, 2021', () => {
  const tally = inspectionTally(
    {
      inspected: { organisations: 222, members: 39 },
      disciplined: { organisations: 1, members: 98 },
    },
    { period: { kind: 'year', year: 2021 } },
  );

  it('"222 lượt tổ chức đảng, 39 đảng viên" inspected; "1 tổ chức đảng và 98 đảng viên" disciplined', () => {
    expect(tally.current).toEqual({
      inspected: { organisations: 222, members: 39 },
      disciplined: { organisations: 1, members: 98 },
    });
    expect(describeInspections(tally)).toBe(
      'kiểm tra 222 lượt tổ chức đảng, 39 đảng viên; thi hành kỷ luật 1 tổ chức đảng và 98 đảng viên',
    );
  });
});

describe('seed 002 — OCOP, 2021', () => {
  it('"Có thêm 10 sản phẩm đạt chuẩn OCOP hạng 3 sao cấp tỉnh": provincial under QĐ 1048', () => {
    const tally = ocopTally({ 3: 10 }, { asOf: '2021-12-31' });
    expect([tally.byStars[3], tally.recognisedBy[3], tally.recognitionRule]).toEqual([
      10,
      'province',
      'qd-1048-2019',
    ]);
    expect(describeOcop(tally, { withRecognition: true })).toBe(
      'có thêm 10 sản phẩm đạt chuẩn OCOP hạng 3 sao cấp tỉnh',
    );
  });

  it('a 3★ product of 2021 scored 50 to under 70 points', () => {
    expect(starFromScore(50, { asOf: '2021-06-01' }).stars).toBe(3);
    expect(starFromScore('69.99', { asOf: '2021-06-01' }).stars).toBe(3);
  });
});
