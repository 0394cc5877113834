import type { CriteriaSet } from './criteria-set-schema.js';
import { atLeast, freezeSet } from './data-helpers.js';

const CONDITIONS = 'Điều kiện xã nông thôn mới kiểu mẫu';
const SOURCE =
  'https://baoquangnam.vn/thoi-su-nong-thon-moi/quy-dinh-xa-nong-thon-moi-kieu-mau-giai-doan-2021-2025-124590.html';

function build(): CriteriaSet {
  return freezeSet({
    id: 'ntm-commune-model-2022',
    name: 'Quy định xã nông thôn mới kiểu mẫu giai đoạn 2021 - 2025',
    decision: {
      number: 'QĐ 319/QĐ-TTg',
      date: '2022-03-08',
      title: 'Quy định xã nông thôn mới kiểu mẫu giai đoạn 2021 - 2025',
      source: SOURCE,
      verified: true,
    },
    level: 'commune',
    tier: 'model',
    period: { startYear: 2021, endYear: 2025 },
    indicatorCount: null,
    criteria: [
      {
        number: 1,
        id: 'advanced-standard',
        name: 'Đạt chuẩn nông thôn mới nâng cao giai đoạn 2021 - 2025',
        group: CONDITIONS,
        verified: true,
        note: 'A commune recognised nâng cao in 2018–2020 must meet the 2021–2025 nâng cao set in full.',
      },
      {
        number: 2,
        id: 'income-premium',
        name: 'Thu nhập bình quân đầu người cao hơn từ 10% trở lên so với xã nông thôn mới nâng cao tại cùng thời điểm',
        group: CONDITIONS,
        indicators: [
          {
            id: 'income-premium',
            name: 'Thu nhập bình quân đầu người của xã so với xã nông thôn mới nâng cao (cao hơn)',
            unit: '%',
            threshold: atLeast('10'),
            verified: true,
          },
        ],
        verified: true,
      },
      {
        number: 3,
        id: 'smart-village',
        name: 'Có ít nhất một mô hình thôn thông minh',
        group: CONDITIONS,
        verified: true,
        note: 'The model is specified by the provincial People’s Committee.',
      },
      {
        number: 4,
        id: 'outstanding-field',
        name: 'Đạt tiêu chí xã nông thôn mới kiểu mẫu theo ít nhất một lĩnh vực nổi trội nhất (sản xuất, giáo dục, văn hóa…) mang giá trị đặc trưng của địa phương',
        group: CONDITIONS,
        verified: true,
        note: 'The field criteria are issued by the provincial People’s Committee.',
      },
    ],
    qualification: {
      minimumCriteria: 4,
      prerequisite: null,
      conditions: [],
      verified: true,
      note: 'All four conditions are required; being nâng cao is condition 1, so there is no separate prerequisite.',
    },
    sources: [SOURCE, 'https://baonghean.vn/bo-tieu-chi-nong-thon-moi-tag9268.html'],
    notes: [
      'The decision (319, signed 08/3/2022 with 318, 320, 321) and its four conditions are confirmed (baoquangnam.vn; baonghean.vn).',
      'The numbering 1–4 of the conditions is chitieu’s, not the decision’s.',
      'The title wording is from the press summary; the gazette title is unverified.',
    ],
  });
}

/**
 * Xã nông thôn mới kiểu mẫu giai đoạn 2021–2025: **QĐ 319/QĐ-TTg**, signed 08/3/2022. Not a
 * list of tiêu chí but four conditions, all required, modelled as a checklist so that
 * {@link communeProgress} reads it like any set:
 *
 * 1. đạt chuẩn NTM nâng cao giai đoạn 2021–2025;
 * 2. thu nhập bình quân đầu người at least 10% above xã NTM nâng cao at the same time;
 * 3. at least one mô hình thôn thông minh (as the province specifies);
 * 4. kiểu mẫu in at least one outstanding field (sản xuất, giáo dục, văn hóa…), by the
 *    province's criteria.
 *
 * Verified against https://baoquangnam.vn/thoi-su-nong-thon-moi/quy-dinh-xa-nong-thon-moi-kieu-mau-giai-doan-2021-2025-124590.html
 * (a press summary; the numbering of the conditions is chitieu's).
 *
 * @category NTM
 * @example
 * ```ts
 * ntmCommuneModel2022.criteria.map((c) => c.id);
 * //=> ['advanced-standard', 'income-premium', 'smart-village', 'outstanding-field']
 * communeProgress(ntmCommuneModel2022, ['advanced-standard', 'income-premium', 'smart-village']).qualifies;
 * //=> false
 * ```
 */
export const ntmCommuneModel2022: CriteriaSet = /* @__PURE__ */ build();
