import fc from 'fast-check';
import { Decimal } from '../../src/numeric/decimal.js';
import type { LevelTarget } from '../../src/targets/target-schema.js';

/** Decimals with up to 15 significant digits and up to 4 decimal places, either sign. */
export const decimalArb: fc.Arbitrary<Decimal> = fc
  .tuple(fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }), fc.integer({ min: 0, max: 4 }))
  .map(([mantissa, scale]) => new Decimal(mantissa.toString()).div(10 ** scale));

/** Positive decimals (counts, amounts, rates): 0.0001 to 10^11. */
export const positiveDecimalArb: fc.Arbitrary<Decimal> = fc
  .tuple(fc.bigInt({ min: 1n, max: 10n ** 15n }), fc.integer({ min: 0, max: 4 }))
  .map(([mantissa, scale]) => new Decimal(mantissa.toString()).div(10 ** scale));

/** Any level target (not a change). */
export const levelTargetArb: fc.Arbitrary<LevelTarget> = fc.oneof(
  fc
    .record({ value: decimalArb, strict: fc.boolean() })
    .map(({ value, strict }) => ({ kind: 'at-least' as const, value, strict })),
  fc
    .record({ value: decimalArb, strict: fc.boolean() })
    .map(({ value, strict }) => ({ kind: 'at-most' as const, value, strict })),
  decimalArb.map((value) => ({ kind: 'exact' as const, value })),
  fc
    .tuple(decimalArb, decimalArb)
    .map(([a, b]) => ({ kind: 'range' as const, min: Decimal.min(a, b), max: Decimal.max(a, b) })),
  decimalArb.map((value) => ({ kind: 'approximately' as const, value })),
);
