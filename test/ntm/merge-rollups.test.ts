import { describe, expect, it } from 'vitest';
import { communeProgress } from '../../src/ntm/commune-progress.js';
import { mergeRollups } from '../../src/ntm/merge-rollups.js';
import type { NtmRollup } from '../../src/ntm/ntm-rollup-schema.js';
import { rollupCommunes } from '../../src/ntm/rollup-communes.js';
import { caught } from '../support/caught.js';

const all19 = Array.from({ length: 19 }, (_, i) => i + 1);

describe('mergeRollups', () => {
  it('adds two districts into a province: criteria, levels, per-criterion tallies and communes', () => {
    const a = rollupCommunes([
      communeProgress('ntm-commune-2022', all19, { name: 'A1', tier: 'advanced' }),
      communeProgress('ntm-commune-2022', [1, 2, 3], { name: 'A2' }),
    ]);
    const b = rollupCommunes([communeProgress('ntm-commune-2022', all19, { name: 'B1' })]);
    const ab = mergeRollups([a, b]);
    expect(ab.communes).toBe(3);
    expect(ab.criteriaMet).toBe(41);
    expect(ab.qualified).toEqual({ standard: 2, advanced: 1, model: 0 });
    expect(ab.byCriterion[0]?.met).toBe(3);
    expect(ab.byCriterion[3]).toMatchObject({ met: 2, notMet: 1 });
    expect(ab.communeResults.map((c) => c.name)).toEqual(['A1', 'A2', 'B1']);
    expect(ab.averagePerCommune?.toFixed(4)).toBe('13.6667');
  });

  it('merges the change when every rollup has one', () => {
    const prev = rollupCommunes([communeProgress('ntm-commune-2016', [1])]);
    const a = rollupCommunes([communeProgress('ntm-commune-2016', [1, 2])], { previous: prev });
    const b = rollupCommunes([communeProgress('ntm-commune-2016', [1, 2, 3])], { previous: prev });
    const ab = mergeRollups([a, b]);
    expect(ab.change?.criteriaMet).toBe(3);
    expect(ab.change?.previous.communes).toBe(2);
  });

  describe('edge cases', () => {
    it('one rollup merges to an equal rollup', () => {
      const a = rollupCommunes([communeProgress('ntm-commune-2016', [1, 2])]);
      expect(mergeRollups([a])).toEqual(a);
    });

    it('an empty list is invalid-argument', () => {
      expect(caught(() => mergeRollups([])).code).toBe('invalid-argument');
    });

    it('rollups on different sets are unit-mismatch', () => {
      const a = rollupCommunes([communeProgress('ntm-commune-2016', [1])]);
      const b = rollupCommunes([communeProgress('ntm-commune-2022', [1])]);
      const e = caught(() => mergeRollups([a, b]));
      expect(e.code).toBe('unit-mismatch');
      expect(e.path).toEqual(['rollups', 1, 'set']);
    });

    it('only some rollups with a change is invalid-argument', () => {
      const a = rollupCommunes([communeProgress('ntm-commune-2016', [1])]);
      const b = rollupCommunes([communeProgress('ntm-commune-2016', [1])], { previous: a });
      expect(caught(() => mergeRollups([a, b])).message).toMatchInlineSnapshot(
        `"[chitieu] Invalid argument at rollups: expected either every rollup with a change or none; received "1 of 2 with a change""`,
      );
    });

    it('a tampered byCriterion is refused', () => {
      const a = rollupCommunes([communeProgress('ntm-commune-2016', [1])]);
      const bad = { ...a, byCriterion: a.byCriterion.slice(1) } as NtmRollup;
      expect(caught(() => mergeRollups([a, bad])).path).toEqual(['rollups', 1, 'byCriterion']);
    });
  });

  it('does not mutate its input', () => {
    const a = rollupCommunes([communeProgress('ntm-commune-2016', [1])]);
    const json = JSON.stringify(a);
    mergeRollups([a, a]);
    expect(JSON.stringify(a)).toBe(json);
  });
});

describe('mergeRollups: what it refuses, and why', () => {
  const p = communeProgress('ntm-commune-2022', [1, 2]);
  const a = rollupCommunes([p]);
  const withChange = rollupCommunes([p], { previous: a });

  it('a list that is not a list, or empty, says a non-empty list was expected', () => {
    expect(caught(() => mergeRollups('x' as unknown as NtmRollup[])).message).toBe(
      '[chitieu] Invalid argument at rollups: expected a non-empty list of rollups; received "x"',
    );
  });

  it('counts the rollups that carry a change', () => {
    expect(caught(() => mergeRollups([withChange, a, a])).details.received).toBe(
      '"1 of 3 with a change"',
    );
  });

  it('names the set of the first rollup when another is on a different set', () => {
    const other = rollupCommunes([communeProgress('ntm-commune-2016', [1])]);
    expect(caught(() => mergeRollups([a, other])).message).toBe(
      '[chitieu] Unit mismatch (đơn vị tính) at rollups[1].set: expected rollups on one criteria set (ntm-commune-2022); received "ntm-commune-2016"',
    );
  });

  it('previous figures on different sets are unit-mismatch at the second one', () => {
    const from2016 = rollupCommunes([p], {
      previous: [communeProgress('ntm-commune-2016', [1])],
    });
    const e = caught(() => mergeRollups([withChange, from2016]));
    expect([e.code, e.path]).toEqual([
      'unit-mismatch',
      ['rollups', 1, 'change', 'previous', 'set'],
    ]);
    expect(e.message).toBe(
      '[chitieu] Unit mismatch (đơn vị tính) at rollups[1].change.previous.set: expected previous figures on one criteria set (ntm-commune-2022); received "ntm-commune-2016"',
    );
  });

  it('an unknown criterion in the previous figures is refused at its path', () => {
    const change = withChange.change as NonNullable<NtmRollup['change']>;
    const bad = {
      ...withChange,
      change: {
        ...change,
        previous: { ...change.previous, byCriterion: [{ criterion: 'nope', met: 0 }] },
      },
    } as NtmRollup;
    const e = caught(() => mergeRollups([withChange, bad]));
    expect([e.code, e.path]).toEqual([
      'unknown-criterion',
      ['rollups', 1, 'change', 'previous', 'byCriterion', 0, 'criterion'],
    ]);
  });
});
