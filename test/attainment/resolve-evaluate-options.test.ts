import { describe, expect, it } from 'vitest';
import type { EvaluateOptions } from '../../src/attainment/evaluate-options-schema.js';
import {
  DEFAULT_TOLERANCE,
  resolveEvaluateOptions,
} from '../../src/attainment/resolve-evaluate-options.js';
import { ChitieuError } from '../../src/errors.js';
import { Decimal } from '../../src/numeric/decimal.js';
import type { Target } from '../../src/targets/target-schema.js';

const d = (x: number | string): Decimal => new Decimal(x);
const atLeast: Target = { kind: 'at-least', value: d(150), strict: true };
const atMost: Target = { kind: 'at-most', value: d(4), strict: true };

function codeAndPath(f: () => unknown): [string, readonly (string | number)[]] {
  try {
    f();
  } catch (error) {
    if (error instanceof ChitieuError) return [error.code, error.path];
    throw error;
  }
  throw new Error('expected a ChitieuError');
}

describe('resolveEvaluateOptions', () => {
  it('fills in the defaults: lenient, value basis, ±5 %, direction from the target', () => {
    expect(resolveEvaluateOptions(atLeast, undefined)).toEqual({
      baseline: null,
      direction: 'higher-is-better',
      strictness: 'lenient',
      ratioBasis: 'value',
      measure: null,
      tolerance: d('0.05'),
    });
    expect(resolveEvaluateOptions(atMost, undefined).direction).toBe('lower-is-better');
    expect(resolveEvaluateOptions(atMost, {}).direction).toBe('lower-is-better');
  });

  it('converts and keeps given options', () => {
    const r = resolveEvaluateOptions(atLeast, {
      baseline: '48',
      strictness: 'literal',
      ratioBasis: 'growth-index',
      measure: 'count',
      tolerance: '0.1',
    });
    expect(r.baseline?.toString()).toBe('48');
    expect(r.strictness).toBe('literal');
    expect(r.ratioBasis).toBe('growth-index');
    expect(r.measure).toBe('count');
    expect(r.tolerance.toString()).toBe('0.1');
  });

  describe('edge cases', () => {
    it('shares one frozen defaults object per direction when no options are given', () => {
      const a = resolveEvaluateOptions(atLeast, undefined);
      expect(resolveEvaluateOptions(atLeast, undefined)).toBe(a);
      expect(Object.isFrozen(a)).toBe(true);
      expect(a.tolerance).toBe(DEFAULT_TOLERANCE);
    });

    it('names the bad option in the error path', () => {
      expect(codeAndPath(() => resolveEvaluateOptions(atLeast, { baseline: Number.NaN }))).toEqual([
        'invalid-number',
        ['options', 'baseline'],
      ]);
      expect(
        codeAndPath(() =>
          resolveEvaluateOptions(atLeast, { ratioBasis: 'ratio' } as unknown as EvaluateOptions),
        ),
      ).toEqual(['invalid-argument', ['options', 'ratioBasis']]);
      expect(codeAndPath(() => resolveEvaluateOptions(atLeast, { tolerance: -1 }))).toEqual([
        'invalid-argument',
        ['options', 'tolerance'],
      ]);
      expect(
        codeAndPath(() => resolveEvaluateOptions(atLeast, null as unknown as EvaluateOptions)),
      ).toEqual(['invalid-argument', ['options']]);
    });
  });

  it('does not mutate its input', () => {
    const options = Object.freeze({ baseline: 1, strictness: 'literal' } as const);
    resolveEvaluateOptions(atLeast, options);
    expect(options).toEqual({ baseline: 1, strictness: 'literal' });
  });
});
