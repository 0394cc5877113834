import { describe, expect, it } from 'vitest';
import { defaultDirection } from '../../src/attainment/default-direction.js';
import { Decimal } from '../../src/numeric/decimal.js';
import type { LevelTarget, Target } from '../../src/targets/target-schema.js';

const v = new Decimal(5);
const levels: Record<LevelTarget['kind'], LevelTarget> = {
  'at-least': { kind: 'at-least', value: v, strict: true },
  'at-most': { kind: 'at-most', value: v, strict: true },
  exact: { kind: 'exact', value: v },
  range: { kind: 'range', min: v, max: v },
  approximately: { kind: 'approximately', value: v },
};
const changeOf = (direction: 'increase' | 'decrease', by: LevelTarget): Target => ({
  kind: 'change',
  direction,
  by,
  basis: 'percent',
});

describe('defaultDirection', () => {
  it('"dưới 4%" is lower-is-better; every other level kind higher-is-better', () => {
    expect(defaultDirection(levels['at-most'])).toBe('lower-is-better');
    for (const kind of ['at-least', 'exact', 'range', 'approximately'] as const) {
      expect(defaultDirection(levels[kind])).toBe('higher-is-better');
    }
  });

  it('"giảm 1–1,5%" is lower-is-better, "tăng trên 10%" higher-is-better', () => {
    expect(defaultDirection(changeOf('decrease', levels.range))).toBe('lower-is-better');
    expect(defaultDirection(changeOf('increase', levels['at-least']))).toBe('higher-is-better');
  });

  describe('edge cases', () => {
    it('a capped change flips it: "tăng không quá 5%" lower, "giảm không quá 2%" higher', () => {
      expect(defaultDirection(changeOf('increase', levels['at-most']))).toBe('lower-is-better');
      expect(defaultDirection(changeOf('decrease', levels['at-most']))).toBe('higher-is-better');
    });

    it('takes targets written with plain numbers', () => {
      expect(defaultDirection({ kind: 'at-most', value: 4, strict: false })).toBe(
        'lower-is-better',
      );
    });
  });

  it('does not mutate its input', () => {
    const t = Object.freeze(changeOf('decrease', Object.freeze(levels.range)));
    defaultDirection(t);
    expect(t.kind).toBe('change');
  });
});
