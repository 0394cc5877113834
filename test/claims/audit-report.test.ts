import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { auditReport } from '../../src/claims/audit-report.js';
import { describeFindings } from '../../src/claims/describe-findings.js';
import { readReport } from '../../src/claims/read-report.js';
import { ChitieuError } from '../../src/errors.js';
import { caught } from '../support/caught.js';

const verdicts = (text: string) => auditReport(text).findings.map((f) => f.verdict);

describe('auditReport: the issue examples', () => {
  it('"238/316 vụ việc, đạt tỷ lệ 88,9%" is inconsistent (75,32%)', () => {
    const [f] = auditReport('Đã giải quyết 238/316 vụ việc, đạt tỷ lệ 88,9%.').findings;
    expect(f?.verdict).toBe('inconsistent');
    expect(f?.check).toBe('percent');
    expect(f?.arithmetic).toBe('238/316 = 75,32%');
    expect(f?.quote).toBe('238/316 vụ việc, đạt tỷ lệ 88,9%');
    expect(f?.hint).toBe('88,9% of 316 would be 281');
  });

  it('"1.336/1.990 vụ việc … đạt tỷ lệ 68,5%" is inconsistent (67,14%)', () => {
    const [f] = auditReport(
      'Tiếp nhận 1.336/1.990 vụ việc, đã giải quyết xong, đạt tỷ lệ 68,5%.',
    ).findings;
    expect(f?.verdict).toBe('inconsistent');
    expect(f?.arithmetic).toBe('1.336/1.990 = 67,14%');
  });

  it('"1.351 đảng viên … trong đó 564 nữ (20,14%)" is inconsistent, with the common whole 2.800', () => {
    const a = auditReport(
      'Năm 2023 kết nạp 1.351 đảng viên, đạt 48,3% kế hoạch; trong đó 564 nữ (20,14%), 1.113 đoàn viên (39,75%).',
    );
    expect(a.findings.map((f) => [f.check, f.verdict])).toEqual([
      ['plan', 'unchecked'],
      ['percent', 'inconsistent'],
      ['percent', 'inconsistent'],
    ]);
    const f = a.findings[1];
    expect(f?.arithmetic).toBe('564/1.351 = 41,75%');
    expect(f?.hint).toBe('the printed shares all equal count ÷ 2.800 (the plan the 48,3% implies)');
    expect(a.summary).toEqual({
      claims: 3,
      findings: 3,
      consistent: 0,
      inconsistent: 2,
      unchecked: 1,
    });
  });

  it('names the plan when the shares and the attainment of the same sentence agree on it', () => {
    const a = auditReport(
      'Kết nạp 1.351 đảng viên, đạt 48,3% kế hoạch, trong đó 564 nữ (20,14%), 1.113 đoàn viên (39,75%).',
    );
    expect(a.findings[1]?.hint).toBe(
      'the printed shares all equal count ÷ 2.800 (the plan the 48,3% implies)',
    );
    expect(a.findings[0]?.explanation).toBe(
      'the plan for 48,3% is not given; it implies a plan between 2.792 and 2.800',
    );
  });

  it('"tăng 0,19%" between shares printed 3,29% and 3,49% is not flagged', () => {
    const a = auditReport(
      'Khu vực nông, lâm nghiệp và thuỷ sản chiếm 3,49%, tăng 0,19% so với năm 2022 (3,29%).',
    );
    expect(a.findings.map((f) => [f.check, f.verdict])).toEqual([['change', 'consistent']]);
    expect(a.findings[0]?.explanation).toContain('allowing for the rounding');
  });

  it('a change of shares that no rounding explains is flagged', () => {
    expect(verdicts('Khu vực dịch vụ chiếm 3,49%, tăng 0,25% so với năm 2022 (3,29%).')).toEqual([
      'inconsistent',
    ]);
  });
});

