import { describe, expect, it } from 'vitest';
import type { ChitieuError } from '../../src/errors.js';
import type { CriteriaSet, Criterion } from '../../src/ntm/criteria-set-schema.js';
import { criteriaSets } from '../../src/ntm/criteria-sets.js';
import {
  criterionIndex,
  evaluateCriteria,
  findCriterion,
} from '../../src/ntm/evaluate-criteria.js';
import { caught } from '../support/caught.js';

const set = criteriaSets['ntm-commune-2022'];

describe('evaluateCriteria (internal)', () => {
  it('indexes each criterion by id and by number', () => {
    const index = criterionIndex(set);
    expect(index.get('income')).toBe(9);
    expect(index.get('10')).toBe(9);
    expect(index.size).toBe(38);
  });

  it('finds criteria by name and reads results', () => {
    expect(findCriterion(set, criterionIndex(set), 19, [])).toBe(18);
    expect(evaluateCriteria(set, ['health'], ['x']).metIds).toEqual(['health']);
  });

  describe('edge cases', () => {
    it('puts the caller path in front of errors', () => {
      try {
        evaluateCriteria(set, ['nope'], ['communes', 3, 'met']);
        expect.unreachable();
      } catch (error) {
        expect((error as ChitieuError).path).toEqual(['communes', 3, 'met', 0]);
        expect((error as ChitieuError).details).toMatchObject({ set: 'ntm-commune-2022' });
      }
    });
  });
});

describe('findCriterion: errors name the bad entry', () => {
  it('a key that is neither text nor a whole number is invalid-argument at the path, with no extra segment', () => {
    for (const key of [1.5, null, { id: 'income' }]) {
      const e = caught(() => findCriterion(set, null, key, ['criterion']));
      expect(e.code).toBe('invalid-argument');
      expect(e.path).toEqual(['criterion']);
    }
    expect(caught(() => findCriterion(set, null, 1.5, ['criterion'])).message).toBe(
      '[chitieu] Invalid argument at criterion: expected a criterion id (a string) or number; received 1.5',
    );
    expect(caught(() => findCriterion(set, criterionIndex(set), null, ['met'], 2)).path).toEqual([
      'met',
      2,
    ]);
  });

  it('an unknown criterion names the set, an example id and the range of numbers', () => {
    expect(caught(() => findCriterion(set, null, 'nope', ['criterion'])).message).toBe(
      '[chitieu] Unknown criterion (tiêu chí) at criterion: expected a criterion of ntm-commune-2022 (QĐ 318/QĐ-TTg): an id such as "planning" or a number from 1 to 19; received "nope"',
    );
  });
});

describe('evaluateCriteria: criteria by number without an index', () => {
  const [c1, c2, c3] = set.criteria as [Criterion, Criterion, Criterion];
  // A custom set need not list its criteria in number order: here 2, 3, 1.
  const shuffled = { ...set, criteria: [c2, c3, c1] } as CriteriaSet;

  it('reads numbers and digit strings on a built-in set', () => {
    expect(evaluateCriteria(set, [19, '10'], ['met']).metIds).toEqual([
      'income',
      'defence-security',
    ]);
  });

  it('finds each criterion by its number, wherever the set lists it', () => {
    expect(evaluateCriteria(shuffled, [1], ['met']).metIds).toEqual(['planning']);
    expect(evaluateCriteria(shuffled, ['1'], ['met']).metIds).toEqual(['planning']);
    expect(evaluateCriteria(shuffled, [2], ['met']).metIds).toEqual(['transport']);
    expect(evaluateCriteria(shuffled, [3], ['met']).metIds).toEqual([
      'irrigation-disaster-prevention',
    ]);
    expect(evaluateCriteria(shuffled, [3, 1, 2], ['met']).missing).toEqual([]);
  });

  it('a number the set does not have is unknown-criterion, even within the range of positions', () => {
    const e = caught(() =>
      evaluateCriteria({ ...set, criteria: [c2, c3] } as CriteriaSet, [1], ['met']),
    );
    expect([e.code, e.path]).toEqual(['unknown-criterion', ['met', 0]]);
    expect(caught(() => evaluateCriteria(shuffled, [4], ['met'])).code).toBe('unknown-criterion');
  });
});

describe('evaluateCriteria: messages of malformed results', () => {
  const irrigation = set.criteria[2] as Criterion;
  const withThree = {
    ...set,
    criteria: set.criteria.map((c) =>
      c === irrigation
        ? {
            ...c,
            indicators: [
              ...(c.indicators ?? []),
              { id: 'drainage', name: 'Tiêu nước chủ động', verified: false },
            ],
          }
        : c,
    ),
  } as CriteriaSet;

  it('a criterion given no sub-indicator result', () => {
    const e = caught(() => evaluateCriteria(set, { income: {} }, ['met']));
    expect([e.code, e.path]).toEqual(['invalid-argument', ['met', 'income']]);
    expect(e.message).toContain(
      'expected at least one sub-indicator result for criterion 10 (Thu nhập)',
    );
  });

  it('a sub-indicator result that is not true or false', () => {
    const e = caught(() =>
      evaluateCriteria(set, { income: { 'income-per-capita': 1 } } as never, ['met']),
    );
    expect([e.code, e.path]).toEqual(['invalid-argument', ['met', 'income', 'income-per-capita']]);
    expect(e.message).toContain(
      'expected true or false for a sub-indicator (chỉ tiêu); received 1',
    );
  });

  it('an unknown sub-indicator lists the ones the criterion has', () => {
    const e = caught(() => evaluateCriteria(set, { 3: { x: true } }, ['met']));
    expect([e.code, e.path]).toEqual(['unknown-criterion', ['met', '3', 'x']]);
    expect(e.message).toContain(
      'expected a sub-indicator (chỉ tiêu) of criterion 3 (Thủy lợi và phòng, chống thiên tai): "irrigated-area", "disaster-prevention"; received "x"',
    );
  });

  it('sub-indicators left out are listed, at the criterion', () => {
    const e = caught(() => evaluateCriteria(withThree, { 3: { 'irrigated-area': true } }, ['met']));
    expect([e.code, e.path]).toEqual(['invalid-argument', ['met', '3']]);
    expect(e.details.received).toBe('an object');
    expect(e.message).toContain(
      'expected a result for every sub-indicator of criterion 3 (Thủy lợi và phòng, chống thiên tai); missing "disaster-prevention", "drainage"',
    );
  });

  it('a criterion result that is neither a boolean nor a record', () => {
    const e = caught(() => evaluateCriteria(set, { income: 1 } as never, ['met']));
    expect([e.code, e.path]).toEqual(['invalid-argument', ['met', 'income']]);
    expect(e.message).toContain(
      'expected true, false or a record of sub-indicator results for a criterion; received 1',
    );
  });

  it('two names of one criterion that disagree', () => {
    const e = caught(() => evaluateCriteria(set, { 10: false, income: true }, ['met']));
    expect([e.code, e.path]).toEqual(['invalid-argument', ['met', 'income']]);
    expect(e.message).toContain(
      'expected one result for criterion 10 (Thu nhập), given here under two names that disagree',
    );
  });

  it('results that are neither a list nor a record', () => {
    const e = caught(() => evaluateCriteria(set, 5 as never, ['met']));
    expect([e.code, e.path]).toEqual(['invalid-argument', ['met']]);
    expect(e.message).toContain(
      'expected a list of the criteria met or a record of results by criterion; received 5',
    );
  });
});
