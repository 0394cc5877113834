import type { Indicator } from './indicator-schema.js';

/** Freeze every entry and the record itself, keeping the literal keys in the type. */
function freezeCatalogue<K extends string>(
  entries: { readonly [P in K]: Indicator },
): {
  readonly [P in K]: Indicator;
} {
  for (const key of Object.keys(entries) as K[]) Object.freeze(entries[key]);
  return Object.freeze(entries);
}

/**
 * A catalogue of indicators (chỉ tiêu) common in the plans and reports of Vietnamese local
 * government, with the measure, direction, unit and group each is reported in. The record
 * and its entries are frozen; look one up by key (`indicators.povertyRate`, with
 * autocompletion) or by id with {@link getIndicator}.
 *
 * <!-- catalogue:start -->
 * | id | key | name | unit | measure | direction |
 * | --- | --- | --- | --- | --- | --- |
 * | `party-admissions` | `partyAdmissions` | Kết nạp đảng viên mới | đảng viên | `count` | `higher-is-better` |
 * | `production-value-growth` | `productionValueGrowth` | Tốc độ tăng tổng giá trị sản xuất | % | `rate` | `higher-is-better` |
 * | `grdp-growth` | `grdpGrowth` | Tốc độ tăng trưởng GRDP | % | `rate` | `higher-is-better` |
 * | `income-per-capita` | `incomePerCapita` | Thu nhập bình quân đầu người | triệu đồng/người/năm | `amount` | `higher-is-better` |
 * | `budget-revenue` | `budgetRevenue` | Thu ngân sách trên địa bàn | tỷ đồng | `amount` | `higher-is-better` |
 * | `total-social-investment` | `totalSocialInvestment` | Tổng vốn đầu tư toàn xã hội | tỷ đồng | `amount` | `higher-is-better` |
 * | `poverty-rate` | `povertyRate` | Tỷ lệ hộ nghèo | % | `rate` | `lower-is-better` |
 * | `near-poverty-rate` | `nearPovertyRate` | Tỷ lệ hộ cận nghèo | % | `rate` | `lower-is-better` |
 * | `ntm-communes` | `ntmCommunes` | Số xã đạt chuẩn nông thôn mới | xã | `count` | `higher-is-better` |
 * | `ntm-advanced-communes` | `ntmAdvancedCommunes` | Số xã đạt chuẩn nông thôn mới nâng cao | xã | `count` | `higher-is-better` |
 * | `ntm-criteria-met` | `ntmCriteriaMet` | Số tiêu chí nông thôn mới đạt chuẩn | tiêu chí | `count` | `higher-is-better` |
 * | `ntm-district-criteria-met` | `ntmDistrictCriteriaMet` | Số tiêu chí huyện nông thôn mới đạt chuẩn | tiêu chí | `count` | `higher-is-better` |
 * | `health-insurance-coverage` | `healthInsuranceCoverage` | Tỷ lệ bao phủ bảo hiểm y tế | % | `rate` | `higher-is-better` |
 * | `vaccination-rate` | `vaccinationRate` | Tỷ lệ tiêm chủng | % | `rate` | `higher-is-better` |
 * | `trained-labour-rate` | `trainedLabourRate` | Tỷ lệ lao động qua đào tạo | % | `rate` | `higher-is-better` |
 * | `forest-cover` | `forestCover` | Tỷ lệ che phủ rừng | % | `rate` | `higher-is-better` |
 * | `third-child-birth-rate` | `thirdChildBirthRate` | Tỷ lệ sinh con thứ 3 trở lên | % | `rate` | `lower-is-better` |
 * | `ocop-products` | `ocopProducts` | Sản phẩm OCOP | sản phẩm | `count` | `higher-is-better` |
 * | `farm-models` | `farmModels` | Mô hình kinh tế vườn, trang trại | mô hình | `count` | `higher-is-better` |
 * | `party-organisations-rated-good` | `partyOrganisationsRatedGood` | Tỷ lệ tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên | % | `rate` | `higher-is-better` |
 * | `military-recruitment` | `militaryRecruitment` | Tuyển quân | % | `rate` | `higher-is-better` |
 * <!-- catalogue:end -->
 *
 * @category Targets
 * @example
 * ```ts
 * indicators.partyAdmissions.unit;
 * //=> 'đảng viên'
 * indicators.povertyRate.direction;
 * //=> 'lower-is-better'
 * indicators.incomePerCapita;
 * //=> { id: 'income-per-capita', unit: 'triệu đồng/người/năm', measure: 'amount' }
 * Object.isFrozen(indicators.povertyRate);
 * //=> true
 * ```
 */
