import { bench, describe } from 'vitest';
import { evaluate } from '../src/attainment/evaluate.js';
import { evaluateDecimal } from '../src/attainment/evaluate-decimal.js';
import { resolveEvaluateOptions } from '../src/attainment/resolve-evaluate-options.js';
import { Decimal } from '../src/numeric/decimal.js';
import type { Target } from '../src/targets/target-schema.js';

// 169 against "trên 150": a repeating quotient, so every division runs to 50 digits.
const actual = new Decimal(169);
const plan = new Decimal(150);
const target: Target = { kind: 'at-least', value: plan, strict: true };
const resolved = resolveEvaluateOptions(target, undefined);
const hundred = new Decimal(100);
const poverty: Target = {
  kind: 'change',
  direction: 'decrease',
  by: { kind: 'range', min: new Decimal(1), max: new Decimal('1.5') },
  basis: 'points',
};
const rate = new Decimal('3.96');
const upper = new Decimal('1.5');
const povertyOptions = { baseline: new Decimal('4.98'), measure: 'rate' } as const;
/** Keeps results alive so the engine cannot drop the work. */
const sink: { value: unknown } = { value: undefined };

describe('evaluate 169 against "trên 150" (Decimal inputs)', () => {
  bench('bare decimal.js: div + cmp', () => {
    sink.value = actual.div(plan);
    sink.value = actual.cmp(plan);
  });

  bench('bare decimal.js: div + times(100) + minus (the arithmetic of one attainment)', () => {
    const ratio = actual.div(plan);
    sink.value = ratio.times(hundred);
    sink.value = actual.minus(plan);
  });

  bench('evaluate (checked, no options)', () => {
    sink.value = evaluate(actual, target);
  });

  bench('evaluate (checked, with options)', () => {
    sink.value = evaluate(actual, target, { strictness: 'literal' });
  });

  bench('evaluateDecimal (unchecked core, resolved options)', () => {
    sink.value = evaluateDecimal(actual, target, resolved);
  });
});

describe('evaluate a change target: poverty 4,98 → 3,96 against "giảm 1–1,5%"', () => {
  bench('bare decimal.js: minus + div + cmp', () => {
    const size = povertyOptions.baseline.minus(rate);
    sink.value = size.div(upper);
    sink.value = size.cmp(upper);
  });

  bench('evaluate (checked)', () => {
    sink.value = evaluate(rate, poverty, povertyOptions);
  });
});
