import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { criteriaSetSchema } from '../../src/ntm/criteria-set-schema.js';
import { ntmDistrict2016 } from '../../src/ntm/ntm-district-2016.js';

// QĐ 558/QĐ-TTg (05/4/2016): the 9 criteria of huyện NTM 2016–2020.
const criteria558: readonly [number, string, string][] = [
  [1, 'planning', 'Quy hoạch'],
  [2, 'transport', 'Giao thông'],
  [3, 'irrigation', 'Thủy lợi'],
  [4, 'electricity', 'Điện'],
  [5, 'health-culture-education', 'Y tế - Văn hóa - Giáo dục'],
  [6, 'production', 'Sản xuất'],
  [7, 'environment', 'Môi trường'],
  [8, 'security-order', 'An ninh, trật tự xã hội'],
  [9, 'ntm-direction', 'Chỉ đạo xây dựng nông thôn mới'],
];

describe('ntmDistrict2016 (QĐ 558/QĐ-TTg)', () => {
  it('is QĐ 558/QĐ-TTg of 05/4/2016, district level, 2016–2020', () => {
    expect(ntmDistrict2016.decision).toMatchObject({ number: 'QĐ 558/QĐ-TTg', date: '2016-04-05' });
    expect(ntmDistrict2016.decision.title).toContain('Tiêu chí huyện nông thôn mới');
    expect(ntmDistrict2016.level).toBe('district');
    expect(ntmDistrict2016.period).toEqual({ startYear: 2016, endYear: 2020 });
  });

  it.each(criteria558)('criterion %i is %s, "%s"', (number, id, name) => {
    expect(ntmDistrict2016.criteria[number - 1]).toMatchObject({
      number,
      id,
      name,
      verified: true,
    });
  });

  it('needs all 9 criteria and 100% of communes NTM', () => {
    expect(ntmDistrict2016.criteria).toHaveLength(9);
    expect(ntmDistrict2016.qualification.minimumCriteria).toBe(9);
    expect(ntmDistrict2016.qualification.conditions).toHaveLength(1);
    const [c] = ntmDistrict2016.qualification.conditions;
    expect(c?.kind).toBe('communes-qualified');
    expect(c?.minPercent.toString()).toBe('100');
  });

  describe('edge cases', () => {
    it('survives a JSON round trip through its schema', () => {
      const back = z.parse(criteriaSetSchema, JSON.parse(JSON.stringify(ntmDistrict2016)));
      expect(JSON.stringify(back)).toBe(JSON.stringify(ntmDistrict2016));
    });

    it('keeps its Decimal condition usable while the set is frozen', () => {
      expect(Object.isFrozen(ntmDistrict2016.qualification.conditions[0])).toBe(true);
      expect(ntmDistrict2016.qualification.conditions[0]?.minPercent.plus(1).toString()).toBe(
        '101',
      );
    });
  });
});
