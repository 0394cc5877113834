import type { CriteriaSet } from './criteria-set-schema.js';
import { criterion, freezeSet } from './data-helpers.js';
import { QD_318 } from './ntm-commune-2022.js';

const PLANNING = 'Quy hoạch';
const INFRASTRUCTURE = 'Hạ tầng kinh tế - xã hội';
const ECONOMY = 'Kinh tế và tổ chức sản xuất';
const SOCIETY = 'Văn hóa - Xã hội - Môi trường';
const POLITICS = 'Hệ thống chính trị';

function build(): CriteriaSet {
  return freezeSet({
    id: 'ntm-commune-advanced-2022',
    name: 'Bộ tiêu chí quốc gia về xã nông thôn mới nâng cao giai đoạn 2021 - 2025',
    decision: { ...QD_318 },
    level: 'commune',
    tier: 'advanced',
    period: { startYear: 2021, endYear: 2025 },
    indicatorCount: null,
    criteria: [
      criterion(1, 'planning', 'Quy hoạch', PLANNING, false),
      criterion(2, 'transport', 'Giao thông', INFRASTRUCTURE, false),
      criterion(
        3,
        'irrigation-disaster-prevention',
        'Thủy lợi và phòng, chống thiên tai',
        INFRASTRUCTURE,
        false,
      ),
      criterion(4, 'electricity', 'Điện', INFRASTRUCTURE, false),
      criterion(5, 'education', 'Giáo dục', INFRASTRUCTURE, false),
      criterion(6, 'culture', 'Văn hóa', INFRASTRUCTURE, false),
      criterion(7, 'rural-commerce', 'Cơ sở hạ tầng thương mại nông thôn', INFRASTRUCTURE, false),
      criterion(8, 'information-communication', 'Thông tin và Truyền thông', INFRASTRUCTURE, false),
      criterion(9, 'housing', 'Nhà ở dân cư', INFRASTRUCTURE, false),
      criterion(10, 'income', 'Thu nhập', ECONOMY, false),
      criterion(11, 'multidimensional-poverty', 'Nghèo đa chiều', ECONOMY, false),
      criterion(12, 'labour', 'Lao động', ECONOMY, false),
      criterion(
        13,
        'production-rural-economy',
        'Tổ chức sản xuất và phát triển kinh tế nông thôn',
        ECONOMY,
        false,
      ),
      criterion(14, 'health', 'Y tế', SOCIETY, false),
      criterion(15, 'public-administration', 'Hành chính công', SOCIETY, false),
      criterion(16, 'legal-access', 'Tiếp cận pháp luật', SOCIETY, false),
      criterion(17, 'environment', 'Môi trường', SOCIETY, false),
      criterion(18, 'living-environment-quality', 'Chất lượng môi trường sống', SOCIETY, false),
      criterion(19, 'defence-security', 'Quốc phòng và An ninh', POLITICS, false),
    ],
    qualification: {
      minimumCriteria: 19,
      prerequisite: 'ntm-commune-2022',
      conditions: [],
      verified: false,
      note: 'A commune must already be đạt chuẩn NTM (DOMAIN §5.3) and meet all 19 criteria; further conditions set by provinces (e.g. Quảng Nam: at least 2 thôn kiểu mẫu) are not modelled (unverified at national level).',
    },
    sources: [
      QD_318.source,
      'https://tienphuoc.quangnam.gov.vn/webcenter/portal/tienphuoc/pages_tin-tuc/chi-tiet?dDocName=PORTAL356844',
    ],
    notes: [
      'Decision number, date and title confirmed (thuvienphapluat.vn): QĐ 318 issues both commune sets.',
      'That the set has 19 criteria is confirmed (a provincial adaptation, Quảng Nam 2022: 19 tiêu chí, 75 chỉ tiêu); the 19 names and their order are from memory of Phụ lục II and unverified.',
      'The group labels are unverified.',
    ],
  });
}

/**
 * Bộ tiêu chí quốc gia về xã nông thôn mới nâng cao giai đoạn 2021–2025: the second set of
 * **QĐ 318/QĐ-TTg** (08/3/2022). A commune must already be xã NTM
 * (`qualification.prerequisite` is `'ntm-commune-2022'`) and meet all 19 criteria.
 *
 * Verified: the decision (https://thuvienphapluat.vn/chinh-sach-phap-luat-moi/vn/thong-bao-van-ban-moi/email/39774/ban-hanh-bo-tieu-chi-xa-nong-thon-moi-giai-doan-2021-2025)
 * and that the set has 19 criteria. **Unverified**: every criterion name (each is marked
 * `verified: false`; the list differs from the standard set at 5 Giáo dục, 6 Văn hóa,
 * 14 Y tế, 15 Hành chính công, 16 Tiếp cận pháp luật, 17 Môi trường, 18 Chất lượng môi
 * trường sống), the groups, and any national condition beyond the prerequisite.
 *
 * @category NTM
 * @example
 * ```ts
 * ntmCommuneAdvanced2022.tier;
 * //=> 'advanced'
 * ntmCommuneAdvanced2022.qualification.prerequisite;
 * //=> 'ntm-commune-2022'
 * ntmCommuneAdvanced2022.criteria.every((c) => c.verified);
 * //=> false
 * ```
 */
export const ntmCommuneAdvanced2022: CriteriaSet = /* @__PURE__ */ build();
