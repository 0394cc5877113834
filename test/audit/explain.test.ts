import { describe, expect, it } from 'vitest';
import {
  approx,
  decimalsLabel,
  listWords,
  roundingTerms,
  signed,
} from '../../src/audit/explain.js';
import { Decimal } from '../../src/numeric/decimal.js';
import { roundings } from '../../src/numeric/rounding.js';

describe('explanation helpers', () => {
  it('approx prints exact figures whole and cuts repeating ones with "…"', () => {
    expect(approx(new Decimal(90))).toBe('90');
    expect(approx(new Decimal('12.5'))).toBe('12.5');
    expect(approx(new Decimal('12.345'))).toBe('12.345');
    expect(approx(new Decimal('12.3456'))).toBe('12.345…');
    expect(approx(new Decimal(169).times(100).div(150))).toBe('112.666…');
    expect(approx(new Decimal(169).times(100).div(150), 1)).toBe('112.6…');
    expect(approx(new Decimal(-1).div(3))).toBe('-0.333…');
  });

  it('signed marks positive figures with "+"', () => {
    expect(signed(new Decimal(19))).toBe('+19');
    expect(signed(new Decimal('-1.02'))).toBe('-1.02');
    expect(signed(new Decimal(0))).toBe('0');
  });

  it('listWords joins with commas and a conjunction', () => {
    expect(listWords([])).toBe('');
    expect(listWords(['a'])).toBe('a');
    expect(listWords(['a', 'b'])).toBe('a and b');
    expect(listWords(['a', 'b', 'c'], 'or')).toBe('a, b or c');
  });

  it('decimalsLabel agrees in number', () => {
    expect(decimalsLabel(0)).toBe('0 decimals');
    expect(decimalsLabel(1)).toBe('1 decimal');
    expect(decimalsLabel(2)).toBe('2 decimals');
  });

  it('names every rounding mode with its Vietnamese term', () => {
    expect(Object.keys(roundingTerms).sort()).toEqual([...roundings].sort());
    expect(roundingTerms.truncate).toBe('truncate (cắt bỏ)');
    expect(roundingTerms['half-up']).toBe('half-up (làm tròn)');
  });

  it('does not mutate its input', () => {
    const items = Object.freeze(['a', 'b']);
    listWords(items);
    expect(items).toEqual(['a', 'b']);
  });
});
