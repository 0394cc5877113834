/**
 * Read the figure passages of the five seed articles (short quotes, with their source) as a
 * whole and audit every figure claim: which ones add up, which cannot be checked and why.
 *
 * Run: npm run build && node scripts/run-examples.mjs audit-article
 */
import { auditReport, describeFindings } from 'chitieu/claims';

interface Passage {
  readonly source: string;
  readonly text: string;
}

const passages: readonly Passage[] = [
  {
    source: 'Seed 000 — Hương Khê (Hà Tĩnh), tổng kết xây dựng cơ sở năm 2020',
    text:
      'Có 18/31 chỉ tiêu vượt và đạt kế hoạch. Tốc độ tăng tổng giá trị sản xuất đạt 15,3%; ' +
      'cơ cấu kinh tế nông, lâm, thủy sản chiếm 36,11%; Công nghiệp, TTCN, xây dựng chiếm 36,17%; ' +
      'thu nhập bình quân đầu người đạt 46,3 triệu đồng/người/năm. Huyện tổ chức tốt nhiệm vụ ' +
      'tuyển, giao quân đạt 100% chỉ tiêu, bảo đảm chất lượng.',
  },
  {
    source: 'Seed 001 — Tuyên Hóa (Quảng Bình), sơ kết 6 tháng đầu năm 2020',
    text:
      'Kết quả phân loại cơ sở 6 tháng đầu năm 2020 có 18/20 xã, thị trấn đạt vững mạnh toàn ' +
      'diện, 6/6 cụm đạt cụm an toàn làm chủ, không có xã, thị trấn, cụm yếu kém.',
  },
  {
    source: 'Seed 002 — Hương Khê (Hà Tĩnh), tổng kết năm 2021 (Báo Hà Tĩnh)',
    text:
      'Về lĩnh vực kinh tế, năm 2021 có 32/39 chỉ tiêu vượt và đạt kế hoạch. Bên cạnh đó, tốc ' +
      'độ tăng tổng giá trị sản xuất 12,1%; thu nhập bình quân đầu người đạt 49,22 triệu ' +
      'đồng/người/năm. Tỷ lệ hộ nghèo còn 3,96%, giảm 1,02%; hộ cận nghèo còn 4,93%, giảm 0,13%. ' +
      'Trong xây dựng NTM, dự kiến toàn huyện có 381 tiêu chí đạt chuẩn (tăng 19 tiêu chí so với ' +
      'năm 2020). Đến nay, huyện đã tiêm được 87.646 người thuộc các đối tượng theo quy định, ' +
      'đạt tỷ lệ 97,1%. BCH Đảng bộ huyện kết nạp 169 đảng viên mới, tăng 121 đảng viên so với ' +
      'năm 2020, đạt 112,6% kế hoạch năm.',
  },
  {
    source: 'Seed 003 — Hương Khê (Hà Tĩnh), làm việc với đoàn công tác BTV Tỉnh ủy, 2021',
    text:
      'Trong những tháng đầu năm 2021, huyện Hương Khê tập trung lãnh đạo, chỉ đạo công tác bầu ' +
      'cử đại biểu Quốc hội khóa XV và bầu cử đại biểu HĐND các cấp nhiệm kỳ 2021 - 2026.',
  },
  {
    source: 'Seed 004 — Hội nghị Huyện ủy, nhiệm vụ năm 2021',
    text:
      'Hội nghị đánh giá tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội năm 2020, ' +
      'phương hướng, nhiệm vụ năm 2021; Nghị quyết phát triển văn hóa và du lịch, giai đoạn ' +
      '2021 - 2025.',
  },
];

for (const { source, text } of passages) {
  const audit = auditReport(text);
  const { claims, consistent, inconsistent, unchecked } = audit.summary;
  console.log(`\n${source}`);
  console.log(
    `  ${claims} claims; ${consistent} consistent, ${inconsistent} inconsistent, ${unchecked} unchecked`,
  );
  for (const claim of audit.reading.claims) {
    console.log(`  · ${claim.kind.padEnd(15)} "${claim.quote}"`);
  }
  for (const sentence of describeFindings(audit.findings, { lang: 'vi' })) {
    console.log(`  → ${sentence}`);
  }
}
