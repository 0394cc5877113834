import { describe, expect, it } from 'vitest';
import type { CriteriaSetId } from '../../src/ntm/criteria-set-schema.js';
import { criteriaSets } from '../../src/ntm/criteria-sets.js';
import { ntmCommune2016 } from '../../src/ntm/ntm-commune-2016.js';

// One row per decision: id, decision, date, level, tier, criteria, chỉ tiêu (null: unverified).
const table: readonly [CriteriaSetId, string, string, string, string, number, number | null][] = [
  ['ntm-commune-2016', 'QĐ 1980/QĐ-TTg', '2016-10-17', 'commune', 'standard', 19, 49],
  ['ntm-commune-2022', 'QĐ 318/QĐ-TTg', '2022-03-08', 'commune', 'standard', 19, null],
  ['ntm-commune-advanced-2022', 'QĐ 318/QĐ-TTg', '2022-03-08', 'commune', 'advanced', 19, null],
  ['ntm-commune-model-2022', 'QĐ 319/QĐ-TTg', '2022-03-08', 'commune', 'model', 4, null],
  ['ntm-district-2016', 'QĐ 558/QĐ-TTg', '2016-04-05', 'district', 'standard', 9, null],
  ['ntm-district-2022', 'QĐ 320/QĐ-TTg', '2022-03-08', 'district', 'standard', 9, null],
  ['ntm-commune-2026', 'QĐ 51/2025/QĐ-TTg', '2025-12-29', 'commune', 'standard', 10, 47],
];

describe('criteriaSets', () => {
  it.each(table)(
    '%s: %s of %s, %s/%s, %i criteria, %s chỉ tiêu',
    (id, number, date, level, tier, n, indicators) => {
      const set = criteriaSets[id];
      expect(set.id).toBe(id);
      expect(set.decision.number).toBe(number);
      expect(set.decision.date).toBe(date);
      expect(set.level).toBe(level);
      expect(set.tier).toBe(tier);
      expect(set.criteria).toHaveLength(n);
      expect(set.indicatorCount).toBe(indicators);
    },
  );

  it('holds the same objects as the per-decision exports', () => {
    expect(criteriaSets['ntm-commune-2016']).toBe(ntmCommune2016);
    expect(Object.keys(criteriaSets)).toHaveLength(7);
  });

  describe('edge cases', () => {
    it('is frozen', () => {
      expect(Object.isFrozen(criteriaSets)).toBe(true);
    });

    it('every set requires all its criteria, and numbers them 1..n', () => {
      for (const set of Object.values(criteriaSets)) {
        expect(set.qualification.minimumCriteria).toBe(set.criteria.length);
        expect(set.criteria.map((c) => c.number)).toEqual(set.criteria.map((_, i) => i + 1));
        expect(new Set(set.criteria.map((c) => c.id)).size).toBe(set.criteria.length);
      }
    });

    it('every set says whether its decision was verified and cites its sources', () => {
      for (const set of Object.values(criteriaSets)) {
        expect(set.decision.verified).toBe(true);
        expect(set.sources).toContain(set.decision.source);
        expect(set.notes.length).toBeGreaterThan(0);
      }
    });
  });
});
