import { bench, describe } from 'vitest';
import { auditReport } from '../src/claims/audit-report.js';
import { readReport } from '../src/claims/read-report.js';
import { reportCorpus } from '../test/corpus/reports/entries.js';

// A 50 KB report made of paragraphs like the corpus's: claims of every kind among plain
// sentences (about one claim per 60 characters, denser than most real reports).
const paragraph = [
  'Năm 2023, toàn tỉnh có 18/31 chỉ tiêu vượt và đạt kế hoạch.',
  'Tổng sản phẩm trên địa bàn ước đạt 45.210 tỷ đồng, tăng 7,5% so với năm 2022.',
  'Cơ cấu kinh tế: nông, lâm, thủy sản chiếm 36,11%; công nghiệp, xây dựng chiếm 36,17%; dịch vụ chiếm 27,72%.',
  'Thu nhập bình quân đầu người đạt 46,3 triệu đồng.',
  'Kết nạp 1.351 đảng viên, đạt 48,3% kế hoạch, trong đó 564 nữ (20,14%).',
  'Đã giải quyết 238/316 vụ việc, đạt tỷ lệ 88,9%.',
  'Toàn Đảng bộ có 3.365 đảng viên, tăng 119 so với năm trước (3.246).',
  'Có 68 đảng bộ và 31 chi bộ cơ sở, tổng 99 tổ chức.',
  'TT. Hương Khê thu ngân sách 500 tỷ đồng, bằng 105% dự toán.',
  'Tỷ lệ hộ nghèo còn 3,96%, giảm 0,87%.',
  'Các cấp ủy đã tổ chức quán triệt, triển khai thực hiện nghiêm túc, kịp thời các nghị quyết, chỉ thị, kết luận của Trung ương, của tỉnh; công tác dân vận, mặt trận và các đoàn thể có nhiều đổi mới.',
].join(' ');
const report = `${paragraph}\n`.repeat(Math.ceil(50_000 / paragraph.length)).slice(0, 50_000);
const reading = readReport(report);

// 50 KB of the corpus's published paragraphs (43 of them, repeated): a real report's density.
const corpusBody = reportCorpus.map((e) => e.text).join('\n');
const corpusReport = `${corpusBody}\n`
  .repeat(Math.ceil(50_000 / corpusBody.length))
  .slice(0, 50_000);

describe(`a 50 KB report (${reading.claims.length} claims)`, () => {
  bench('baseline: report.split(/\\s+/)', () => {
    report.split(/\s+/);
  });
  bench('readReport', () => {
    readReport(report);
  });
  bench('auditReport of a reading', () => {
    auditReport(reading);
  });
  bench('auditReport(text): read and audited — goal ≤ 50 ms', () => {
    auditReport(report);
  });
});

describe(`50 KB of corpus paragraphs (${readReport(corpusReport).claims.length} claims)`, () => {
  bench('baseline: corpusReport.split(/\\s+/)', () => {
    corpusReport.split(/\s+/);
  });
  bench('auditReport(text): read and audited — goal ≤ 50 ms', () => {
    auditReport(corpusReport);
  });
});
