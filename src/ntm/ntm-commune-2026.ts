import type { CriteriaSet } from './criteria-set-schema.js';
import { criterion, freezeSet } from './data-helpers.js';

const SOURCE =
  'https://xaydungchinhsach.chinhphu.vn/toan-van-quyet-dinh-51-2025-qd-ttg-ban-hanh-bo-tieu-chi-quoc-gia-ve-nong-thon-moi-giai-doan-2026-2030-119251230104614909.htm';
const LIST_SOURCE =
  'https://www.vietnamplus.vn/ban-hanh-bo-tieu-chi-quoc-gia-ve-nong-thon-moi-giai-doan-2026-2030-post1085735.vnp';
const GROUPS_SOURCE =
  'https://thoibaotaichinhvietnam.vn/ban-hanh-bo-tieu-chi-quoc-gia-ve-nong-thon-moi-giai-doan-2026-2030-189751.html';
const EFFECTIVE_SOURCE =
  'https://vneconomy.vn/bo-tieu-chi-nong-thon-moi-20262030-mo-duong-cho-xay-dung-nong-thon-hien-dai.htm';
const GROUP = 'Tiêu chí xã nông thôn mới';

function build(): CriteriaSet {
  return freezeSet({
    id: 'ntm-commune-2026',
    name: 'Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2026 - 2030',
    decision: {
      number: 'QĐ 51/2025/QĐ-TTg',
      date: '2025-12-29',
      effectiveFrom: '2026-02-15',
      title: 'Ban hành Bộ tiêu chí quốc gia về nông thôn mới giai đoạn 2026 - 2030',
      source: SOURCE,
      verified: true,
    },
    level: 'commune',
    tier: 'standard',
    period: { startYear: 2026, endYear: 2030 },
    indicatorCount: 47,
    criteria: [
      criterion(1, 'planning', 'Quy hoạch', GROUP, true),
      criterion(2, 'socio-economic-infrastructure', 'Hạ tầng kinh tế - xã hội', GROUP, true),
      criterion(3, 'rural-economy', 'Phát triển kinh tế nông thôn', GROUP, true),
      criterion(4, 'rural-workforce-training', 'Đào tạo nguồn nhân lực nông thôn', GROUP, true),
      criterion(5, 'culture-education-health', 'Văn hóa, giáo dục, y tế', GROUP, true),
      criterion(
        6,
        'poverty-reduction-social-security',
        'Giảm nghèo và an sinh xã hội',
        GROUP,
        true,
      ),
      criterion(
        7,
        'science-technology-digital',
        'Khoa học công nghệ và chuyển đổi số',
        GROUP,
        true,
      ),
      criterion(8, 'environment-landscape', 'Môi trường và cảnh quan nông thôn', GROUP, true),
      criterion(
        9,
        'political-system-public-administration',
        'Xây dựng hệ thống chính trị và hành chính công',
        GROUP,
        true,
      ),
      criterion(
        10,
        'legal-access-security-defence',
        'Tiếp cận pháp luật và an ninh, quốc phòng',
        GROUP,
        true,
      ),
    ],
    qualification: {
      minimumCriteria: 10,
      prerequisite: null,
      conditions: [],
      verified: false,
      note: 'A commune is taken to be đạt chuẩn with 10/10 criteria at the thresholds of its group: how Phụ lục I states the rule is unverified.',
    },
    groups: [
      {
        id: 'group-1',
        name: 'Xã nhóm 1',
        description:
          'Xã liền kề đô thị hiện hữu và có định hướng phát triển thành đô thị, hoặc xã có tỷ trọng ngành nông nghiệp trong cơ cấu kinh tế dưới 10%, hoặc xã được định hướng là đô thị mới',
        verified: true,
      },
      {
        id: 'group-2',
        name: 'Xã nhóm 2',
        description: 'Xã không thuộc nhóm 1 và nhóm 3',
        verified: true,
      },
      {
        id: 'group-3',
        name: 'Xã nhóm 3',
        description:
          'Xã khu vực II và xã khu vực III thuộc địa bàn vùng đồng bào dân tộc thiểu số và miền núi được cấp có thẩm quyền phân định theo quy định',
        verified: true,
      },
    ],
    sources: [SOURCE, LIST_SOURCE, GROUPS_SOURCE, EFFECTIVE_SOURCE],
    notes: [
      'Decision number, date, title and scope confirmed from the full text on xaydungchinhsach.chinhphu.vn: Phụ lục I xã NTM, Phụ lục II pilot xã NTM hiện đại, Phụ lục III tỉnh hoàn thành nhiệm vụ; no nâng cao or kiểu mẫu set and no district level.',
      '10 tiêu chí, 47 chỉ tiêu and the numbered criterion names confirmed (vietnamplus.vn; thoibaotaichinhvietnam.vn); in force from 15/02/2026 (vneconomy.vn).',
      'Three commune groups confirmed (thoibaotaichinhvietnam.vn); the thresholds per group and the 47 chỉ tiêu themselves are unverified and left out.',
    ],
  });
}

/**
 * Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2026–2030: Phụ lục I of **QĐ
 * 51/2025/QĐ-TTg**, signed 29/12/2025, in force from 15/02/2026. 10 tiêu chí, 47 chỉ tiêu,
 * each with thresholds for three commune groups (xã nhóm 1: next to a town or under 10%
 * agriculture or a planned new town; nhóm 3: khu vực II/III in ethnic-minority and mountain
 * areas; nhóm 2: the rest). There is no district level and no nâng cao or kiểu mẫu set in
 * this period (Phụ lục II is a pilot "xã NTM hiện đại" framework, not modelled).
 *
 * Verified: the decision (full text,
 * https://xaydungchinhsach.chinhphu.vn/toan-van-quyet-dinh-51-2025-qd-ttg-ban-hanh-bo-tieu-chi-quoc-gia-ve-nong-thon-moi-giai-doan-2026-2030-119251230104614909.htm),
 * the numbered criterion names and the counts
 * (https://www.vietnamplus.vn/ban-hanh-bo-tieu-chi-quoc-gia-ve-nong-thon-moi-giai-doan-2026-2030-post1085735.vnp),
 * the groups (https://thoibaotaichinhvietnam.vn/ban-hanh-bo-tieu-chi-quoc-gia-ve-nong-thon-moi-giai-doan-2026-2030-189751.html)
 * and the date in force (https://vneconomy.vn/bo-tieu-chi-nong-thon-moi-20262030-mo-duong-cho-xay-dung-nong-thon-hien-dai.htm).
 * **Unverified**: the 47 chỉ tiêu and their thresholds per group (left out), and the 10/10
 * rule.
 *
 * @category NTM
 * @example
 * ```ts
 * ntmCommune2026.criteria.length;
 * //=> 10
 * ntmCommune2026.indicatorCount;
 * //=> 47
 * ntmCommune2026.decision.effectiveFrom;
 * //=> '2026-02-15'
 * ntmCommune2026.groups.map((g) => g.name);
 * //=> ['Xã nhóm 1', 'Xã nhóm 2', 'Xã nhóm 3']
 * ```
 */
export const ntmCommune2026: CriteriaSet = /* @__PURE__ */ build();
