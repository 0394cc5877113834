import { describe, expect, it } from 'vitest';
import { levelReference } from '../../src/attainment/level-reference.js';
import { Decimal } from '../../src/numeric/decimal.js';
import type { LevelTarget } from '../../src/targets/target-schema.js';

const d = (x: number): Decimal => new Decimal(x);

describe('levelReference', () => {
  it('a range refers to its favourable end: max when higher is better, min when lower', () => {
    const r: LevelTarget = { kind: 'range', min: d(12), max: d(13) };
    expect(levelReference(r, true)).toBe(r.max);
    expect(levelReference(r, false)).toBe(r.min);
  });

  it('every other kind refers to its value', () => {
    const t: LevelTarget = { kind: 'at-least', value: d(150), strict: true };
    expect(levelReference(t, true)).toBe(t.value);
    expect(levelReference(t, false)).toBe(t.value);
  });

  describe('edge cases', () => {
    it('a one-point range refers to that point either way', () => {
      const r: LevelTarget = { kind: 'range', min: d(5), max: d(5) };
      expect(levelReference(r, true).eq(levelReference(r, false))).toBe(true);
    });
  });

  it('does not mutate its input', () => {
    const r = Object.freeze({ kind: 'range', min: d(1), max: d(2) } as const);
    levelReference(r, true);
    expect(r.max.toString()).toBe('2');
  });
});
