import type { CriteriaSet } from './criteria-set-schema.js';
import { atLeast, criterion, freezeSet } from './data-helpers.js';

const PLANNING = 'Quy hoạch';
const INFRASTRUCTURE = 'Hạ tầng kinh tế - xã hội';
const ECONOMY = 'Kinh tế và tổ chức sản xuất';
const SOCIETY = 'Văn hóa - Xã hội - Môi trường';
const POLITICS = 'Hệ thống chính trị';

/** @internal The decision behind both commune sets of 2021–2025 (standard and nâng cao). */
export const QD_318 = {
  number: 'QĐ 318/QĐ-TTg',
  date: '2022-03-08',
  title:
    'Ban hành Bộ tiêu chí quốc gia về xã nông thôn mới và Bộ tiêu chí quốc gia về xã nông thôn mới nâng cao giai đoạn 2021 - 2025',
  source:
    'https://thuvienphapluat.vn/chinh-sach-phap-luat-moi/vn/thong-bao-van-ban-moi/email/39774/ban-hanh-bo-tieu-chi-xa-nong-thon-moi-giai-doan-2021-2025',
  verified: true,
} as const;

function build(): CriteriaSet {
  return freezeSet({
    id: 'ntm-commune-2022',
    name: 'Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2021 - 2025',
    decision: { ...QD_318 },
    level: 'commune',
    tier: 'standard',
    period: { startYear: 2021, endYear: 2025 },
    indicatorCount: null,
    criteria: [
      criterion(1, 'planning', 'Quy hoạch', PLANNING, true),
      criterion(2, 'transport', 'Giao thông', INFRASTRUCTURE, true),
      {
        number: 3,
        id: 'irrigation-disaster-prevention',
        name: 'Thủy lợi và phòng, chống thiên tai',
        group: INFRASTRUCTURE,
        indicators: [
          {
            id: 'irrigated-area',
            name: 'Tỷ lệ diện tích đất sản xuất nông nghiệp được tưới và tiêu nước chủ động',
            unit: '%',
            threshold: atLeast('80'),
            verified: true,
          },
          {
            id: 'disaster-prevention',
            name: 'Đảm bảo yêu cầu chủ động về phòng, chống thiên tai theo phương châm 4 tại chỗ',
            unit: null,
            verified: true,
          },
        ],
        verified: true,
      },
      criterion(4, 'electricity', 'Điện', INFRASTRUCTURE, true),
      criterion(5, 'schools', 'Trường học', INFRASTRUCTURE, true),
      criterion(6, 'cultural-facilities', 'Cơ sở vật chất văn hóa', INFRASTRUCTURE, true),
      criterion(7, 'rural-commerce', 'Cơ sở hạ tầng thương mại nông thôn', INFRASTRUCTURE, true),
      criterion(8, 'information-communication', 'Thông tin và Truyền thông', INFRASTRUCTURE, true),
      criterion(9, 'housing', 'Nhà ở dân cư', INFRASTRUCTURE, true),
      criterion(10, 'income', 'Thu nhập', ECONOMY, true),
      criterion(11, 'multidimensional-poverty', 'Nghèo đa chiều', ECONOMY, true),
      criterion(12, 'labour', 'Lao động', ECONOMY, true),
      criterion(
        13,
        'production-rural-economy',
        'Tổ chức sản xuất và phát triển kinh tế nông thôn',
        ECONOMY,
        true,
      ),
      criterion(14, 'education-training', 'Giáo dục và Đào tạo', SOCIETY, true),
      criterion(15, 'health', 'Y tế', SOCIETY, true),
      criterion(16, 'culture', 'Văn hóa', SOCIETY, true),
      criterion(17, 'environment-food-safety', 'Môi trường và an toàn thực phẩm', SOCIETY, true),
      criterion(
        18,
        'political-system-legal-access',
        'Hệ thống chính trị và tiếp cận pháp luật',
        POLITICS,
        true,
      ),
      criterion(19, 'defence-security', 'Quốc phòng và An ninh', POLITICS, true),
    ],
    qualification: {
      minimumCriteria: 19,
      prerequisite: null,
      conditions: [],
      verified: false,
      note: 'A commune is đạt chuẩn with 19/19 criteria and a criterion is đạt only when all its chỉ tiêu are: the rule reports apply, not found stated in a source (unverified).',
    },
    sources: [
      QD_318.source,
      'https://dantocmiennui.baotintuc.vn/ban-hanh-bo-tieu-chi-xa-nong-thon-moi-giai-doan-2021-2025-post317608.html',
      'https://baonghean.vn/bo-tieu-chi-nong-thon-moi-tag9268.html',
    ],
    notes: [
      'Decision number, date, title, the 19 criterion names and the five groups confirmed (thuvienphapluat.vn; numbered list on dantocmiennui.baotintuc.vn).',
      'Criterion 3 (Thủy lợi và phòng, chống thiên tai): its two chỉ tiêu confirmed (dantocmiennui.baotintuc.vn).',
      'Other sub-indicators, the regional thresholds, the total count of chỉ tiêu and the amendments of QĐ 211/QĐ-TTg (01/3/2024) are unverified and left out.',
    ],
  });
}

/**
 * Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2021–2025: **QĐ 318/QĐ-TTg**, signed
 * 08/3/2022 (with 319, 320 and 321 the same day). 19 tiêu chí in five groups: Quy hoạch (1);
 * Hạ tầng kinh tế - xã hội (2–9); Kinh tế và tổ chức sản xuất (10–13); Văn hóa - Xã hội - Môi
 * trường (14–17); Hệ thống chính trị (18–19). Same numbering as QĐ 1980, with criteria 3,
 * 11, 12 and 13 renamed (see {@link criteriaCorrespondences}).
 *
 * Verified: number, date, title and the 19 names
 * (https://thuvienphapluat.vn/chinh-sach-phap-luat-moi/vn/thong-bao-van-ban-moi/email/39774/ban-hanh-bo-tieu-chi-xa-nong-thon-moi-giai-doan-2021-2025,
 * https://dantocmiennui.baotintuc.vn/ban-hanh-bo-tieu-chi-xa-nong-thon-moi-giai-doan-2021-2025-post317608.html),
 * and the two chỉ tiêu of criterion 3 (≥ 80% of farmland irrigated and drained; "4 tại chỗ"
 * disaster preparedness). **Unverified** and left out: other chỉ tiêu, regional thresholds,
 * the count of chỉ tiêu (`indicatorCount` is `null`), QĐ 211/QĐ-TTg's amendments, and the
 * 19/19 rule.
 *
 * @category NTM
 * @example
 * ```ts
 * ntmCommune2022.decision.number;
 * //=> 'QĐ 318/QĐ-TTg'
 * ntmCommune2022.criteria.map((c) => c.name)[10];
 * //=> 'Nghèo đa chiều'
 * ntmCommune2022.indicatorCount;
 * //=> null
 * ```
 */
export const ntmCommune2022: CriteriaSet = /* @__PURE__ */ build();
