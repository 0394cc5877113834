import type { CriteriaSet } from './criteria-set-schema.js';
import { atLeast, criterion, freezeSet } from './data-helpers.js';

const PLANNING = 'Quy hoạch';
const INFRASTRUCTURE = 'Hạ tầng kinh tế - xã hội';
const ECONOMY = 'Kinh tế và tổ chức sản xuất';
const SOCIETY = 'Văn hóa - Xã hội - Môi trường';
const POLITICS = 'Hệ thống chính trị';

function build(): CriteriaSet {
  return freezeSet({
    id: 'ntm-commune-2016',
    name: 'Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2016 - 2020',
    decision: {
      number: 'QĐ 1980/QĐ-TTg',
      date: '2016-10-17',
      title: 'Về việc ban hành Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2016 - 2020',
      source:
        'https://nongthonmoi.quangtri.gov.vn/so-tay-tuyen-truyen/So-tay-tuyen-truyen/so-tay-tong-hop-cac-van-ban-huong-dan-bo-tieu-chi-xa-nong-thon-moi-giai-doan-2016-2020-2.html',
      verified: true,
    },
    level: 'commune',
    tier: 'standard',
    period: { startYear: 2016, endYear: 2020 },
    indicatorCount: 49,
    criteria: [
      criterion(1, 'planning', 'Quy hoạch', PLANNING, true),
      criterion(2, 'transport', 'Giao thông', INFRASTRUCTURE, true),
      criterion(3, 'irrigation', 'Thủy lợi', INFRASTRUCTURE, true),
      criterion(4, 'electricity', 'Điện', INFRASTRUCTURE, true),
      criterion(5, 'schools', 'Trường học', INFRASTRUCTURE, true),
      criterion(6, 'cultural-facilities', 'Cơ sở vật chất văn hóa', INFRASTRUCTURE, true),
      criterion(7, 'rural-commerce', 'Cơ sở hạ tầng thương mại nông thôn', INFRASTRUCTURE, true),
      criterion(8, 'information-communication', 'Thông tin và Truyền thông', INFRASTRUCTURE, true),
      criterion(9, 'housing', 'Nhà ở dân cư', INFRASTRUCTURE, true),
      {
        number: 10,
        id: 'income',
        name: 'Thu nhập',
        group: ECONOMY,
        indicators: [
          {
            id: 'income-per-capita',
            name: 'Thu nhập bình quân đầu người khu vực nông thôn đến năm 2020',
            unit: 'triệu đồng/người',
            threshold: atLeast('45'),
            thresholdsByRegion: {
              'northern-midlands-and-mountains': atLeast('36'),
              'red-river-delta': atLeast('50'),
              'north-central': atLeast('36'),
              'south-central-coast': atLeast('41'),
              'central-highlands': atLeast('41'),
              southeast: atLeast('59'),
              'mekong-delta': atLeast('50'),
            },
            verified: true,
            note: 'Thresholds for 2020, the end of the period; the yearly roadmap before 2020 is not modelled.',
          },
        ],
        verified: true,
      },
      criterion(11, 'poor-households', 'Hộ nghèo', ECONOMY, true),
      criterion(12, 'employment', 'Lao động có việc làm', ECONOMY, true),
      criterion(13, 'production-organisation', 'Tổ chức sản xuất', ECONOMY, true),
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
      'https://nongthonmoi.quangtri.gov.vn/so-tay-tuyen-truyen/So-tay-tuyen-truyen/so-tay-tong-hop-cac-van-ban-huong-dan-bo-tieu-chi-xa-nong-thon-moi-giai-doan-2016-2020-2.html',
      'https://thuvienphapluat.vn/van-ban/van-hoa-xa-hoi/quyet-dinh-69-qd-bnn-vpdp-so-tay-huong-dan-thuc-hien-bo-tieu-chi-quoc-gia-xa-nong-thon-moi-2017-337765.aspx',
      'https://bannenbiet.com/co-bao-nhieu-tieu-chi-xay-dung-nong-thon-moi/',
      'https://baonghean.vn/en/nhieu-thay-doi-trong-bo-tieu-chi-quoc-gia-ve-xa-nong-thon-moi-giai-doan-2016-2020-10116980.html',
      'https://thuviennhadat.vn/phap-ly-nha-dat/tieu-chi-ve-thu-nhap-xa-nong-thon-moi-giai-doan-2016---2020-hien-nay-duoc-quy-dinh-ra-sao-318802.html',
    ],
    notes: [
      'Decision number, date and title confirmed (thuvienphapluat.vn, QĐ 69/QĐ-BNN-VPĐP citing it); 19 criterion names confirmed (bannenbiet.com; baonghean.vn).',
      '49 chỉ tiêu: from the Quảng Trị handbook cited in DOMAIN §5.1.',
      'Income thresholds by region for 2020 confirmed (thuviennhadat.vn; ĐBSCL 50 also thvl.vn).',
      'Sub-indicators of criteria other than 10 (Thu nhập) are not listed: their split per criterion was not confirmed.',
      'Group labels follow the five groups of QĐ 318; for QĐ 1980 they are unverified.',
    ],
  });
}

/**
 * Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2016–2020: **QĐ 1980/QĐ-TTg**, signed
 * 17/10/2016 by the Prime Minister. 19 tiêu chí in five groups, 49 chỉ tiêu.
 *
 * Verified: the decision's number, date and title (as cited by QĐ 69/QĐ-BNN-VPĐP,
 * https://thuvienphapluat.vn/van-ban/van-hoa-xa-hoi/quyet-dinh-69-qd-bnn-vpdp-so-tay-huong-dan-thuc-hien-bo-tieu-chi-quoc-gia-xa-nong-thon-moi-2017-337765.aspx),
 * the 19 criterion names (https://bannenbiet.com/co-bao-nhieu-tieu-chi-xay-dung-nong-thon-moi/),
 * the count of 49 chỉ tiêu (Quảng Trị handbook, DOMAIN §5.1) and the income thresholds of
 * criterion 10 for 2020: cả nước 45, TDMNPB 36, ĐBSH 50, BTB 36, DHNTB 41, TN 41, ĐNB 59,
 * ĐBSCL 50 triệu đồng/người
 * (https://thuviennhadat.vn/phap-ly-nha-dat/tieu-chi-ve-thu-nhap-xa-nong-thon-moi-giai-doan-2016---2020-hien-nay-duoc-quy-dinh-ra-sao-318802.html).
 *
 * **Unverified**: the sub-indicators of the other criteria (left out), the group labels
 * (taken from QĐ 318), and the rule that a commune qualifies with 19/19 (what reports do;
 * `qualification.verified` is `false`).
 *
 * @category NTM
 * @example
 * ```ts
 * ntmCommune2016.criteria.length;
 * //=> 19
 * ntmCommune2016.indicatorCount;
 * //=> 49
 * ntmCommune2016.criteria[10].name;
 * //=> 'Hộ nghèo'
 * ntmCommune2016.criteria[9].indicators[0].thresholdsByRegion['southeast'].value.toString();
 * //=> '59'
 * ```
 */
export const ntmCommune2016: CriteriaSet = /* @__PURE__ */ build();
