import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ChitieuError } from '../../src/errors.js';
import { communeProgress } from '../../src/ntm/commune-progress.js';
import {
  correspondence,
  criteriaCorrespondences,
  mapCommuneProgress,
  mapCriterion,
} from '../../src/ntm/criteria-mapping.js';
import { criteriaSets } from '../../src/ntm/criteria-sets.js';

const all19 = Array.from({ length: 19 }, (_, i) => i + 1);

function code(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ChitieuError);
    return (error as ChitieuError).code;
  }
  throw new Error('expected a ChitieuError');
}

describe('criteriaCorrespondences', () => {
  it('maps QĐ 1980 to QĐ 318 criterion by criterion, 19 pairs, 4 renamed', () => {
    expect(criteriaCorrespondences).toHaveLength(1);
    const [c] = criteriaCorrespondences;
    expect(c?.from).toBe('ntm-commune-2016');
    expect(c?.to).toBe('ntm-commune-2022');
    expect(c?.pairs).toHaveLength(19);
    expect(c?.pairs.filter((p) => p.renamed)).toEqual([
      { from: 'irrigation', to: 'irrigation-disaster-prevention', renamed: true },
      { from: 'poor-households', to: 'multidimensional-poverty', renamed: true },
      { from: 'employment', to: 'labour', renamed: true },
      { from: 'production-organisation', to: 'production-rural-economy', renamed: true },
    ]);
    expect(c?.pairs.filter((p) => !p.renamed).every((p) => p.from === p.to)).toBe(true);
  });
});

describe('mapCriterion', () => {
  it('"Hộ nghèo" (1980, no. 11) is "Nghèo đa chiều" (318, no. 11), and back', () => {
    expect(mapCriterion('poor-households', 'ntm-commune-2016', 'ntm-commune-2022').name).toBe(
      'Nghèo đa chiều',
    );
    expect(mapCriterion(11, 'ntm-commune-2022', 'ntm-commune-2016').name).toBe('Hộ nghèo');
    expect(
      mapCriterion('income', criteriaSets['ntm-commune-2016'], criteriaSets['ntm-commune-2022']).id,
    ).toBe('income');
  });

  describe('edge cases', () => {
    it('sets that do not correspond are unit-mismatch', () => {
      expect(code(() => mapCriterion('income', 'ntm-commune-2022', 'ntm-commune-2026'))).toBe(
        'unit-mismatch',
      );
      expect(code(() => mapCriterion(1, 'ntm-district-2016', 'ntm-district-2022'))).toBe(
        'unit-mismatch',
      );
      expect(code(() => mapCriterion(1, 'ntm-commune-2022', 'ntm-commune-advanced-2022'))).toBe(
        'unit-mismatch',
      );
    });

    it('a criterion the source set lacks is unknown-criterion', () => {
      expect(code(() => mapCriterion('labour', 'ntm-commune-2016', 'ntm-commune-2022'))).toBe(
        'unknown-criterion',
      );
    });

    it('a set maps to itself', () => {
      expect(mapCriterion(5, 'ntm-commune-2026', 'ntm-commune-2026').id).toBe(
        'culture-education-health',
      );
    });
  });
});

describe('mapCommuneProgress', () => {
  it('a commune that met "Hộ nghèo" and "Lao động có việc làm" meets "Nghèo đa chiều" and "Lao động"', () => {
    const p = communeProgress('ntm-commune-2016', ['poor-households', 'employment'], {
      name: 'Xã A',
    });
    const q = mapCommuneProgress(p, 'ntm-commune-2022');
    expect(q.set).toBe('ntm-commune-2022');
    expect(q.metIds).toEqual(['multidimensional-poverty', 'labour']);
    expect(q.name).toBe('Xã A');
    expect(q.missing).toHaveLength(17);
  });

  it('maps sub-indicator failures to the corresponding criterion', () => {
    const p = communeProgress('ntm-commune-2016', { irrigation: { '3.1': false } });
    expect(mapCommuneProgress(p, 'ntm-commune-2022').notMetIndicators).toEqual([
      { criterion: 'irrigation-disaster-prevention', indicator: '3.1' },
    ]);
  });

  describe('edge cases', () => {
    it('a qualifying commune still qualifies after mapping', () => {
      expect(
        mapCommuneProgress(communeProgress('ntm-commune-2016', all19), 'ntm-commune-2022')
          .qualifies,
      ).toBe(true);
    });

    it('mapping to a set that does not correspond is unit-mismatch', () => {
      const p = communeProgress('ntm-commune-2016', [1]);
      expect(code(() => mapCommuneProgress(p, 'ntm-commune-2026'))).toBe('unit-mismatch');
    });
  });

  it('round trip 2016 → 2022 → 2016 gives the same progress back (property)', () => {
    fc.assert(
      fc.property(fc.subarray(all19), (subset) => {
        const p = communeProgress('ntm-commune-2016', subset);
        expect(
          mapCommuneProgress(mapCommuneProgress(p, 'ntm-commune-2022'), 'ntm-commune-2016'),
        ).toEqual(p);
      }),
    );
  });

  it('does not mutate its input', () => {
    const p = communeProgress('ntm-commune-2016', [1, 2]);
    const json = JSON.stringify(p);
    mapCommuneProgress(p, 'ntm-commune-2022');
    expect(JSON.stringify(p)).toBe(json);
  });

  it('correspondence gives positions, or null for sets that do not correspond', () => {
    const map = correspondence(criteriaSets['ntm-commune-2022'], criteriaSets['ntm-commune-2016']);
    expect(map).toEqual(all19.map((n) => n - 1));
    expect(
      correspondence(criteriaSets['ntm-commune-2016'], criteriaSets['ntm-commune-2026']),
    ).toBeNull();
  });
});
