/**
 * The seed articles read as whole passages with readReport and audited with auditReport,
 * starting from the articles' own words (short quotes):
 *
 * - 000_05cd33d1b0abd4bb.txt (Hương Khê, 2020): "Có 18/31 chỉ tiêu vượt và đạt kế hoạch",
 *   "cơ cấu kinh tế nông, lâm, thủy sản chiếm 36,11%; Công nghiệp, TTCN, xây dựng chiếm 36,17%"
 * - 001_9c1e94b1803f550b.txt (Tuyên Hóa, 2020): "18/20 xã, thị trấn đạt vững mạnh toàn diện"
 * - 002_6f9d0d73f558c892.txt (Hương Khê, 2021): "381 tiêu chí đạt chuẩn (tăng 19 tiêu chí so
 *   với năm 2020)", "kết nạp 169 đảng viên mới, tăng 121 đảng viên so với năm 2020, đạt 112,6%
 *   kế hoạch năm", "Tỷ lệ hộ nghèo còn 3,96%, giảm 1,02%"
 */
import { auditReport, readReport } from 'chitieu/claims';
import { describe, expect, it } from 'vitest';

describe('seeds 000–002 read as whole passages', () => {
  it('000: a tally, two shares of a list not said to be complete (unchecked, not flagged)', () => {
    const text =
      'Có 18/31 chỉ tiêu vượt và đạt kế hoạch. Tốc độ tăng tổng giá trị sản xuất đạt 15,3%; cơ cấu kinh tế nông, lâm, thủy sản chiếm 36,11%; Công nghiệp, TTCN, xây dựng chiếm 36,17%.';
    const r = readReport(text);
    expect(r.claims.map((c) => c.kind)).toEqual(['tally', 'level', 'share', 'share']);
    const a = auditReport(r);
    expect(a.findings.map((f) => f.verdict)).toEqual(['unchecked']);
    expect(a.findings[0]?.explanation).toContain('27,72% is not accounted for');
  });

  it('001: "18/20 xã, thị trấn" is read as a part of a whole', () => {
    const r = readReport(
      'Kết quả phân loại cơ sở 6 tháng đầu năm 2020 có 18/20 xã, thị trấn đạt vững mạnh toàn diện, 6/6 cụm đạt cụm an toàn làm chủ.',
    );
    expect(r.claims.map((c) => [c.kind, c.quote])).toEqual([
      ['part-of-whole', '18/20'],
      ['part-of-whole', '6/6'],
    ]);
    expect(r.claims[0]?.period).toBe('6 tháng đầu năm 2020');
  });

  it("002: the changes imply last year's figures and 112,6% implies a plan of 150", () => {
    const text =
      'Dự kiến toàn huyện có 381 tiêu chí đạt chuẩn (tăng 19 tiêu chí so với năm 2020). BCH Đảng bộ huyện kết nạp 169 đảng viên mới, tăng 121 đảng viên so với năm 2020, đạt 112,6% kế hoạch năm. Tỷ lệ hộ nghèo còn 3,96%, giảm 1,02%.';
    const a = auditReport(text);
    expect(a.summary.inconsistent).toBe(0);
    const says = a.findings.map((f) => f.explanation);
    expect(says).toContain(
      'no previous figure for "tăng 19 tiêu chí so với năm 2020"; it implies a previous figure of 362',
    );
    expect(says).toContain('the plan for 112,6% is not given; it implies a plan of 150');
    expect(says).toContain(
      'no previous figure for "giảm 1,02%"; it implies a previous figure of 4,98',
    );
  });
});
