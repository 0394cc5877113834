import { describe, expect, it } from 'vitest';
import type { ChitieuError } from '../../src/errors.js';
import { criteriaSets } from '../../src/ntm/criteria-sets.js';
import {
  criterionIndex,
  evaluateCriteria,
  findCriterion,
} from '../../src/ntm/evaluate-criteria.js';

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
