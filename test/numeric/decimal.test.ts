import { Decimal as GlobalDecimal } from 'decimal.js';
import { afterEach, describe, expect, it } from 'vitest';
import { Decimal } from '../../src/numeric/decimal.js';
import { roundings } from '../../src/numeric/rounding.js';

describe('Decimal (the library clone)', () => {
  const saved = GlobalDecimal.precision;
  afterEach(() => {
    GlobalDecimal.set({ precision: saved });
  });

  it('is a clone independent of the global decimal.js config', () => {
    GlobalDecimal.set({ precision: 5 });
    expect(new GlobalDecimal(1).div(3).toString()).toBe('0.33333');
    expect(new Decimal(1).div(3).toString()).toBe(`0.${'3'.repeat(50)}`);
    expect(Decimal).not.toBe(GlobalDecimal);
  });

  it('adds decimal fractions exactly', () => {
    expect(new Decimal('0.1').plus('0.2').toString()).toBe('0.3');
  });

  it('prints large and small values without exponent notation', () => {
    expect(new Decimal('1e25').toString()).toBe('10000000000000000000000000');
    expect(new Decimal('1e-25').toString()).toBe('0.0000000000000000000000001');
  });

  it('lists every rounding mode once', () => {
    expect(new Set(roundings).size).toBe(5);
    expect(Object.isFrozen(roundings)).toBe(true);
  });
});
