/**
 * The party-building section (công tác xây dựng Đảng) of a district report, from data:
 * Hương Khê (Hà Tĩnh), năm 2021. Admissions with their change and attainment, inspections
 * and discipline, OCOP products, the 2022 targets, and an illustrative rating tally with the
 * 20% HTXSNV quota check.
 *
 * Run: npx tsup && npx tsx examples/party-building.ts
 */
import { readFileSync } from 'node:fs';
import { formatViNumber, formatViPercent, parseTarget, reconcilePercent } from 'chitieu';
import {
  checkExcellentQuota,
  describeAdmissions,
  describeInspections,
  describeOcop,
  describeRatingShares,
  evaluateAdmissions,
  evaluateGoodOrBetter,
  type InspectionFigures,
  inspectionTally,
  ocopTally,
  type RatingCounts,
  ratingLevels,
  ratingShares,
  ratingShortLabels,
} from 'chitieu/party';

interface PartyFile {
  readonly source: string;
  readonly district: string;
  readonly province: string;
  readonly year: number;
  readonly admissions: {
    readonly admitted: number;
    readonly increaseOver2020: number;
    readonly publishedPercentOfPlan: string;
    readonly plan: number;
    readonly planNote: string;
  };
  readonly inspections: InspectionFigures;
  readonly ocop: {
    readonly added: { readonly 3?: number; readonly 4?: number; readonly 5?: number };
  };
  readonly targets2022: { readonly admissions: string; readonly ratedGoodOrBetter: string };
  readonly illustrative: {
    readonly note: string;
    readonly organisationRatings: RatingCounts;
    readonly memberRatingsInOneOrganisation: RatingCounts;
  };
}

const data = JSON.parse(
  readFileSync(new URL('./data/huong-khe-party-2021.json', import.meta.url), 'utf8'),
) as PartyFile;

const sentence = (clause: string) => `${clause.charAt(0).toUpperCase()}${clause.slice(1)}.`;
const year = { kind: 'year', year: data.year } as const;

console.log(
  `ĐẢNG BỘ HUYỆN ${data.district.toUpperCase()} (${data.province}) — CÔNG TÁC XÂY DỰNG ĐẢNG NĂM ${data.year}`,
);
console.log(`Nguồn: ${data.source}`);
console.log('');

// 1. Kết nạp đảng viên
const a = data.admissions;
const admissions = evaluateAdmissions({
  admitted: a.admitted,
  plan: a.plan,
  previous: a.admitted - a.increaseOver2020,
  period: year,
});
const check = reconcilePercent(a.publishedPercentOfPlan, a.admitted, a.plan);
console.log('1. Kết nạp đảng viên');
console.log(`   ${sentence(describeAdmissions(admissions, { rounding: 'truncate' }))}`);
console.log(
  `   Năm ${data.year - 1}: ${formatViNumber(admissions.previous ?? 0)} đảng viên (suy ra từ "tăng ${a.increaseOver2020}").`,
);
console.log(
  `   ${formatViNumber(a.admitted)}/${formatViNumber(a.plan)} = ${formatViPercent(check.computed, { decimals: 4, rounding: 'truncate' })}…; cắt bỏ: ${check.candidates.truncate}, làm tròn: ${check.candidates['half-up']}; báo đăng ${a.publishedPercentOfPlan} (${check.matches.includes('truncate') ? 'khớp' : 'không khớp'} khi cắt bỏ).`,
);
console.log(`   Ghi chú: ${a.planNote}`);
console.log('');

// 2. Kiểm tra, thi hành kỷ luật đảng
console.log('2. Kiểm tra, thi hành kỷ luật đảng');
console.log(
  `   ${sentence(describeInspections(inspectionTally(data.inspections, { period: year })))}`,
);
console.log('');

// 3. OCOP
const ocop = ocopTally(data.ocop.added, { asOf: `${data.year}-12-31` });
console.log('3. Sản phẩm OCOP');
console.log(`   ${sentence(describeOcop(ocop, { withRecognition: true }))}`);
console.log(`   (Hạng 3 sao do tỉnh công nhận theo QĐ 1048/QĐ-TTg, áp dụng năm ${data.year}.)`);
console.log('');

// 4. Chỉ tiêu năm 2022
const admissionsTarget = parseTarget(data.targets2022.admissions, { measure: 'count' });
const ratedTarget = parseTarget(data.targets2022.ratedGoodOrBetter, { measure: 'rate' });
const describeBound = (t: typeof admissionsTarget.target) =>
  t.kind === 'at-least' ? `${t.strict ? '>' : '≥'} ${formatViNumber(t.value)}` : t.kind;
console.log(`4. Chỉ tiêu năm ${data.year + 1}`);
console.log(
  `   - "${data.targets2022.admissions}": ${describeBound(admissionsTarget.target)} đảng viên`,
);
console.log(`   - "${data.targets2022.ratedGoodOrBetter}": ${describeBound(ratedTarget.target)}%`);
console.log('');

// 5. Minh họa: xếp loại chất lượng
const shares = ratingShares(data.illustrative.organisationRatings);
const attainment = evaluateGoodOrBetter(shares, ratedTarget.target);
console.log('5. Minh họa — xếp loại chất lượng (số liệu tự dựng, không phải của huyện)');
console.log(`   ${data.illustrative.note}`);
console.log(
  `   Tổ chức cơ sở đảng: ${ratingLevels
    .map((level) => `${ratingShortLabels[level]} ${data.illustrative.organisationRatings[level]}`)
    .join(', ')} (tổng ${shares.total}).`,
);
console.log(`   ${sentence(describeRatingShares(shares, { quotes: 'curly' }))}`);
console.log(
  `   So với chỉ tiêu "trên 80%": ${attainment.status === 'exceeded' ? 'vượt' : attainment.status === 'met' ? 'đạt' : 'chưa đạt'} (${formatViPercent(attainment.compared, { decimals: 1 })}).`,
);
const quota = checkExcellentQuota(data.illustrative.memberRatingsInOneOrganisation);
console.log(`   Đảng viên trong một tổ chức cơ sở đảng: ${quota.explanation}`);
