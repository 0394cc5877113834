import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { criteriaSetSchema } from '../../src/ntm/criteria-set-schema.js';
import { ntmCommune2026 } from '../../src/ntm/ntm-commune-2026.js';

// QĐ 51/2025/QĐ-TTg (29/12/2025, in force 15/02/2026), Phụ lục I: 10 tiêu chí, 47 chỉ tiêu.
const criteria51: readonly [number, string, string][] = [
  [1, 'planning', 'Quy hoạch'],
  [2, 'socio-economic-infrastructure', 'Hạ tầng kinh tế - xã hội'],
  [3, 'rural-economy', 'Phát triển kinh tế nông thôn'],
  [4, 'rural-workforce-training', 'Đào tạo nguồn nhân lực nông thôn'],
  [5, 'culture-education-health', 'Văn hóa, giáo dục, y tế'],
  [6, 'poverty-reduction-social-security', 'Giảm nghèo và an sinh xã hội'],
  [7, 'science-technology-digital', 'Khoa học công nghệ và chuyển đổi số'],
  [8, 'environment-landscape', 'Môi trường và cảnh quan nông thôn'],
  [9, 'political-system-public-administration', 'Xây dựng hệ thống chính trị và hành chính công'],
  [10, 'legal-access-security-defence', 'Tiếp cận pháp luật và an ninh, quốc phòng'],
];

describe('ntmCommune2026 (QĐ 51/2025/QĐ-TTg)', () => {
  it('is QĐ 51/2025/QĐ-TTg of 29/12/2025, in force from 15/02/2026, for 2026–2030', () => {
    expect(ntmCommune2026.decision).toMatchObject({
      number: 'QĐ 51/2025/QĐ-TTg',
      date: '2025-12-29',
      effectiveFrom: '2026-02-15',
    });
    expect(ntmCommune2026.period).toEqual({ startYear: 2026, endYear: 2030 });
    expect(ntmCommune2026.level).toBe('commune');
  });

  it('has 10 criteria and 47 chỉ tiêu', () => {
    expect(ntmCommune2026.criteria).toHaveLength(10);
    expect(ntmCommune2026.indicatorCount).toBe(47);
  });

  it.each(criteria51)('criterion %i is %s, "%s"', (number, id, name) => {
    expect(ntmCommune2026.criteria[number - 1]).toMatchObject({ number, id, name, verified: true });
  });

  it('defines three commune groups: nhóm 1 near towns, nhóm 3 khu vực II/III, nhóm 2 the rest', () => {
    expect(ntmCommune2026.groups?.map((g) => g.id)).toEqual(['group-1', 'group-2', 'group-3']);
    expect(ntmCommune2026.groups?.[0]?.description).toContain('dưới 10%');
    expect(ntmCommune2026.groups?.[1]?.description).toBe('Xã không thuộc nhóm 1 và nhóm 3');
    expect(ntmCommune2026.groups?.[2]?.description).toContain('khu vực II và xã khu vực III');
  });

  describe('edge cases', () => {
    it('has no district level and no higher tier in its period', () => {
      expect(ntmCommune2026.tier).toBe('standard');
      expect(ntmCommune2026.notes.join(' ')).toMatch(
        /no nâng cao or kiểu mẫu set and no district level/,
      );
    });

    it('survives a JSON round trip through its schema', () => {
      const back = z.parse(criteriaSetSchema, JSON.parse(JSON.stringify(ntmCommune2026)));
      expect(JSON.stringify(back)).toBe(JSON.stringify(ntmCommune2026));
    });
  });
});
