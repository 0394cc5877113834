import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { communeProgress } from '../../src/ntm/commune-progress.js';
import { criteriaSetSchema } from '../../src/ntm/criteria-set-schema.js';
import { ntmCommuneModel2022 } from '../../src/ntm/ntm-commune-model-2022.js';

describe('ntmCommuneModel2022 (QĐ 319/QĐ-TTg, xã NTM kiểu mẫu)', () => {
  it('is QĐ 319/QĐ-TTg of 08/3/2022, the model tier of 2021–2025', () => {
    expect(ntmCommuneModel2022.decision).toMatchObject({
      number: 'QĐ 319/QĐ-TTg',
      date: '2022-03-08',
    });
    expect(ntmCommuneModel2022.tier).toBe('model');
    expect(ntmCommuneModel2022.period).toEqual({ startYear: 2021, endYear: 2025 });
  });

  it('is a checklist of the four conditions of QĐ 319, all required', () => {
    expect(ntmCommuneModel2022.criteria.map((c) => [c.number, c.id])).toEqual([
      [1, 'advanced-standard'],
      [2, 'income-premium'],
      [3, 'smart-village'],
      [4, 'outstanding-field'],
    ]);
    expect(ntmCommuneModel2022.criteria.every((c) => c.verified)).toBe(true);
    expect(ntmCommuneModel2022.qualification.minimumCriteria).toBe(4);
  });

  it('asks income at least 10% above xã NTM nâng cao', () => {
    const t = ntmCommuneModel2022.criteria[1]?.indicators?.[0]?.threshold;
    expect(t).toMatchObject({ kind: 'at-least', strict: false });
    expect(t?.kind === 'at-least' && t.value.toString()).toBe('10');
  });

  it('a commune with a thôn thông minh but no outstanding field is not kiểu mẫu', () => {
    const p = communeProgress(ntmCommuneModel2022, {
      'advanced-standard': true,
      'income-premium': { 'income-premium': true },
      'smart-village': true,
      'outstanding-field': false,
    });
    expect(p.qualifies).toBe(false);
    expect(p.missing.map((c) => c.id)).toEqual(['outstanding-field']);
    expect(communeProgress(ntmCommuneModel2022, [1, 2, 3, 4]).qualifies).toBe(true);
  });

  describe('edge cases', () => {
    it('has no separate prerequisite: being nâng cao is condition 1', () => {
      expect(ntmCommuneModel2022.qualification.prerequisite).toBeNull();
      expect(communeProgress(ntmCommuneModel2022, [2, 3, 4]).qualifies).toBe(false);
    });

    it('survives a JSON round trip through its schema', () => {
      const back = z.parse(criteriaSetSchema, JSON.parse(JSON.stringify(ntmCommuneModel2022)));
      expect(JSON.stringify(back)).toBe(JSON.stringify(ntmCommuneModel2022));
    });
  });
});
