import { describe, expect, it } from 'vitest';
import { communeProgress } from '../../src/ntm/commune-progress.js';
import { criteriaSets } from '../../src/ntm/criteria-sets.js';
import {
  addTally,
  computeChange,
  emptyTally,
  finishRollup,
  tallyFromRollup,
  tallyProgresses,
} from '../../src/ntm/rollup-tally.js';

const set = criteriaSets['ntm-commune-2016'];

describe('rollup tally (internal)', () => {
  it('a tally of progresses finishes into the rollup and comes back from it', () => {
    const t = tallyProgresses(
      set,
      [communeProgress(set, [1, 2]), communeProgress(set, [2, 3])],
      ['p'],
    );
    expect(t.perCriterion.slice(0, 4)).toEqual([1, 2, 1, 0]);
    const r = finishRollup(t, undefined);
    const back = tallyFromRollup(r, []);
    expect(back.perCriterion).toEqual(t.perCriterion);
    expect(back.criteriaMet).toBe(4);
  });

  it('adding the empty tally changes nothing', () => {
    const t = tallyProgresses(set, [communeProgress(set, [1, 2])], ['p']);
    const before = JSON.stringify(finishRollup(t, undefined));
    addTally(t, emptyTally(set));
    expect(JSON.stringify(finishRollup(t, undefined))).toBe(before);
  });

  describe('edge cases', () => {
    it('the change against an empty tally has no average difference', () => {
      const t = tallyProgresses(set, [communeProgress(set, [1])], ['p']);
      const c = computeChange(t, emptyTally(set));
      expect(c.averagePerCommune).toBeNull();
      expect(c.communes).toBe(1);
    });
  });
});
