import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { criteriaSetSchema } from '../../src/ntm/criteria-set-schema.js';
import { ntmCommune2016 } from '../../src/ntm/ntm-commune-2016.js';

// QĐ 1980/QĐ-TTg (17/10/2016): the 19 criteria as the decision numbers and names them.
const criteria1980: readonly [number, string, string][] = [
  [1, 'planning', 'Quy hoạch'],
  [2, 'transport', 'Giao thông'],
  [3, 'irrigation', 'Thủy lợi'],
  [4, 'electricity', 'Điện'],
  [5, 'schools', 'Trường học'],
  [6, 'cultural-facilities', 'Cơ sở vật chất văn hóa'],
  [7, 'rural-commerce', 'Cơ sở hạ tầng thương mại nông thôn'],
  [8, 'information-communication', 'Thông tin và Truyền thông'],
  [9, 'housing', 'Nhà ở dân cư'],
  [10, 'income', 'Thu nhập'],
  [11, 'poor-households', 'Hộ nghèo'],
  [12, 'employment', 'Lao động có việc làm'],
  [13, 'production-organisation', 'Tổ chức sản xuất'],
  [14, 'education-training', 'Giáo dục và Đào tạo'],
  [15, 'health', 'Y tế'],
  [16, 'culture', 'Văn hóa'],
  [17, 'environment-food-safety', 'Môi trường và an toàn thực phẩm'],
  [18, 'political-system-legal-access', 'Hệ thống chính trị và tiếp cận pháp luật'],
  [19, 'defence-security', 'Quốc phòng và An ninh'],
];

describe('ntmCommune2016 (QĐ 1980/QĐ-TTg)', () => {
  it('is issued by QĐ 1980/QĐ-TTg of 17/10/2016 for the period 2016–2020', () => {
    expect(ntmCommune2016.decision.number).toBe('QĐ 1980/QĐ-TTg');
    expect(ntmCommune2016.decision.date).toBe('2016-10-17');
    expect(ntmCommune2016.decision.title).toContain('xã nông thôn mới giai đoạn 2016 - 2020');
    expect(ntmCommune2016.period).toEqual({ startYear: 2016, endYear: 2020 });
    expect(ntmCommune2016.level).toBe('commune');
    expect(ntmCommune2016.tier).toBe('standard');
  });

  it('has 19 criteria and 49 chỉ tiêu', () => {
    expect(ntmCommune2016.criteria).toHaveLength(19);
    expect(ntmCommune2016.indicatorCount).toBe(49);
  });

  it.each(criteria1980)('criterion %i is %s, "%s", verified', (number, id, name) => {
    const c = ntmCommune2016.criteria[number - 1];
    expect(c).toMatchObject({ number, id, name, verified: true });
  });

  it('groups the criteria 1 / 2–9 / 10–13 / 14–17 / 18–19', () => {
    const groups = ntmCommune2016.criteria.map((c) => c.group);
    expect(new Set(groups.slice(1, 9)).size).toBe(1);
    expect(new Set(groups.slice(9, 13)).size).toBe(1);
    expect(new Set(groups.slice(13, 17)).size).toBe(1);
    expect(new Set(groups.slice(17, 19)).size).toBe(1);
    expect(new Set(groups).size).toBe(5);
    expect(ntmCommune2016.notes.join(' ')).toMatch(/unverified/);
  });

  it('gives the 2020 income thresholds of criterion 10 by region (triệu đồng/người)', () => {
    const income = ntmCommune2016.criteria[9]?.indicators?.[0];
    expect(income?.unit).toBe('triệu đồng/người');
    expect(income?.threshold).toMatchObject({ kind: 'at-least', strict: false });
    expect(income?.threshold?.kind === 'at-least' && income.threshold.value.toString()).toBe('45');
    const byRegion = Object.fromEntries(
      Object.entries(income?.thresholdsByRegion ?? {}).map(([k, t]) => [
        k,
        t.kind === 'at-least' ? t.value.toString() : t.kind,
      ]),
    );
    expect(byRegion).toEqual({
      'northern-midlands-and-mountains': '36',
      'red-river-delta': '50',
      'north-central': '36',
      'south-central-coast': '41',
      'central-highlands': '41',
      southeast: '59',
      'mekong-delta': '50',
    });
  });

  it('lists sub-indicators only for criterion 10 (the others are unverified)', () => {
    expect(
      ntmCommune2016.criteria.filter((c) => c.indicators !== undefined).map((c) => c.id),
    ).toEqual(['income']);
  });

  it('marks the 19/19 qualification rule unverified', () => {
    expect(ntmCommune2016.qualification).toMatchObject({
      minimumCriteria: 19,
      prerequisite: null,
      conditions: [],
      verified: false,
    });
  });

  describe('edge cases', () => {
    it('has unique ids and numbers 1..19 in order', () => {
      expect(new Set(ntmCommune2016.criteria.map((c) => c.id)).size).toBe(19);
      expect(ntmCommune2016.criteria.map((c) => c.number)).toEqual(
        Array.from({ length: 19 }, (_, i) => i + 1),
      );
    });

    it('is frozen all the way down', () => {
      expect(Object.isFrozen(ntmCommune2016)).toBe(true);
      expect(Object.isFrozen(ntmCommune2016.criteria)).toBe(true);
      expect(Object.isFrozen(ntmCommune2016.criteria[9]?.indicators?.[0]?.thresholdsByRegion)).toBe(
        true,
      );
      expect(() => {
        (ntmCommune2016.criteria as Array<unknown>).push(1);
      }).toThrow(TypeError);
    });

    it('passes its schema and survives a JSON round trip', () => {
      const back = z.parse(criteriaSetSchema, JSON.parse(JSON.stringify(ntmCommune2016)));
      expect(JSON.stringify(back)).toBe(JSON.stringify(ntmCommune2016));
    });

    it('cites https sources', () => {
      expect(ntmCommune2016.decision.source).toMatch(/^https?:\/\//);
      expect(ntmCommune2016.sources.length).toBeGreaterThanOrEqual(3);
    });
  });
});
