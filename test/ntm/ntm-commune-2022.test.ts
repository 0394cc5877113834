import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { criteriaSetSchema } from '../../src/ntm/criteria-set-schema.js';
import { ntmCommune2016 } from '../../src/ntm/ntm-commune-2016.js';
import { ntmCommune2022 } from '../../src/ntm/ntm-commune-2022.js';

// QĐ 318/QĐ-TTg (08/3/2022), Phụ lục I: the 19 criteria of xã NTM 2021–2025.
const criteria318: readonly [number, string, string, string][] = [
  [1, 'planning', 'Quy hoạch', 'Quy hoạch'],
  [2, 'transport', 'Giao thông', 'Hạ tầng kinh tế - xã hội'],
  [
    3,
    'irrigation-disaster-prevention',
    'Thủy lợi và phòng, chống thiên tai',
    'Hạ tầng kinh tế - xã hội',
  ],
  [4, 'electricity', 'Điện', 'Hạ tầng kinh tế - xã hội'],
  [5, 'schools', 'Trường học', 'Hạ tầng kinh tế - xã hội'],
  [6, 'cultural-facilities', 'Cơ sở vật chất văn hóa', 'Hạ tầng kinh tế - xã hội'],
  [7, 'rural-commerce', 'Cơ sở hạ tầng thương mại nông thôn', 'Hạ tầng kinh tế - xã hội'],
  [8, 'information-communication', 'Thông tin và Truyền thông', 'Hạ tầng kinh tế - xã hội'],
  [9, 'housing', 'Nhà ở dân cư', 'Hạ tầng kinh tế - xã hội'],
  [10, 'income', 'Thu nhập', 'Kinh tế và tổ chức sản xuất'],
  [11, 'multidimensional-poverty', 'Nghèo đa chiều', 'Kinh tế và tổ chức sản xuất'],
  [12, 'labour', 'Lao động', 'Kinh tế và tổ chức sản xuất'],
  [
    13,
    'production-rural-economy',
    'Tổ chức sản xuất và phát triển kinh tế nông thôn',
    'Kinh tế và tổ chức sản xuất',
  ],
  [14, 'education-training', 'Giáo dục và Đào tạo', 'Văn hóa - Xã hội - Môi trường'],
  [15, 'health', 'Y tế', 'Văn hóa - Xã hội - Môi trường'],
  [16, 'culture', 'Văn hóa', 'Văn hóa - Xã hội - Môi trường'],
  [
    17,
    'environment-food-safety',
    'Môi trường và an toàn thực phẩm',
    'Văn hóa - Xã hội - Môi trường',
  ],
  [
    18,
    'political-system-legal-access',
    'Hệ thống chính trị và tiếp cận pháp luật',
    'Hệ thống chính trị',
  ],
  [19, 'defence-security', 'Quốc phòng và An ninh', 'Hệ thống chính trị'],
];

describe('ntmCommune2022 (QĐ 318/QĐ-TTg, xã NTM)', () => {
  it('is issued by QĐ 318/QĐ-TTg of 08/3/2022 for 2021–2025', () => {
    expect(ntmCommune2022.decision).toMatchObject({
      number: 'QĐ 318/QĐ-TTg',
      date: '2022-03-08',
      verified: true,
    });
    expect(ntmCommune2022.period).toEqual({ startYear: 2021, endYear: 2025 });
    expect(ntmCommune2022.tier).toBe('standard');
  });

  it.each(criteria318)('criterion %i is %s, "%s", in group %s', (number, id, name, group) => {
    expect(ntmCommune2022.criteria[number - 1]).toMatchObject({
      number,
      id,
      name,
      group,
      verified: true,
    });
  });

  it('has 19 criteria, its count of chỉ tiêu unverified (null)', () => {
    expect(ntmCommune2022.criteria).toHaveLength(19);
    expect(ntmCommune2022.indicatorCount).toBeNull();
  });

  it('renames criteria 3, 11, 12 and 13 of QĐ 1980 and keeps the others', () => {
    const renamed = ntmCommune2022.criteria
      .filter((c, i) => c.name !== ntmCommune2016.criteria[i]?.name)
      .map((c) => c.number);
    expect(renamed).toEqual([3, 11, 12, 13]);
  });

  it('lists the two chỉ tiêu of criterion 3: ≥ 80% of farmland irrigated, "4 tại chỗ"', () => {
    const indicators = ntmCommune2022.criteria[2]?.indicators ?? [];
    expect(indicators.map((i) => i.id)).toEqual(['irrigated-area', 'disaster-prevention']);
    const t = indicators[0]?.threshold;
    expect(t?.kind === 'at-least' && t.value.toString()).toBe('80');
    expect(indicators[1]?.name).toContain('4 tại chỗ');
  });

  describe('edge cases', () => {
    it('survives a JSON round trip through its schema', () => {
      const back = z.parse(criteriaSetSchema, JSON.parse(JSON.stringify(ntmCommune2022)));
      expect(JSON.stringify(back)).toBe(JSON.stringify(ntmCommune2022));
    });

    it('is frozen', () => {
      expect(Object.isFrozen(ntmCommune2022.criteria[2]?.indicators)).toBe(true);
      expect(Object.isFrozen(ntmCommune2022.decision)).toBe(true);
    });
  });
});
