import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { communeProgress } from '../../src/ntm/commune-progress.js';
import {
  communeSummarySchema,
  criterionTallySchema,
  ntmRollupChangeSchema,
  ntmRollupSchema,
  rollupOptionsSchema,
} from '../../src/ntm/ntm-rollup-schema.js';
import { rollupCommunes } from '../../src/ntm/rollup-communes.js';

describe('ntmRollupSchema', () => {
  it('reads a rollup back from JSON with Decimals', () => {
    const r = rollupCommunes([
      communeProgress('ntm-commune-2016', [1, 2, 3]),
      communeProgress('ntm-commune-2016', [1]),
    ]);
    const back = z.parse(ntmRollupSchema, JSON.parse(JSON.stringify(r)));
    expect(back.averagePerCommune?.toString()).toBe('2');
    expect(back.change).toBeUndefined();
  });

  describe('edge cases', () => {
    it('rejects negative counts and a comparable change without items', () => {
      expect(
        z.safeParse(criterionTallySchema, {
          criterion: { number: 1, id: 'a', name: 'A', verified: true },
          met: -1,
          notMet: 0,
        }).success,
      ).toBe(false);
      expect(
        z.safeParse(communeSummarySchema, { name: null, met: 1, qualifies: false, level: 'gold' })
          .success,
      ).toBe(false);
      const before = rollupCommunes([communeProgress('ntm-commune-2016', [1])]);
      const r = rollupCommunes([communeProgress('ntm-commune-2016', [1, 2])], { previous: before });
      const json = JSON.parse(JSON.stringify(r.change));
      expect(z.safeParse(ntmRollupChangeSchema, json).success).toBe(true);
      expect(
        z.safeParse(ntmRollupChangeSchema, { ...json, byCriterion: { comparable: true } }).success,
      ).toBe(false);
    });
  });

  it('rollupOptionsSchema reads a set id or a previous progress list', () => {
    const p = communeProgress('ntm-commune-2016', [1]);
    const o = z.parse(
      rollupOptionsSchema,
      JSON.parse(JSON.stringify({ set: 'ntm-commune-2016', previous: [p] })),
    );
    expect(o.set).toBe('ntm-commune-2016');
    expect(Array.isArray(o.previous)).toBe(true);
  });
});