export const indicators = /* @__PURE__ */ freezeCatalogue({
  partyAdmissions: {
    id: 'party-admissions',
    name: 'Kết nạp đảng viên mới',
    unit: 'đảng viên',
    measure: 'count',
    direction: 'higher-is-better',
    group: 'party-building',
    description: 'Số đảng viên mới được kết nạp trong kỳ ("kết nạp 169 đảng viên mới").',
  },
  productionValueGrowth: {
    id: 'production-value-growth',
    name: 'Tốc độ tăng tổng giá trị sản xuất',
    unit: '%',
    measure: 'rate',
    direction: 'higher-is-better',
    group: 'economy',
    description: 'Tốc độ tăng tổng giá trị sản xuất so với năm trước; a growth rate in percent.',
  },
  grdpGrowth: {
    id: 'grdp-growth',
    name: 'Tốc độ tăng trưởng GRDP',
    unit: '%',
    measure: 'rate',
    direction: 'higher-is-better',
    group: 'economy',
    description: 'Tốc độ tăng trưởng tổng sản phẩm trên địa bàn (GRDP) so với năm trước.',
  },
  incomePerCapita: {
    id: 'income-per-capita',
    name: 'Thu nhập bình quân đầu người',
    unit: 'triệu đồng/người/năm',
    measure: 'amount',
    direction: 'higher-is-better',
    group: 'economy',
  },
  budgetRevenue: {
    id: 'budget-revenue',
    name: 'Thu ngân sách trên địa bàn',
    unit: 'tỷ đồng',
    measure: 'amount',
    direction: 'higher-is-better',
    group: 'economy',
  },
  totalSocialInvestment: {
    id: 'total-social-investment',
    name: 'Tổng vốn đầu tư toàn xã hội',
    unit: 'tỷ đồng',
    measure: 'amount',
    direction: 'higher-is-better',
    group: 'economy',
  },
  povertyRate: {
    id: 'poverty-rate',
    name: 'Tỷ lệ hộ nghèo',
    unit: '%',
    measure: 'rate',
    direction: 'lower-is-better',
    group: 'society',
    description: 'Share of poor households; "giảm 1,02%" is a change of 1,02 percentage points.',
  },
  nearPovertyRate: {
    id: 'near-poverty-rate',
    name: 'Tỷ lệ hộ cận nghèo',
    unit: '%',
    measure: 'rate',
    direction: 'lower-is-better',
    group: 'society',
  },
  ntmCommunes: {
    id: 'ntm-communes',
    name: 'Số xã đạt chuẩn nông thôn mới',
    unit: 'xã',
    measure: 'count',
    direction: 'higher-is-better',
    group: 'economy',
  },
  ntmAdvancedCommunes: {
    id: 'ntm-advanced-communes',
    name: 'Số xã đạt chuẩn nông thôn mới nâng cao',
    unit: 'xã',
    measure: 'count',
    direction: 'higher-is-better',
    group: 'economy',
  },
  ntmCriteriaMet: {
    id: 'ntm-criteria-met',
    name: 'Số tiêu chí nông thôn mới đạt chuẩn',
    unit: 'tiêu chí',
    measure: 'count',
    direction: 'higher-is-better',
    group: 'economy',
    description: 'Criteria met, summed over the communes of a district ("381 tiêu chí đạt chuẩn").',
  },
  ntmDistrictCriteriaMet: {
    id: 'ntm-district-criteria-met',
    name: 'Số tiêu chí huyện nông thôn mới đạt chuẩn',
    unit: 'tiêu chí',
    measure: 'count',
    direction: 'higher-is-better',
    group: 'economy',
    description: 'District-level NTM criteria met ("lũy kế đến nay có 4/9 tiêu chí đạt chuẩn").',
  },
  healthInsuranceCoverage: {
    id: 'health-insurance-coverage',
    name: 'Tỷ lệ bao phủ bảo hiểm y tế',
    unit: '%',
    measure: 'rate',
    direction: 'higher-is-better',
    group: 'society',
  },
  vaccinationRate: {
    id: 'vaccination-rate',
    name: 'Tỷ lệ tiêm chủng',
    unit: '%',
    measure: 'rate',
    direction: 'higher-is-better',
    group: 'society',
  },
  trainedLabourRate: {
    id: 'trained-labour-rate',
    name: 'Tỷ lệ lao động qua đào tạo',
    unit: '%',
    measure: 'rate',
    direction: 'higher-is-better',
    group: 'society',
  },
  forestCover: {
    id: 'forest-cover',
    name: 'Tỷ lệ che phủ rừng',
    unit: '%',
    measure: 'rate',
    direction: 'higher-is-better',
    group: 'environment',
  },
  thirdChildBirthRate: {
    id: 'third-child-birth-rate',
    name: 'Tỷ lệ sinh con thứ 3 trở lên',
    unit: '%',
    measure: 'rate',
    direction: 'lower-is-better',
    group: 'society',
  },
  ocopProducts: {
    id: 'ocop-products',
    name: 'Sản phẩm OCOP',
    unit: 'sản phẩm',
    measure: 'count',
    direction: 'higher-is-better',
    group: 'economy',
    description: 'Sản phẩm đạt chuẩn OCOP (Mỗi xã một sản phẩm), 3 sao trở lên.',
  },
  farmModels: {
    id: 'farm-models',
    name: 'Mô hình kinh tế vườn, trang trại',
    unit: 'mô hình',
    measure: 'count',
    direction: 'higher-is-better',
    group: 'economy',
    description: 'Garden and farm models, often counted cumulatively ("lũy kế … 3.365 mô hình").',
  },
  partyOrganisationsRatedGood: {
    id: 'party-organisations-rated-good',
    name: 'Tỷ lệ tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên',
    unit: '%',
    measure: 'rate',
    direction: 'higher-is-better',
    group: 'party-building',
    description:
      'Share of grassroots party organisations rated "Hoàn thành tốt nhiệm vụ" or "Hoàn thành xuất sắc nhiệm vụ".',
  },
  militaryRecruitment: {
    id: 'military-recruitment',
    name: 'Tuyển quân',
    unit: '%',
    measure: 'rate',
    direction: 'higher-is-better',
    group: 'defence',
    description: 'Share of the recruitment quota delivered ("đạt 100% chỉ tiêu").',
  },
});

/**
 * A key of the {@link indicators} catalogue (`'partyAdmissions'`, `'povertyRate'`, …).
 *
 * @category Targets
 */
export type IndicatorKey = keyof typeof indicators;
