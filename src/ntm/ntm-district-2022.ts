import { Decimal } from '../numeric/decimal.js';
import type { CriteriaSet } from './criteria-set-schema.js';
import { criterion, freezeSet } from './data-helpers.js';

const DECISION_SOURCE =
  'https://hethongphapluat.com/quyet-dinh-2428-qd-ubnd-nam-2022-ve-bo-tieu-chi-huyen-nong-thon-moi-nang-cao-giai-doan-2022-2025-thuc-hien-tren-dia-ban-tinh-quang-nam.html';
const CONDITIONS_SOURCE =
  'http://118.69.201.250:801/phap-luat/ho-tro-phap-luat/tieu-chi-ve-huyen-nong-thon-moi-quy-dinh-thi-xa-thanh-pho-truc-thuoc-cap-tinh-hoan-thanh-nhiem-vu-x-1493.html';
const NAMES_SOURCE =
  'https://www.vietnam.vn/tr/gia-loc-binh-giang-nam-sach-kim-thanh-va-thanh-mien-dat-tieu-chi-huyen-nong-thon-moi-giai-doan-2021-2025';
const GROUP = 'Tiêu chí huyện nông thôn mới';

function build(): CriteriaSet {
  return freezeSet({
    id: 'ntm-district-2022',
    name: 'Bộ tiêu chí quốc gia về huyện nông thôn mới giai đoạn 2021 - 2025',
    decision: {
      number: 'QĐ 320/QĐ-TTg',
      date: '2022-03-08',
      title:
        'Ban hành Bộ tiêu chí quốc gia về huyện nông thôn mới; quy định thị xã, thành phố trực thuộc cấp tỉnh hoàn thành nhiệm vụ xây dựng nông thôn mới và Bộ tiêu chí quốc gia về huyện nông thôn mới nâng cao giai đoạn 2021 - 2025',
      source: DECISION_SOURCE,
      verified: true,
    },
    level: 'district',
    tier: 'standard',
    period: { startYear: 2021, endYear: 2025 },
    indicatorCount: null,
    criteria: [
      criterion(1, 'planning', 'Quy hoạch', GROUP, true),
      criterion(2, 'transport', 'Giao thông', GROUP, true),
      criterion(
        3,
        'irrigation-disaster-prevention',
        'Thủy lợi và phòng, chống thiên tai',
        GROUP,
        true,
      ),
      criterion(4, 'electricity', 'Điện', GROUP, true),
      criterion(5, 'health-culture-education', 'Y tế - Văn hóa - Giáo dục', GROUP, true),
      criterion(6, 'economy', 'Kinh tế', GROUP, true),
      criterion(7, 'environment', 'Môi trường', GROUP, true),
      criterion(8, 'living-environment-quality', 'Chất lượng môi trường sống', GROUP, true),
      {
        number: 9,
        id: 'political-system-security-administration',
        name: 'Hệ thống chính trị - An ninh trật tự - Hành chính công',
        group: GROUP,
        verified: false,
        note: 'The wording of criterion 9 is unverified.',
      },
    ],
    qualification: {
      minimumCriteria: 9,
      prerequisite: null,
      conditions: [
        {
          id: 'communes-qualified',
          kind: 'communes-qualified',
          name: 'Có 100% số xã trên địa bàn đạt chuẩn nông thôn mới',
          minPercent: new Decimal(100),
          verified: true,
        },
        {
          id: 'communes-advanced',
          kind: 'communes-advanced',
          name: 'Có ít nhất 10% số xã trên địa bàn đạt chuẩn nông thôn mới nâng cao',
          minPercent: new Decimal(10),
          verified: true,
        },
        {
          id: 'towns-civilised',
          kind: 'towns-civilised',
          name: 'Có 100% số thị trấn trên địa bàn đạt chuẩn đô thị văn minh',
          minPercent: new Decimal(100),
          verified: true,
        },
        {
          id: 'resident-satisfaction',
          kind: 'resident-satisfaction',
          name: 'Tỷ lệ hài lòng của người dân trên địa bàn đối với kết quả xây dựng nông thôn mới của huyện đạt từ 90% trở lên',
          minPercent: new Decimal(90),
          verified: true,
        },
        {
          id: 'lowest-commune-satisfaction',
          kind: 'lowest-commune-satisfaction',
          name: 'Tỷ lệ hài lòng của người dân ở từng xã đối với kết quả thực hiện từng nội dung xây dựng nông thôn mới đạt từ 80% trở lên',
          minPercent: new Decimal(80),
          verified: true,
        },
      ],
      verified: true,
    },
    sources: [DECISION_SOURCE, CONDITIONS_SOURCE, NAMES_SOURCE],
    notes: [
      'Decision number, date and title confirmed (cited in Quảng Nam QĐ 2428/QĐ-UBND, hethongphapluat.com).',
      'The district conditions (100% xã NTM, ≥ 10% nâng cao, 100% thị trấn đô thị văn minh, satisfaction ≥ 90% and ≥ 80% in each commune) confirmed against a summary of Phụ lục I.',
      'Names of criteria 1–8 from a Hải Dương progress report and QĐ 211/QĐ-TTg’s list (DOMAIN §5.4); criterion 9’s wording is unverified.',
      'The huyện NTM nâng cao set in the same decision is not modelled (unverified).',
    ],
  });
}

/**
 * Bộ tiêu chí quốc gia về huyện nông thôn mới giai đoạn 2021–2025: **QĐ 320/QĐ-TTg**, signed
 * 08/3/2022. A district đạt chuẩn NTM when it meets 9 criteria and five conditions: 100% of
 * its communes NTM; at least 10% nâng cao; 100% of its thị trấn "đô thị văn minh"; resident
 * satisfaction at least 90%, and at least 80% in each commune.
 *
 * Verified: the decision (cited by Quảng Nam QĐ 2428/QĐ-UBND,
 * https://hethongphapluat.com/quyet-dinh-2428-qd-ubnd-nam-2022-ve-bo-tieu-chi-huyen-nong-thon-moi-nang-cao-giai-doan-2022-2025-thuc-hien-tren-dia-ban-tinh-quang-nam.html)
 * and the conditions of Phụ lục I
 * (http://118.69.201.250:801/phap-luat/ho-tro-phap-luat/tieu-chi-ve-huyen-nong-thon-moi-quy-dinh-thi-xa-thanh-pho-truc-thuoc-cap-tinh-hoan-thanh-nhiem-vu-x-1493.html);
 * criterion names 1–8 from DOMAIN §5.4's sources. **Unverified**: the wording of criterion 9,
 * sub-indicators, and the huyện NTM nâng cao set (not modelled). District-level units were
 * abolished on 1/7/2025, so the set is historical.
 *
 * @category NTM
 * @example
 * ```ts
 * ntmDistrict2022.qualification.conditions.map((c) => c.minPercent.toString());
 * //=> ['100', '10', '100', '90', '80']
 * ntmDistrict2022.criteria[8].verified;
 * //=> false
 * ```
 */
export const ntmDistrict2022: CriteriaSet = /* @__PURE__ */ build();
