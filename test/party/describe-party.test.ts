import { describe, expect, it } from 'vitest';
import { ChitieuError } from '../../src/errors.js';
import { evaluateAdmissions } from '../../src/party/admissions.js';
import {
  describeAdmissions,
  describeInspections,
  describeRatingShares,
} from '../../src/party/describe-party.js';
import { inspectionTally } from '../../src/party/inspection-tally.js';
import { ratingShares } from '../../src/party/rating-shares.js';
import { caught } from '../support/caught.js';

describe('describeAdmissions', () => {
  const hk = evaluateAdmissions({
    admitted: 169,
    plan: 'trên 150 đảng viên',
    previous: 48,
    period: { kind: 'year', year: 2021 },
  });

  it('says the admissions as the report does, truncating the percent', () => {
    expect(describeAdmissions(hk, { rounding: 'truncate' })).toBe(
      'kết nạp 169 đảng viên mới, tăng 121 đảng viên so với năm 2020, đạt 112,6% kế hoạch năm',
    );
  });

  it('rounds by the house rule (1 decimal, truncated) unless told otherwise, and takes decimals', () => {
    expect(describeAdmissions(hk)).toContain('đạt 112,6% kế hoạch năm');
    expect(describeAdmissions(hk, { rounding: 'half-up' })).toContain('đạt 112,7% kế hoạch năm');
    expect(describeAdmissions(hk, { decimals: 2 })).toContain('đạt 112,66% kế hoạch năm');
  });

  it('says a fall and no change', () => {
    expect(describeAdmissions(evaluateAdmissions({ admitted: 40, previous: 48 }))).toBe(
      'kết nạp 40 đảng viên mới, giảm 8 đảng viên so với cùng kỳ năm trước',
    );
    expect(
      describeAdmissions(
        evaluateAdmissions({ admitted: 48, previous: 48, period: { kind: 'year', year: 2021 } }),
      ),
    ).toBe('kết nạp 48 đảng viên mới, bằng năm 2020');
  });

  it('takes the compared period and the plan words', () => {
    expect(
      describeAdmissions(evaluateAdmissions({ admitted: 55, plan: 60, previous: 50 }), {
        comparedWith: 'năm 2020',
        planWords: 'kế hoạch',
        rounding: 'truncate',
      }),
    ).toBe('kết nạp 55 đảng viên mới, tăng 5 đảng viên so với năm 2020, đạt 91,6% kế hoạch');
  });

  describe('edge cases', () => {
    it('leaves out clauses it has no figures for, and a plan of 0', () => {
      expect(describeAdmissions(evaluateAdmissions({ admitted: 1234 }))).toBe(
        'kết nạp 1.234 đảng viên mới',
      );
      expect(describeAdmissions(evaluateAdmissions({ admitted: 3, plan: 0 }))).toBe(
        'kết nạp 3 đảng viên mới',
      );
    });

    it('a half-year plan is "kế hoạch"', () => {
      const half = evaluateAdmissions({
        admitted: 80,
        plan: 75,
        period: { kind: 'half', year: 2021, half: 1 },
      });
      expect(describeAdmissions(half)).toBe('kết nạp 80 đảng viên mới, đạt 106,6% kế hoạch');
    });

    it('rejects a bad rounding', () => {
      expect(() => describeAdmissions(hk, { rounding: 'up' as never })).toThrow(ChitieuError);
    });

    it('plan words replace "kế hoạch năm" even for a year', () => {
      expect(describeAdmissions(hk, { planWords: 'chỉ tiêu', rounding: 'truncate' })).toBe(
        'kết nạp 169 đảng viên mới, tăng 121 đảng viên so với năm 2020, đạt 112,6% chỉ tiêu',
      );
    });

    it('rejects a phrase that is not a string, a bad result and bad options', () => {
      const words = caught(() => describeAdmissions(hk, { planWords: 5 as never }));
      expect([words.code, words.path]).toEqual(['invalid-argument', ['options', 'planWords']]);
      expect(words.message).toContain('expected a Vietnamese phrase (a string); received 5');
      const result = caught(() => describeAdmissions({} as never));
      expect([result.code, result.path[0]]).toEqual(['invalid-argument', 'result']);
      expect(result.message).toContain('expected an admissions result from evaluateAdmissions()');
      const options = caught(() => describeAdmissions(hk, 'truncate' as never));
      expect([options.code, options.path]).toEqual(['invalid-argument', ['options']]);
      expect(options.message).toContain('expected an options object');
    });
  });

  it('does not mutate its input', () => {
    const before = JSON.stringify(hk);
    describeAdmissions(hk, { rounding: 'truncate' });
    expect(JSON.stringify(hk)).toBe(before);
  });
});

