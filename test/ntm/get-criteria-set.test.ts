import { describe, expect, it } from 'vitest';
import { ChitieuError } from '../../src/errors.js';
import type { CriteriaSet } from '../../src/ntm/criteria-set-schema.js';
import { criteriaSets } from '../../src/ntm/criteria-sets.js';
import { getCriteriaSet, resolveCriteriaSet } from '../../src/ntm/get-criteria-set.js';

describe('getCriteriaSet', () => {
  it('finds every set by its id', () => {
    for (const [id, set] of Object.entries(criteriaSets)) {
      expect(getCriteriaSet(id)).toBe(set);
    }
  });

  describe('edge cases', () => {
    it('rejects an unknown id with unknown-criteria-set', () => {
      expect(() => getCriteriaSet('ntm-commune-2019')).toThrowErrorMatchingInlineSnapshot(
        `[ChitieuError: [chitieu] Unknown criteria set (bộ tiêu chí): expected one of "ntm-commune-2016", "ntm-commune-2022", "ntm-commune-advanced-2022", "ntm-commune-model-2022", "ntm-district-2016", "ntm-district-2022", "ntm-commune-2026"; received "ntm-commune-2019"]`,
      );
    });

    it('does not find inherited properties or non-strings', () => {
      for (const bad of ['toString', '__proto__', 42, null, undefined]) {
        try {
          getCriteriaSet(bad as string, ['set']);
          expect.unreachable();
        } catch (error) {
          expect(error).toBeInstanceOf(ChitieuError);
          expect((error as ChitieuError).code).toBe('unknown-criteria-set');
          expect((error as ChitieuError).path).toEqual(['set']);
        }
      }
    });
  });

  it('resolveCriteriaSet passes sets through and looks ids up', () => {
    expect(resolveCriteriaSet(criteriaSets['ntm-commune-2022'], [])).toBe(
      criteriaSets['ntm-commune-2022'],
    );
    expect(resolveCriteriaSet('ntm-district-2022', [])).toBe(criteriaSets['ntm-district-2022']);
  });
});

describe('resolveCriteriaSet with a set object that is not built in', () => {
  it('accepts a well-formed custom set (a provincial adaptation, say)', () => {
    const custom = { ...criteriaSets['ntm-commune-2022'], name: 'Bộ tiêu chí xã NTM tỉnh X' };
    expect(resolveCriteriaSet(custom, ['set'])).toBe(custom);
  });

  it('rejects a malformed one with invalid-argument at its path', () => {
    try {
      resolveCriteriaSet({ id: 'x', criteria: [] } as unknown as CriteriaSet, ['set']);
      expect.unreachable();
    } catch (error) {
      expect((error as ChitieuError).code).toBe('invalid-argument');
      expect((error as ChitieuError).path).toEqual(['set']);
    }
  });
});
