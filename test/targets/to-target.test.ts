import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { ChitieuError } from '../../src/errors.js';
import { Decimal } from '../../src/numeric/decimal.js';
import { targetSchema } from '../../src/targets/target-schema.js';
import { toTarget } from '../../src/targets/to-target.js';

const figure = fc.oneof(
  fc.integer({ min: -1000, max: 1000 }),
  fc.constantFrom('1.5', '', '1,5', 'x', '1e3', Number.NaN, null, true),
  fc.integer({ min: 0, max: 100 }).map((n) => new Decimal(n)),
);
const level = fc.record({
  kind: fc.constantFrom('at-least', 'at-most', 'exact', 'range', 'approximately', 'maybe'),
  value: figure,
  min: figure,
  max: figure,
  strict: fc.oneof(fc.boolean(), fc.constant('yes')),
});
const anyTarget = fc.oneof(
  level,
  fc.record({
    kind: fc.constant('change'),
    direction: fc.constantFrom('increase', 'decrease', 'up'),
    basis: fc.constantFrom('absolute', 'points', 'percent', 'ratio'),
    by: fc.oneof(level, fc.constant(null)),
  }),
  fc.constantFrom(null, 1, 'trên 150', []),
);

describe('toTarget', () => {
  it('accepts exactly what targetSchema accepts, with the same values', () => {
    fc.assert(
      fc.property(anyTarget, (input) => {
        const expected = z.safeParse(targetSchema, input);
        let actual: unknown;
        let error: unknown;
        try {
          actual = toTarget(input as never);
        } catch (e) {
          error = e;
        }
        if (expected.success) {
          expect(error).toBeUndefined();
          // Same values (a target passed through as it is may keep extra keys the schema strips).
          expect(JSON.stringify(z.parse(targetSchema, actual))).toBe(JSON.stringify(expected.data));
        } else {
          expect(error).toBeInstanceOf(ChitieuError);
          expect((error as ChitieuError).code).toBe('invalid-target');
        }
      }),
    );
  });

  it('returns a well-formed target of chitieu Decimals as it is', () => {
    const target = { kind: 'at-least', value: new Decimal(150), strict: true } as const;
    expect(toTarget(target)).toBe(target);
  });

  it('converts plain numbers and says where a bad field is', () => {
    expect(toTarget({ kind: 'range', min: 1, max: '1.5' }).kind).toBe('range');
    try {
      toTarget({
        kind: 'change',
        direction: 'decrease',
        basis: 'points',
        by: { kind: 'range', min: 2, max: 1 },
      });
      expect.unreachable();
    } catch (error) {
      expect((error as ChitieuError).code).toBe('invalid-target');
      expect((error as ChitieuError).path).toEqual(['target', 'by', 'max']);
    }
  });

  describe('edge cases', () => {
    function failure(input: unknown): { path: unknown; message: string } {
      try {
        toTarget(input as never);
      } catch (error) {
        expect(error).toBeInstanceOf(ChitieuError);
        expect((error as ChitieuError).code).toBe('invalid-target');
        return { path: (error as ChitieuError).path, message: (error as ChitieuError).message };
      }
      throw new Error('expected an invalid-target error');
    }

    it('says what each bad field should be, at its path', () => {
      const table: readonly [unknown, readonly (string | number)[], string][] = [
        [5, ['target'], 'expected a target object with a kind; received 5'],
        [
          { kind: 'exact', value: 'x' },
          ['target', 'value'],
          'expected a finite number, a numeric string in JavaScript notation or a Decimal; received "x"',
        ],
        [
          { kind: 'at-least', value: 1, strict: 'yes' },
          ['target', 'strict'],
          'expected true or false; received "yes"',
        ],
        [
          { kind: 'range', min: 'x', max: 1 },
          ['target', 'min'],
          'expected a finite number, a numeric string in JavaScript notation or a Decimal; received "x"',
        ],
        [
          { kind: 'range', min: 1, max: 'x' },
          ['target', 'max'],
          'expected a finite number, a numeric string in JavaScript notation or a Decimal; received "x"',
        ],
        [
          { kind: 'range', min: 2, max: 1 },
          ['target', 'max'],
          'expected a range whose min is not above its max; received 1',
        ],
        [
          { kind: 'between' },
          ['target', 'kind'],
          'expected one of "at-least", "at-most", "exact", "range", "approximately"; received "between"',
        ],
        [
          { kind: 'change', direction: 'up' },
          ['target', 'direction'],
          'expected "increase" or "decrease"; received "up"',
        ],
        [
          { kind: 'change', direction: 'increase', basis: 'ratio' },
          ['target', 'basis'],
          'expected "absolute", "points" or "percent"; received "ratio"',
        ],
        [
          { kind: 'change', direction: 'increase', basis: 'points', by: 5 },
          ['target', 'by'],
          'expected a target object with a kind; received 5',
        ],
      ];
      for (const [input, path, message] of table) {
        expect(failure(input)).toEqual({
          path,
          message: `[chitieu] Invalid target (chỉ tiêu) at ${path.join('.')}: ${message}`,
        });
      }
    });
  });
});
