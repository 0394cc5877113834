import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { criteriaSetSchema } from '../../src/ntm/criteria-set-schema.js';
import { ntmCommune2022 } from '../../src/ntm/ntm-commune-2022.js';
import { ntmCommuneAdvanced2022 } from '../../src/ntm/ntm-commune-advanced-2022.js';

// QĐ 318/QĐ-TTg, Phụ lục II (xã NTM nâng cao): names kept but NOT confirmed (verified: false).
const advanced: readonly [number, string, string][] = [
  [1, 'planning', 'Quy hoạch'],
  [2, 'transport', 'Giao thông'],
  [3, 'irrigation-disaster-prevention', 'Thủy lợi và phòng, chống thiên tai'],
  [4, 'electricity', 'Điện'],
  [5, 'education', 'Giáo dục'],
  [6, 'culture', 'Văn hóa'],
  [7, 'rural-commerce', 'Cơ sở hạ tầng thương mại nông thôn'],
  [8, 'information-communication', 'Thông tin và Truyền thông'],
  [9, 'housing', 'Nhà ở dân cư'],
  [10, 'income', 'Thu nhập'],
  [11, 'multidimensional-poverty', 'Nghèo đa chiều'],
  [12, 'labour', 'Lao động'],
  [13, 'production-rural-economy', 'Tổ chức sản xuất và phát triển kinh tế nông thôn'],
  [14, 'health', 'Y tế'],
  [15, 'public-administration', 'Hành chính công'],
  [16, 'legal-access', 'Tiếp cận pháp luật'],
  [17, 'environment', 'Môi trường'],
  [18, 'living-environment-quality', 'Chất lượng môi trường sống'],
  [19, 'defence-security', 'Quốc phòng và An ninh'],
];

describe('ntmCommuneAdvanced2022 (QĐ 318/QĐ-TTg, xã NTM nâng cao)', () => {
  it('shares its decision with the standard set and sits one tier up', () => {
    expect(ntmCommuneAdvanced2022.decision).toEqual(ntmCommune2022.decision);
    expect(ntmCommuneAdvanced2022.tier).toBe('advanced');
    expect(ntmCommuneAdvanced2022.level).toBe('commune');
  });

  it('requires the commune to be xã NTM first', () => {
    expect(ntmCommuneAdvanced2022.qualification).toMatchObject({
      minimumCriteria: 19,
      prerequisite: 'ntm-commune-2022',
    });
  });

  it.each(advanced)('criterion %i is %s, "%s", marked unverified', (number, id, name) => {
    expect(ntmCommuneAdvanced2022.criteria[number - 1]).toMatchObject({
      number,
      id,
      name,
      verified: false,
    });
  });

  describe('edge cases', () => {
    it('says in its notes that the names are unverified', () => {
      expect(ntmCommuneAdvanced2022.notes.join(' ')).toMatch(/unverified/);
      expect(ntmCommuneAdvanced2022.criteria).toHaveLength(19);
    });

    it('survives a JSON round trip through its schema', () => {
      const back = z.parse(criteriaSetSchema, JSON.parse(JSON.stringify(ntmCommuneAdvanced2022)));
      expect(back).toEqual(ntmCommuneAdvanced2022);
    });
  });
});
