import { describe, expect, it } from 'vitest';
import { ChitieuError, chitieuError } from '../../src/errors.js';
import { rebaseError } from '../../src/validation/rebase-error.js';

describe('rebaseError', () => {
  it('moves an error to where the caller holds the value, in its path and its message', () => {
    const error = chitieuError('invalid-argument', 'a non-empty string for noun', {
      received: ' ',
      path: ['options', 'noun'],
    });
    const moved = rebaseError(error, 1, ['result', 'plan', 'published']) as ChitieuError;
    expect(moved).toBeInstanceOf(ChitieuError);
    expect(moved.code).toBe('invalid-argument');
    expect(moved.path).toEqual(['result', 'plan', 'published', 'noun']);
    expect(moved.message).toBe(
      '[chitieu] Invalid argument at result.plan.published.noun: expected a non-empty string for noun; received " "',
    );
    expect(moved.details).toEqual(error.details);
  });

  it('puts a prefix in front of a path, keeping it all when nothing is dropped', () => {
    const error = chitieuError('division-by-zero', 'a non-zero baseline', {
      received: 0,
      path: ['baseline'],
    });
    const moved = rebaseError(error, 0, ['items', 3]) as ChitieuError;
    expect(moved.path).toEqual(['items', 3, 'baseline']);
    expect(moved.message).toBe(
      '[chitieu] Division by zero at items[3].baseline: expected a non-zero baseline; received 0',
    );
  });

  describe('edge cases', () => {
    it('gives an error at the root a place, and an error moved to the root none', () => {
      const atRoot = chitieuError('invalid-plan', 'a plan', { received: null });
      expect((rebaseError(atRoot, 0, ['plan']) as ChitieuError).message).toBe(
        '[chitieu] Invalid plan (kế hoạch) at plan: expected a plan; received null',
      );
      const nested = chitieuError('invalid-plan', 'a plan', { received: null, path: ['x'] });
      expect((rebaseError(nested, 1, []) as ChitieuError).message).toBe(
        '[chitieu] Invalid plan (kế hoạch): expected a plan; received null',
      );
    });

    it('keeps a message it cannot place as it is', () => {
      const error = new ChitieuError('invalid-argument', '[chitieu] Invalid argument: x', ['a']);
      const moved = rebaseError(error, 0, ['result']) as ChitieuError;
      expect(moved.path).toEqual(['result', 'a']);
      expect(moved.message).toBe('[chitieu] Invalid argument: x');
    });

    it('gives back anything that is not a ChitieuError as it is', () => {
      const error = new TypeError('x');
      expect(rebaseError(error, 0, ['items', 0])).toBe(error);
      expect(rebaseError('x', 0, [])).toBe('x');
    });
  });

  it('does not mutate its input', () => {
    const error = chitieuError('invalid-argument', 'x', { path: ['card', 'total'] });
    rebaseError(error, 1, ['result']);
    expect(error.path).toEqual(['card', 'total']);
    expect(error.message).toBe('[chitieu] Invalid argument at card.total: expected x');
  });
});
