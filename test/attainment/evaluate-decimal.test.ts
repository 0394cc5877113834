import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/attainment/evaluate.js';
import { evaluateDecimal } from '../../src/attainment/evaluate-decimal.js';
import {
  type ResolvedEvaluateOptions,
  resolveEvaluateOptions,
} from '../../src/attainment/resolve-evaluate-options.js';
import { ChitieuError } from '../../src/errors.js';
import { Decimal } from '../../src/numeric/decimal.js';
import type { Target } from '../../src/targets/target-schema.js';
import { decimalArb, levelTargetArb } from './arbitraries.js';

const d = (x: number | string): Decimal => new Decimal(x);
const plan: Target = { kind: 'at-least', value: d(150), strict: true };
const options: ResolvedEvaluateOptions = {
  baseline: null,
  direction: 'higher-is-better',
  strictness: 'lenient',
  ratioBasis: 'value',
  measure: null,
  tolerance: d('0.05'),
};

describe('evaluateDecimal', () => {
  it('evaluates 169 against "trên 150" with resolved options: exceeded, +19', () => {
    const a = evaluateDecimal(d(169), plan, options);
    expect(a.status).toBe('exceeded');
    expect(a.gap.toString()).toBe('19');
    expect(a.actual).toBe(a.compared);
  });

  it('gives the same result as the checked evaluate', () => {
    fc.assert(
      fc.property(decimalArb, levelTargetArb, (actual, target) => {
        const resolved = resolveEvaluateOptions(target, undefined);
        expect(evaluateDecimal(actual, target, resolved)).toEqual(evaluate(actual, target));
      }),
    );
  });

  it('reuses one resolved options object across many figures (the plan hot path)', () => {
    const resolved = resolveEvaluateOptions(plan, { strictness: 'literal' });
    const statuses = [149, 150, 151].map((n) => evaluateDecimal(d(n), plan, resolved).status);
    expect(statuses).toEqual(['not-met', 'not-met', 'exceeded']);
  });

  describe('edge cases', () => {
    it('still throws missing-baseline for a change target without a baseline', () => {
      const t: Target = {
        kind: 'change',
        direction: 'increase',
        by: { kind: 'exact', value: d(2) },
        basis: 'absolute',
      };
      expect(() => evaluateDecimal(d(3), t, options)).toThrow(ChitieuError);
    });

    it('throws invalid-target for a kind it does not know, not a TypeError', () => {
      const bad = { kind: 'over', value: d(1) } as unknown as Target;
      expect(() => evaluateDecimal(d(1), bad, options)).toThrowErrorMatchingInlineSnapshot(
        `[ChitieuError: [chitieu] Invalid target (chỉ tiêu) at target.kind: expected a target kind chitieu knows; received "over"]`,
      );
    });

    it('throws invalid-target for an unknown kind without a value too, not a decimal.js error', () => {
      const bad = { kind: 'between', min: d(1), max: d(2) } as unknown as Target;
      expect(() => evaluateDecimal(d(1), bad, options)).toThrowErrorMatchingInlineSnapshot(
        `[ChitieuError: [chitieu] Invalid target (chỉ tiêu) at target.kind: expected a target kind chitieu knows; received "between"]`,
      );
    });

    it('keeps a zero ratio unsigned (0 / −1 is −0 in decimal.js)', () => {
      const a = evaluateDecimal(d(0), { kind: 'exact', value: d(-1) }, options);
      expect(a.ratio?.isNegative()).toBe(false);
    });
  });

  it('does not mutate its input', () => {
    const frozen = Object.freeze({ ...options });
    const target = Object.freeze({ kind: 'range', min: d(1), max: d(2) } as const);
    evaluateDecimal(d('1.5'), target, frozen);
    expect(frozen).toEqual(options);
    expect(target.min.toString()).toBe('1');
  });
});
