/**
 * Audit the figures of one district report (Hương Khê, Hà Tĩnh, tổng kết năm 2021): which
 * ones follow from their own arithmetic, which rounding the report used, and which earlier
 * figures (plans, last year's levels) they imply.
 *
 * Run: npx tsup && npx tsx examples/audit-report.ts
 */
import {
  type AuditVerdict,
  checkChange,
  checkShare,
  formatViNumber,
  formatViPercent,
  inferPlan,
  parseViNumber,
  reconcilePercent,
} from 'chitieu';

interface Row {
  readonly figure: string;
  readonly check: string;
  readonly verdict: AuditVerdict;
}

const verdictLabels: Record<AuditVerdict, string> = {
  consistent: 'khớp / consistent',
  unreproducible: 'không khớp / unreproducible',
  unchecked: 'suy ra / derived',
};

const rows: Row[] = [];

// "32/39 chỉ tiêu kinh tế - xã hội đạt và vượt kế hoạch"
const scorecard = checkShare(32, 39);
rows.push({
  figure: '32/39 chỉ tiêu đạt và vượt',
  check: `tỷ lệ ${formatViPercent(scorecard.share, { decimals: 1 })}`,
  verdict: scorecard.verdict,
});

// "kết nạp 169 đảng viên mới, … đạt 112,6% kế hoạch năm"
const plan = inferPlan(169, '112,6%');
rows.push({
  figure: '169 đảng viên, đạt 112,6% KH',
  check: `kế hoạch suy ra: ${plan.integers.map((p) => formatViNumber(p)).join(', ')} (cắt bỏ)`,
  verdict: 'unchecked',
});
const admissions = reconcilePercent('112,6%', 169, 150);
rows.push({
  figure: '169/150 = 112,6%',
  check: `cắt bỏ ${admissions.candidates.truncate}, làm tròn ${admissions.candidates['half-up']}`,
  verdict: admissions.verdict,
});

// "tăng 121 đảng viên so với năm 2020"
const admissions2020 = checkChange(169, null, 'tăng 121 đảng viên so với năm 2020');
rows.push({
  figure: '169, tăng 121 so với 2020',
  check: `năm 2020: ${formatViNumber(admissions2020.impliedPrevious)} đảng viên`,
  verdict: admissions2020.verdict,
});

// "381 tiêu chí đạt chuẩn (tăng 19 tiêu chí so với năm 2020)"
const criteria = checkChange(381, null, 'tăng 19 tiêu chí so với năm 2020');
rows.push({
  figure: '381 tiêu chí NTM, tăng 19',
  check: `năm 2020: ${formatViNumber(criteria.impliedPrevious)} tiêu chí`,
  verdict: criteria.verdict,
});

// "Thêm 2 tiêu chí NTM cấp huyện đạt chuẩn, lũy kế đến nay có 4/9 tiêu chí đạt chuẩn"
const district = checkChange(4, null, 'thêm 2 tiêu chí');
rows.push({
  figure: '4/9 tiêu chí huyện, thêm 2',
  check: `trước đó: ${formatViNumber(district.impliedPrevious)}/9 tiêu chí`,
  verdict: district.verdict,
});

// "phát triển thêm 97 mô hình, lũy kế toàn huyện có 3.365 mô hình"
const gardens = checkChange(parseViNumber('3.365'), null, 'thêm 97 mô hình');
rows.push({
  figure: '3.365 mô hình, thêm 97',
  check: `trước đó: ${formatViNumber(gardens.impliedPrevious)} mô hình`,
  verdict: gardens.verdict,
});

// "Tỷ lệ hộ nghèo còn 3,96%, giảm 1,02%; hộ cận nghèo còn 4,93%, giảm 0,13%"
const poverty = checkChange(parseViNumber('3,96'), null, 'giảm 1,02%', { measure: 'rate' });
rows.push({
  figure: 'hộ nghèo 3,96%, giảm 1,02%',
  check: `năm 2020: ${formatViPercent(poverty.impliedPrevious, { decimals: 'exact' })} (điểm %)`,
  verdict: poverty.verdict,
});
const nearPoverty = checkChange(parseViNumber('4,93'), null, 'giảm 0,13%', { measure: 'rate' });
rows.push({
  figure: 'cận nghèo 4,93%, giảm 0,13%',
  check: `năm 2020: ${formatViPercent(nearPoverty.impliedPrevious, { decimals: 'exact' })} (điểm %)`,
  verdict: nearPoverty.verdict,
});

// "đã tiêm được 87.646 người thuộc các đối tượng theo quy định, đạt tỷ lệ 97,1%"
const vaccinated = inferPlan(parseViNumber('87.646'), '97,1%');
const first = vaccinated.integers[0];
const last = vaccinated.integers.at(-1);
rows.push({
  figure: '87.646 người, đạt 97,1%',
  check:
    first === undefined || last === undefined
      ? 'không có đối tượng nào khớp'
      : `đối tượng: ${formatViNumber(first)}–${formatViNumber(last)} người`,
  verdict: vaccinated.verdict === 'consistent' ? 'unchecked' : 'unreproducible',
});

// "Thị trấn Hương Khê đạt 8/18 tiêu chí đô thị văn minh"
const town = checkShare(8, 18);
rows.push({
  figure: '8/18 tiêu chí đô thị văn minh',
  check: `tỷ lệ ${formatViPercent(town.share, { decimals: 1 })}`,
  verdict: town.verdict,
});

const header = {
  figure: 'Số liệu / Figure',
  check: 'Kiểm tra / Check',
  verdict: 'Kết luận / Verdict',
};
const width = (pick: (r: { figure: string; check: string }) => string) =>
  Math.max(pick(header).length, ...rows.map((r) => pick(r).length));
const w1 = width((r) => r.figure);
const w2 = width((r) => r.check);
const line = (a: string, b: string, c: string) =>
  `${a.padEnd(w1)}  ${b.padEnd(w2)}  ${c}`.trimEnd();

console.log('Hương Khê, năm 2021 — kiểm tra số liệu công bố (audit of published figures)');
console.log('');
console.log(line(header.figure, header.check, header.verdict));
console.log(line('-'.repeat(w1), '-'.repeat(w2), '-'.repeat(header.verdict.length)));
for (const r of rows) console.log(line(r.figure, r.check, verdictLabels[r.verdict]));
console.log('');
const count = (v: AuditVerdict) => rows.filter((r) => r.verdict === v).length;
console.log(
  `${rows.length} số liệu: ${count('consistent')} khớp, ${count('unchecked')} suy ra, ${count('unreproducible')} không khớp.`,
);
console.log(`Vì sao 112,6% mà không phải 112,7%? ${admissions.explanation}.`);
