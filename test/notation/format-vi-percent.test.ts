import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatViPercent } from '../../src/notation/format-vi-percent.js';
import { parseViNumber } from '../../src/notation/parse-vi-number.js';
import { Decimal } from '../../src/numeric/decimal.js';
import { roundTo } from '../../src/numeric/round-to.js';
import { roundings } from '../../src/numeric/rounding.js';

describe('formatViPercent', () => {
  it('prints a percentage with a Vietnamese decimal comma and "%"', () => {
    const pct = new Decimal(169).div(150).times(100);
    expect(formatViPercent(pct, { decimals: 1, rounding: 'truncate' })).toBe('112,6%');
    expect(formatViPercent(pct, { decimals: 1, rounding: 'half-up' })).toBe('112,7%');
    expect(formatViPercent(97.1)).toBe('97,1%');
    expect(formatViPercent(100, { decimals: 1 })).toBe('100%');
    expect(formatViPercent('3.96', { decimals: 2, fixed: true })).toBe('3,96%');
  });

  it('round-trips through parseViNumber, which drops the "%"', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10 ** 7 }),
        fc.integer({ min: 1, max: 10 ** 5 }),
        fc.integer({ min: 0, max: 3 }),
        fc.constantFrom(...roundings),
        (a, b, d, rounding) => {
          const x = new Decimal(a).times(100).div(b);
          const printed = formatViPercent(x, { decimals: d, rounding });
          expect(printed.endsWith('%')).toBe(true);
          expect(parseViNumber(printed).eq(roundTo(x, d, rounding))).toBe(true);
        },
      ),
    );
  });
});
