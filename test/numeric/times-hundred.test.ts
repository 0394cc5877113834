import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/numeric/decimal.js';
import { timesHundred } from '../../src/numeric/times-hundred.js';

/** Every field decimal.js reads, so equal values with different words would show. */
const inside = (x: Decimal) => {
  const { d, e, s } = x as unknown as { d: number[] | null; e: number; s: number };
  return { d, e, s, text: x.toString() };
};

describe('timesHundred', () => {
  it('is times(100), word for word, for quotients, sums and short figures', () => {
    const decimal = fc.oneof(
      fc
        .tuple(
          fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }),
          fc.bigInt({ min: 1n, max: 10n ** 12n }),
        )
        .map(([a, b]) => new Decimal(a.toString()).div(b.toString())),
      fc.double({ noNaN: true, noDefaultInfinity: true }).map((n) => new Decimal(n)),
      fc.integer({ min: -400, max: 400 }).map((k) => new Decimal(`1e${k}`)),
      fc.constantFrom(new Decimal('9999999.9999999'), new Decimal('0.099999999'), new Decimal(-0)),
    );
    fc.assert(
      fc.property(decimal, (x) => {
        const y = timesHundred(x);
        expect(inside(y)).toEqual(inside(x.times(100)));
        expect(y).toBeInstanceOf(Decimal);
        expect(y.constructor).toBe(Decimal);
        expect(y.minus(x.times(100)).isZero()).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('leaves its argument as it was', () => {
    const x = new Decimal(169).div(150);
    const before = inside(x);
    timesHundred(x);
    expect(inside(x)).toEqual(before);
  });

  it('takes the general path for what is not a plain finite non-zero figure', () => {
    expect(timesHundred(new Decimal(0)).toString()).toBe('0');
    expect(timesHundred(new Decimal(Number.POSITIVE_INFINITY)).toString()).toBe('Infinity');
    expect(timesHundred(new Decimal(Number.NaN)).isNaN()).toBe(true);
  });
});