describe('describeRatingShares', () => {
  const shares = ratingShares({ excellent: 3, good: 20, completed: 4, 'not-completed': 0 });

  it('says the share rated HTTNV or better', () => {
    expect(describeRatingShares(shares, { rounding: 'half-up' })).toBe(
      "có 85,2% tổ chức cơ sở đảng được xếp loại 'Hoàn thành tốt nhiệm vụ' trở lên",
    );
    // 23/27 = 85,185…%: the house rule truncates
    expect(describeRatingShares(shares)).toContain('có 85,1% tổ chức');
  });

  it('takes a subject, curly quotes and decimals', () => {
    expect(describeRatingShares(shares, { subject: 'chi bộ', quotes: 'curly', decimals: 0 })).toBe(
      'có 85% chi bộ được xếp loại “Hoàn thành tốt nhiệm vụ” trở lên',
    );
  });

  describe('edge cases', () => {
    it('says when nothing was rated', () => {
      const none = ratingShares({ excellent: 0, good: 0, completed: 0, 'not-completed': 0 });
      expect(describeRatingShares(none)).toBe('không có tổ chức cơ sở đảng nào được xếp loại');
    });

    it('prints 100% without decimals', () => {
      const all = ratingShares({ excellent: 1, good: 1, completed: 0, 'not-completed': 0 });
      expect(describeRatingShares(all)).toBe(
        "có 100% tổ chức cơ sở đảng được xếp loại 'Hoàn thành tốt nhiệm vụ' trở lên",
      );
    });

    it('rejects unknown quote marks', () => {
      try {
        describeRatingShares(shares, { quotes: 'double' as never });
        expect.unreachable();
      } catch (error) {
        expect((error as ChitieuError).path).toEqual(['options', 'quotes']);
      }
    });

    it('says what it expected of the quote marks, the shares and the options', () => {
      expect(
        caught(() => describeRatingShares(shares, { quotes: 'double' as never })).message,
      ).toContain("expected quote marks 'straight' or 'curly'");
      const bad = caught(() => describeRatingShares({} as never));
      expect([bad.code, bad.path[0]]).toEqual(['invalid-argument', 'shares']);
      expect(bad.message).toContain('expected rating shares from ratingShares()');
      const options = caught(() => describeRatingShares(shares, 'curly' as never));
      expect([options.code, options.path]).toEqual(['invalid-argument', ['options']]);
      expect(options.message).toContain('expected an options object');
    });
  });

  it('does not mutate its input', () => {
    const before = JSON.stringify(shares);
    describeRatingShares(shares);
    expect(JSON.stringify(shares)).toBe(before);
  });
});

describe('describeInspections', () => {
  it('says the inspection and discipline figures', () => {
    const t = inspectionTally({
      inspected: { organisations: 222, members: 39 },
      disciplined: { organisations: 1, members: 98 },
    });
    expect(describeInspections(t)).toBe(
      'kiểm tra 222 lượt tổ chức đảng, 39 đảng viên; thi hành kỷ luật 1 tổ chức đảng và 98 đảng viên',
    );
  });

  it('groups thousands', () => {
    const t = inspectionTally({
      inspected: { organisations: 1222, members: 0 },
      disciplined: { organisations: 0, members: 0 },
    });
    expect(describeInspections(t)).toMatch(/^kiểm tra 1\.222 lượt tổ chức đảng, 0 đảng viên;/);
  });

  it('rejects a malformed tally', () => {
    const e = caught(() => describeInspections({} as never));
    expect([e.code, e.path[0]]).toEqual(['invalid-argument', 'tally']);
    expect(e.message).toContain('expected an inspection tally from inspectionTally()');
  });
});
