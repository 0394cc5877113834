import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import {
  communeGroupSchema,
  criteriaSetIdSchema,
  criteriaSetSchema,
  criterionIndicatorSchema,
  criterionSchema,
  districtConditionKindSchema,
  districtConditionSchema,
  ntmRegionSchema,
  ntmTierSchema,
} from '../../src/ntm/criteria-set-schema.js';
import { criteriaSets } from '../../src/ntm/criteria-sets.js';
import { Decimal } from '../../src/numeric/decimal.js';

describe('criteriaSetIdSchema', () => {
  it('names the seven sets and nothing else', () => {
    expect(criteriaSetIdSchema.options).toEqual([
      'ntm-commune-2016',
      'ntm-commune-2022',
      'ntm-commune-advanced-2022',
      'ntm-commune-model-2022',
      'ntm-district-2016',
      'ntm-district-2022',
      'ntm-commune-2026',
    ]);
    expect(z.safeParse(criteriaSetIdSchema, 'ntm-commune-2019').success).toBe(false);
  });
});

describe('small enums', () => {
  it('lists the seven regions, three tiers and five district condition kinds', () => {
    expect(ntmRegionSchema.options).toHaveLength(7);
    expect(ntmTierSchema.options).toEqual(['standard', 'advanced', 'model']);
    expect(districtConditionKindSchema.options).toHaveLength(5);
  });
});

describe('criterionSchema', () => {
  it('reads a criterion with indicators and turns thresholds into Decimals', () => {
    const c = z.parse(criterionSchema, {
      number: 10,
      id: 'income',
      name: 'Thu nhập',
      indicators: [
        {
          id: 'income-per-capita',
          name: 'Thu nhập bình quân đầu người',
          unit: 'triệu đồng/người',
          threshold: { kind: 'at-least', value: '45', strict: false },
          thresholdsByRegion: { southeast: { kind: 'at-least', value: 59, strict: false } },
          verified: true,
        },
      ],
      verified: true,
    });
    const t = c.indicators?.[0]?.thresholdsByRegion?.southeast;
    expect(t?.kind === 'at-least' && t.value).toBeInstanceOf(Decimal);
  });

  describe('edge cases', () => {
    it('rejects ids that are not kebab case, empty names and number 0', () => {
      expect(
        z.safeParse(criterionSchema, { number: 1, id: 'Thu nhập', name: 'x', verified: true })
          .success,
      ).toBe(false);
      expect(
        z.safeParse(criterionSchema, { number: 1, id: 'income', name: '', verified: true }).success,
      ).toBe(false);
      expect(
        z.safeParse(criterionSchema, { number: 0, id: 'income', name: 'x', verified: true })
          .success,
      ).toBe(false);
    });

    it('rejects an unknown region in thresholdsByRegion', () => {
      const r = z.safeParse(criterionIndicatorSchema, {
        id: 'x',
        name: 'x',
        thresholdsByRegion: { mars: { kind: 'exact', value: 1 } },
        verified: true,
      });
      expect(r.success).toBe(false);
    });

    it('requires a verified flag on every criterion', () => {
      expect(z.safeParse(criterionSchema, { number: 1, id: 'a', name: 'A' }).success).toBe(false);
    });
  });
});

describe('districtConditionSchema and communeGroupSchema', () => {
  it('reads a condition with its minimum percentage', () => {
    const c = z.parse(districtConditionSchema, {
      id: 'communes-advanced',
      kind: 'communes-advanced',
      name: 'Có ít nhất 10% số xã đạt chuẩn NTM nâng cao',
      minPercent: '10',
      verified: true,
    });
    expect(c.minPercent.toString()).toBe('10');
    expect(
      z.safeParse(communeGroupSchema, {
        id: 'group-1',
        name: 'Xã nhóm 1',
        description: '',
        verified: true,
      }).success,
    ).toBe(false);
  });
});

describe('criteriaSetSchema', () => {
  it('accepts every built-in set, read back from JSON', () => {
    for (const set of Object.values(criteriaSets)) {
      const back = z.parse(criteriaSetSchema, JSON.parse(JSON.stringify(set)));
      expect(back.id).toBe(set.id);
      expect(JSON.stringify(back)).toBe(JSON.stringify(set));
    }
  });

  describe('edge cases', () => {
    it('rejects a set without criteria, a bad date or a source that is not a URL', () => {
      const json = JSON.parse(JSON.stringify(criteriaSets['ntm-commune-2016']));
      expect(z.safeParse(criteriaSetSchema, { ...json, criteria: [] }).success).toBe(false);
      expect(
        z.safeParse(criteriaSetSchema, {
          ...json,
          decision: { ...json.decision, date: '17/10/2016' },
        }).success,
      ).toBe(false);
      expect(
        z.safeParse(criteriaSetSchema, {
          ...json,
          decision: { ...json.decision, source: 'baonghean' },
        }).success,
      ).toBe(false);
    });

    it('freezes what it outputs', () => {
      const back = z.parse(
        criteriaSetSchema,
        JSON.parse(JSON.stringify(criteriaSets['ntm-district-2016'])),
      );
      expect(Object.isFrozen(back)).toBe(true);
      expect(Object.isFrozen(back.criteria)).toBe(true);
    });
  });
});