describe('auditReport: checks', () => {
  it('a percentage that a usual rounding reproduces is consistent, with the roundings', () => {
    const [f] = auditReport('Có 18/20 xã đạt chuẩn, chiếm 90%.').findings;
    expect(f?.verdict).toBe('consistent');
    expect(f?.matches).toEqual(['half-up', 'truncate']);
    const [g] = auditReport('Kết nạp 169 đảng viên, đạt 112,6% kế hoạch (150 đảng viên).').findings;
    expect(g?.verdict).toBe('consistent');
    expect(g?.matches).toEqual(['truncate']);
    expect(
      auditReport('Kết nạp 169 đảng viên, đạt 112,6% kế hoạch (150 đảng viên).', {
        modes: ['half-up'],
      }).findings[0]?.verdict,
    ).toBe('inconsistent');
  });

  it('a plan percentage without its plan is unchecked with the plan it implies; without any base, "no base"', () => {
    const [f] = auditReport('Kết nạp 169 đảng viên, đạt 112,6% kế hoạch.').findings;
    expect(f?.verdict).toBe('unchecked');
    expect(f?.missing).toBe('the plan');
    expect(f?.explanation).toBe('the plan for 112,6% is not given; it implies a plan of 150');
    const [g] = auditReport('Công tác tuyển quân đạt 66,2% kế hoạch.').findings;
    expect(g?.explanation).toContain('no base for 66,2%');
  });

  it('shares: 100 within rounding is consistent, under 100 unchecked, over 100 inconsistent', () => {
    expect(
      verdicts('Nông nghiệp chiếm 36,11%; công nghiệp chiếm 36,17%; dịch vụ chiếm 27,72%.'),
    ).toEqual(['consistent']);
    expect(
      verdicts('Nông nghiệp chiếm 33,3%; công nghiệp chiếm 33,3%; dịch vụ chiếm 33,3%.'),
    ).toEqual(['consistent']);
    const [f] = auditReport(
      'Nông, lâm, thủy sản chiếm 36,11%; công nghiệp, xây dựng chiếm 36,17%.',
    ).findings;
    expect(f?.verdict).toBe('unchecked');
    expect(f?.missing).toContain('complete');
    expect(
      verdicts('Nông nghiệp chiếm 40,1%; công nghiệp chiếm 35,2%; dịch vụ chiếm 25,3%.'),
    ).toEqual(['inconsistent']);
  });

  it('changes: exact counts must agree exactly; without a previous figure, unchecked', () => {
    expect(verdicts('Toàn Đảng bộ có 3.365 đảng viên, tăng 119 so với năm trước (3.246).')).toEqual(
      ['consistent'],
    );
    expect(verdicts('Toàn Đảng bộ có 3.365 đảng viên, tăng 121 so với năm trước (3.246).')).toEqual(
      ['inconsistent'],
    );
    const [f] = auditReport('Toàn Đảng bộ có 3.365 đảng viên, tăng 119 so với năm trước.').findings;
    expect(f?.verdict).toBe('unchecked');
    expect(f?.explanation).toContain('implies a previous figure of 3.246');
  });

  it('a relative change of a count is checked as a percentage', () => {
    expect(verdicts('Thu ngân sách 1.120 triệu, tăng 12% so với năm trước (1.000).')).toEqual([
      'consistent',
    ]);
    expect(verdicts('Kết nạp 112 đảng viên, tăng 15% so với năm trước (100).')).toEqual([
      'inconsistent',
    ]);
  });

  it('sums and parts above their whole', () => {
    expect(verdicts('Có 68 đảng bộ và 31 chi bộ cơ sở, tổng 99 tổ chức.')).toEqual(['consistent']);
    expect(verdicts('Có 68 đảng bộ và 31 chi bộ cơ sở, tổng 100 tổ chức.')).toEqual([
      'inconsistent',
    ]);
    const [f] = auditReport('Kết nạp 120 đảng viên, trong đó 130 nữ.').findings;
    expect(f?.verdict).toBe('inconsistent');
    expect(f?.explanation).toContain('a part larger than the whole');
    expect(verdicts('Kết nạp 120 đảng viên, trong đó 30 nữ.')).toEqual([]);
  });

  it('a share with a count but no whole is unchecked, with the whole it implies', () => {
    const [f] = auditReport('Có 564 đảng viên nữ, chiếm 20,14%.').findings;
    expect(f?.verdict).toBe('unchecked');
    expect(f?.explanation).toContain('no whole for 20,14%');
  });
});

describe('auditReport: input', () => {
  it('takes a reading as well as a text', () => {
    const r = readReport('Đã giải quyết 238/316 vụ việc, đạt tỷ lệ 88,9%.');
    expect(auditReport(r).findings[0]?.verdict).toBe('inconsistent');
    expect(auditReport(r).reading).toBe(r);
  });

  it('refuses other input and unknown options', () => {
    expect(caught(() => auditReport(3 as never)).code).toBe('invalid-argument');
    expect(caught(() => auditReport('x', { mode: ['half-up'] } as never)).code).toBe(
      'invalid-argument',
    );
    expect(caught(() => auditReport('x', { modes: ['nearest'] } as never)).code).toBe(
      'invalid-argument',
    );
  });

  it('never throws anything but a ChitieuError and never flags a consistent generated share', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5000 }),
        fc.integer({ min: 0, max: 5000 }),
        (total, c) => {
          const count = Math.min(c, total);
          const exact = (count * 10000) / total; // hundredths of a percent, as a float only to pick digits
          const hundredths = Math.floor(exact);
          const printed = `${Math.floor(hundredths / 100)},${String(hundredths % 100).padStart(2, '0')}%`;
          const text = `Có ${count.toLocaleString('de-DE')}/${total.toLocaleString('de-DE')} hộ, đạt tỷ lệ ${printed}.`;
          const a = auditReport(text);
          expect(a.summary.inconsistent).toBe(0);
        },
      ),
      { numRuns: 200 },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 120 }), (t) => {
        try {
          auditReport(t);
        } catch (error) {
          expect(error).toBeInstanceOf(ChitieuError);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('describeFindings', () => {
  it('writes one sentence per finding, in English or Vietnamese', () => {
    const { findings } = auditReport('Đã giải quyết 238/316 vụ việc, đạt tỷ lệ 88,9%.');
    expect(describeFindings(findings, { lang: 'vi' })).toEqual([
      'Không khớp: "238/316 vụ việc, đạt tỷ lệ 88,9%" — 238/316 = 75,32%, không phải 88,9% dù làm tròn hay cắt bỏ; 88,9% của 316 là 281.',
    ]);
    expect(describeFindings(findings)).toEqual([
      'Inconsistent: "238/316 vụ việc, đạt tỷ lệ 88,9%" — 238/316 = 75,32%, not 88,9% under half-up or truncation; 88,9% of 316 would be 281.',
    ]);
  });

  it('refuses a bad language and a non-list', () => {
    expect(caught(() => describeFindings([], { lang: 'fr' } as never)).code).toBe(
      'invalid-argument',
    );
    expect(caught(() => describeFindings('x' as never)).code).toBe('invalid-argument');
  });
});
