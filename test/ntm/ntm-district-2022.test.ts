import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { criteriaSetSchema } from '../../src/ntm/criteria-set-schema.js';
import { ntmDistrict2022 } from '../../src/ntm/ntm-district-2022.js';

// QĐ 320/QĐ-TTg (08/3/2022), Phụ lục I: the 9 criteria of huyện NTM 2021–2025.
const criteria320: readonly [number, string, string, boolean][] = [
  [1, 'planning', 'Quy hoạch', true],
  [2, 'transport', 'Giao thông', true],
  [3, 'irrigation-disaster-prevention', 'Thủy lợi và phòng, chống thiên tai', true],
  [4, 'electricity', 'Điện', true],
  [5, 'health-culture-education', 'Y tế - Văn hóa - Giáo dục', true],
  [6, 'economy', 'Kinh tế', true],
  [7, 'environment', 'Môi trường', true],
  [8, 'living-environment-quality', 'Chất lượng môi trường sống', true],
  [
    9,
    'political-system-security-administration',
    'Hệ thống chính trị - An ninh trật tự - Hành chính công',
    false,
  ],
];

describe('ntmDistrict2022 (QĐ 320/QĐ-TTg)', () => {
  it('is QĐ 320/QĐ-TTg of 08/3/2022, district level, 2021–2025', () => {
    expect(ntmDistrict2022.decision).toMatchObject({ number: 'QĐ 320/QĐ-TTg', date: '2022-03-08' });
    expect(ntmDistrict2022.level).toBe('district');
    expect(ntmDistrict2022.period).toEqual({ startYear: 2021, endYear: 2025 });
  });

  it.each(criteria320)('criterion %i is %s, "%s" (verified: %s)', (number, id, name, verified) => {
    expect(ntmDistrict2022.criteria[number - 1]).toMatchObject({ number, id, name, verified });
  });

  it('adds five conditions: 100% NTM, ≥ 10% nâng cao, 100% thị trấn văn minh, ≥ 90% and ≥ 80% satisfied', () => {
    expect(
      ntmDistrict2022.qualification.conditions.map((c) => [c.kind, c.minPercent.toString()]),
    ).toEqual([
      ['communes-qualified', '100'],
      ['communes-advanced', '10'],
      ['towns-civilised', '100'],
      ['resident-satisfaction', '90'],
      ['lowest-commune-satisfaction', '80'],
    ]);
    expect(ntmDistrict2022.qualification.conditions.every((c) => c.verified)).toBe(true);
  });

  describe('edge cases', () => {
    it('survives a JSON round trip through its schema', () => {
      const back = z.parse(criteriaSetSchema, JSON.parse(JSON.stringify(ntmDistrict2022)));
      expect(JSON.stringify(back)).toBe(JSON.stringify(ntmDistrict2022));
    });

    it('says which parts are unverified', () => {
      expect(ntmDistrict2022.notes.join(' ')).toMatch(/criterion 9.*unverified/);
    });
  });
});
