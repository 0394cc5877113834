import { Decimal } from '../numeric/decimal.js';
import type { CriteriaSet } from './criteria-set-schema.js';
import { criterion, freezeSet } from './data-helpers.js';

const SOURCE =
  'https://hethongphapluat.com/quyet-dinh-558-qd-ttg-nam-2016-ve-tieu-chi-huyen-nong-thon-moi-va-quy-dinh-thi-xa-thanh-pho-truc-thuoc-cap-tinh-hoan-thanh-nhiem-vu-xay-dung-nong-thon-moi-do-thu-tuong-chinh-phu-ban-hanh.html';
const CRITERIA_SOURCE =
  'http://snnphutho.vn/Home/Nong-thon-moi/2017/900/Tieu-chi-huyen-dat-chuan-nong-thon-moi-giai-doan-20162020.aspx';
const GROUP = 'Tiêu chí huyện nông thôn mới';

function build(): CriteriaSet {
  return freezeSet({
    id: 'ntm-district-2016',
    name: 'Tiêu chí huyện nông thôn mới giai đoạn 2016 - 2020',
    decision: {
      number: 'QĐ 558/QĐ-TTg',
      date: '2016-04-05',
      title:
        'Về việc ban hành Tiêu chí huyện nông thôn mới và Quy định thị xã, thành phố trực thuộc cấp tỉnh hoàn thành nhiệm vụ xây dựng nông thôn mới',
      source: SOURCE,
      verified: true,
    },
    level: 'district',
    tier: 'standard',
    period: { startYear: 2016, endYear: 2020 },
    indicatorCount: null,
    criteria: [
      criterion(1, 'planning', 'Quy hoạch', GROUP, true),
      criterion(2, 'transport', 'Giao thông', GROUP, true),
      criterion(3, 'irrigation', 'Thủy lợi', GROUP, true),
      criterion(4, 'electricity', 'Điện', GROUP, true),
      criterion(5, 'health-culture-education', 'Y tế - Văn hóa - Giáo dục', GROUP, true),
      criterion(6, 'production', 'Sản xuất', GROUP, true),
      criterion(7, 'environment', 'Môi trường', GROUP, true),
      criterion(8, 'security-order', 'An ninh, trật tự xã hội', GROUP, true),
      criterion(9, 'ntm-direction', 'Chỉ đạo xây dựng nông thôn mới', GROUP, true),
    ],
    qualification: {
      minimumCriteria: 9,
      prerequisite: null,
      conditions: [
        {
          id: 'communes-qualified',
          kind: 'communes-qualified',
          name: 'Có 100% số xã trong huyện đạt chuẩn nông thôn mới',
          minPercent: new Decimal(100),
          verified: true,
        },
      ],
      verified: true,
    },
    sources: [SOURCE, CRITERIA_SOURCE],
    notes: [
      'Decision number, date and title confirmed against its text (hethongphapluat.com).',
      'The nine criterion names and the 100% condition are from the Phú Thọ agriculture department summary cited in DOMAIN §5.4; chitieu did not re-read them in the decision’s annex.',
      'Sub-indicators are not listed.',
    ],
  });
}

/**
 * Tiêu chí huyện nông thôn mới giai đoạn 2016–2020: **QĐ 558/QĐ-TTg**, signed 05/4/2016. A
 * district (huyện) đạt chuẩn NTM when 100% of its communes are xã NTM and it meets 9
 * criteria: Quy hoạch; Giao thông; Thủy lợi; Điện; Y tế - Văn hóa - Giáo dục; Sản xuất; Môi
 * trường; An ninh, trật tự xã hội; Chỉ đạo xây dựng nông thôn mới.
 *
 * Verified: number, date and title against the decision's text
 * (https://hethongphapluat.com/quyet-dinh-558-qd-ttg-nam-2016-ve-tieu-chi-huyen-nong-thon-moi-va-quy-dinh-thi-xa-thanh-pho-truc-thuoc-cap-tinh-hoan-thanh-nhiem-vu-xay-dung-nong-thon-moi-do-thu-tuong-chinh-phu-ban-hanh.html);
 * criterion names and the 100% condition from
 * http://snnphutho.vn/Home/Nong-thon-moi/2017/900/Tieu-chi-huyen-dat-chuan-nong-thon-moi-giai-doan-20162020.aspx.
 * Sub-indicators are left out.
 *
 * @category NTM
 * @example
 * ```ts
 * ntmDistrict2016.criteria.length;
 * //=> 9
 * ntmDistrict2016.qualification.conditions[0].minPercent.toString();
 * //=> '100'
 * ```
 */
export const ntmDistrict2016: CriteriaSet = /* @__PURE__ */ build();
