import { describe, expect, it } from 'vitest';
import { resolveDirection } from '../../src/attainment/resolve-direction.js';
import type { ChitieuError } from '../../src/errors.js';
import { Decimal } from '../../src/numeric/decimal.js';
import type { Target } from '../../src/targets/target-schema.js';

const v = new Decimal(1);
const atLeast: Target = { kind: 'at-least', value: v, strict: true };
const exact: Target = { kind: 'exact', value: v };
const path = ['options', 'direction'];

describe('resolveDirection', () => {
  it("defaults to the target's direction", () => {
    expect(resolveDirection(atLeast, undefined, path)).toBe('higher-is-better');
  });

  it('keeps a given direction where the target allows both', () => {
    expect(resolveDirection(exact, 'lower-is-better', path)).toBe('lower-is-better');
    const decreaseBy: Target = {
      kind: 'change',
      direction: 'decrease',
      by: { kind: 'range', min: v, max: v },
      basis: 'points',
    };
    expect(resolveDirection(decreaseBy, 'higher-is-better', path)).toBe('higher-is-better');
  });

  describe('edge cases', () => {
    it('rejects a direction a bound contradicts, and unknown directions', () => {
      for (const given of ['lower-is-better', 'up']) {
        try {
          resolveDirection(atLeast, given, path);
          expect.unreachable();
        } catch (error) {
          expect((error as ChitieuError).code).toBe('invalid-argument');
          expect((error as ChitieuError).path).toEqual(path);
        }
      }
      const capped: Target = {
        kind: 'change',
        direction: 'increase',
        by: { kind: 'at-most', value: v, strict: false },
        basis: 'percent',
      };
      expect(() =>
        resolveDirection(capped, 'higher-is-better', path),
      ).toThrowErrorMatchingInlineSnapshot(
        `[ChitieuError: [chitieu] Invalid argument at options.direction: expected 'lower-is-better', the only direction a 'increase' target whose size is 'at-most' can have; received "higher-is-better"]`,
      );
    });
  });

  it('does not mutate its input', () => {
    const t = Object.freeze({ ...exact });
    resolveDirection(t, 'lower-is-better', path);
    expect(t).toEqual(exact);
  });
});
