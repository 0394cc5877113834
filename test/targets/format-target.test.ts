import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ChitieuError } from '../../src/errors.js';
import type { Decimal } from '../../src/numeric/decimal.js';
import { toDecimal } from '../../src/numeric/to-decimal.js';
import { type FormatTargetOptions, formatTarget } from '../../src/targets/format-target.js';
import { parseTarget } from '../../src/targets/parse-target.js';
import type { LevelTarget, Target } from '../../src/targets/target-schema.js';

function json(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value));
}

const d = toDecimal;

describe('formatTarget', () => {
  it('writes each level kind the way plans print it', () => {
    expect(
      formatTarget({ kind: 'at-least', value: d(150), strict: true }, { unit: 'đảng viên' }),
    ).toBe('trên 150 đảng viên');
    expect(
      formatTarget({ kind: 'at-least', value: d(150), strict: false }, { unit: 'đảng viên' }),
    ).toBe('từ 150 đảng viên trở lên');
    expect(formatTarget({ kind: 'at-most', value: d(4), strict: true }, { unit: '%' })).toBe(
      'dưới 4%',
    );
    expect(formatTarget({ kind: 'at-most', value: d(5), strict: false }, { unit: '%' })).toBe(
      'không quá 5%',
    );
    expect(formatTarget({ kind: 'exact', value: d(72) }, { unit: 'tỷ đồng' })).toBe(
      'đạt 72 tỷ đồng',
    );
    expect(formatTarget({ kind: 'approximately', value: d(3200) }, { unit: 'tỷ đồng' })).toBe(
      'khoảng 3.200 tỷ đồng',
    );
    expect(formatTarget({ kind: 'range', min: d(12), max: d(13) }, { unit: '%' })).toBe(
      'từ 12 đến 13%',
    );
    expect(formatTarget({ kind: 'range', min: d(90), max: d(100) })).toBe('từ 90 đến 100');
  });

  it('writes changes with tăng/giảm, có thêm, and "so với" for a percent change', () => {
    const by = { kind: 'range', min: d(1), max: d('1.5') } as const;
    expect(formatTarget({ kind: 'change', direction: 'decrease', by, basis: 'points' })).toBe(
      'giảm 1–1,5%',
    );
    expect(
      formatTarget(
        {
          kind: 'change',
          direction: 'increase',
          by: { kind: 'exact', value: d(2) },
          basis: 'absolute',
        },
        { unit: 'xã' },
      ),
    ).toBe('có thêm 2 xã');
    expect(
      formatTarget(
        {
          kind: 'change',
          direction: 'decrease',
          by: { kind: 'exact', value: d(2) },
          basis: 'absolute',
        },
        { unit: 'hộ' },
      ),
    ).toBe('giảm 2 hộ');
    const tenPercent: Target = {
      kind: 'change',
      direction: 'increase',
      by: { kind: 'exact', value: d(10) },
      basis: 'percent',
    };
    expect(formatTarget(tenPercent)).toBe('tăng 10% so với kỳ gốc');
    expect(formatTarget(tenPercent, { comparedTo: 'năm trước', unit: 'tỷ đồng' })).toBe(
      'tăng 10% so với năm trước',
    );
    expect(
      formatTarget({
        kind: 'change',
        direction: 'increase',
        by: { kind: 'at-least', value: d(10), strict: true },
        basis: 'points',
      }),
    ).toBe('tăng trên 10%');
    expect(
      formatTarget(
        {
          kind: 'change',
          direction: 'increase',
          by: { kind: 'exact', value: d(2) },
          basis: 'points',
        },
        { unit: 'điểm phần trăm' },
      ),
    ).toBe('tăng 2 điểm phần trăm');
  });

  it('rounds only when decimals are given, with the named rounding', () => {
    const t: Target = { kind: 'exact', value: d(169).div(150).times(100) };
    expect(formatTarget(t, { unit: '%', decimals: 1, rounding: 'truncate' })).toBe('đạt 112,6%');
    expect(formatTarget(t, { unit: '%', decimals: 1, rounding: 'half-up' })).toBe('đạt 112,7%');
    // the house rule (truncate) unless a rounding is given
    expect(formatTarget(t, { unit: '%', decimals: 1 })).toBe('đạt 112,6%');
    expect(formatTarget({ kind: 'exact', value: d('51.5') }, { unit: 'triệu đồng' })).toBe(
      'đạt 51,5 triệu đồng',
    );
  });

  describe('edge cases', () => {
    it('leaves a "%" unit off an absolute change, which would read as points', () => {
      const t: Target = {
        kind: 'change',
        direction: 'increase',
        by: { kind: 'exact', value: d(2) },
        basis: 'absolute',
      };
      expect(formatTarget(t, { unit: '%' })).toBe('có thêm 2');
      expect(json(parseTarget(formatTarget(t, { unit: '%' })).target)).toEqual(json(t));
    });

    it('prints negative figures and zero', () => {
      expect(formatTarget({ kind: 'exact', value: d(-2) }, { unit: '%' })).toBe('đạt -2%');
      expect(formatTarget({ kind: 'exact', value: d(0) })).toBe('đạt 0');
    });

    it('accepts JSON-shaped numbers in a target object', () => {
      const t = { kind: 'exact', value: '72' } as unknown as Target;
      expect(formatTarget(t, { unit: 'tỷ đồng' })).toBe('đạt 72 tỷ đồng');
    });

    it('rejects a target of unknown kind, a bad figure and bad rounding', () => {
      const bad = { kind: 'between', value: d(1) } as unknown as Target;
      expect(() => formatTarget(bad)).toThrowErrorMatchingInlineSnapshot(
        `[ChitieuError: [chitieu] Invalid target (chỉ tiêu) at kind: expected a target (chỉ tiêu) of a known kind; received an object]`,
      );
      expect(() => formatTarget(null as unknown as Target)).toThrow(ChitieuError);
      const badBasis = {
        kind: 'change',
        direction: 'increase',
        by: { kind: 'exact', value: d(1) },
        basis: 'ratio',
      } as unknown as Target;
      expect(() => formatTarget(badBasis)).toThrow(
        expect.objectContaining({ code: 'invalid-target', path: ['basis'] }),
      );
      const badDirection = {
        ...(badBasis as object),
        basis: 'points',
        direction: 'up',
      } as unknown as Target;
      expect(() => formatTarget(badDirection)).toThrow(
        expect.objectContaining({ code: 'invalid-target', path: ['direction'] }),
      );
      const nan = { kind: 'exact', value: Number.NaN } as unknown as Target;
      expect(() => formatTarget(nan)).toThrow(
        expect.objectContaining({ code: 'invalid-number', path: ['value'] }),
      );
      const badMin = {
        kind: 'change',
        direction: 'decrease',
        basis: 'points',
        by: { kind: 'range', min: 'x', max: 2 },
      } as unknown as Target;
      expect(() => formatTarget(badMin)).toThrow(
        expect.objectContaining({ code: 'invalid-number', path: ['by', 'min'] }),
      );
      expect(() =>
        formatTarget(
          { kind: 'exact', value: d(1) },
          { rounding: 'round' as FormatTargetOptions['rounding'] & string },
        ),
      ).toThrow(
        expect.objectContaining({ code: 'invalid-argument', path: ['options', 'rounding'] }),
      );
      expect(() => formatTarget({ kind: 'exact', value: d(1) }, { decimals: -1 })).toThrow(
        expect.objectContaining({ code: 'invalid-argument' }),
      );
    });
    it('writes no unit for an empty one', () => {
      expect(formatTarget({ kind: 'exact', value: d(72) }, { unit: '' })).toBe('đạt 72');
    });

    it('says which option is bad and what it should be', () => {
      const t: Target = { kind: 'exact', value: d(72) };
      expect(() =>
        formatTarget(t, 5 as unknown as FormatTargetOptions),
      ).toThrowErrorMatchingInlineSnapshot(
        `[ChitieuError: [chitieu] Invalid argument at options: expected an options object or nothing; received 5]`,
      );
      expect(() =>
        formatTarget(t, { unit: 5 as unknown as string }),
      ).toThrowErrorMatchingInlineSnapshot(
        `[ChitieuError: [chitieu] Invalid argument at options.unit: expected a unit (a string) or null; received 5]`,
      );
      expect(() =>
        formatTarget(t, { comparedTo: 5 as unknown as string }),
      ).toThrowErrorMatchingInlineSnapshot(
        `[ChitieuError: [chitieu] Invalid argument at options.comparedTo: expected what a percent change is compared with, a string; received 5]`,
      );
    });

    it('says where a bad figure is, in every kind of target', () => {
      const bad = 'x' as unknown as Decimal;
      const table: readonly [unknown, readonly string[]][] = [
        [{ kind: 'at-least', value: bad, strict: true }, ['value']],
        [{ kind: 'at-least', value: bad, strict: false }, ['value']],
        [{ kind: 'at-most', value: bad, strict: true }, ['value']],
        [{ kind: 'at-most', value: bad, strict: false }, ['value']],
        [{ kind: 'approximately', value: bad }, ['value']],
        [{ kind: 'range', min: d(1), max: bad }, ['max']],
        [
          {
            kind: 'change',
            direction: 'increase',
            basis: 'points',
            by: { kind: 'exact', value: bad },
          },
          ['by', 'value'],
        ],
        [
          {
            kind: 'change',
            direction: 'increase',
            basis: 'percent',
            by: { kind: 'exact', value: bad },
          },
          ['by', 'value'],
        ],
        [
          {
            kind: 'change',
            direction: 'increase',
            basis: 'absolute',
            by: { kind: 'exact', value: bad },
          },
          ['by', 'value'],
        ],
      ];
      for (const [target, path] of table) {
        expect(() => formatTarget(target as Target)).toThrow(
          expect.objectContaining({ code: 'invalid-number', path }),
        );
      }
    });

    it('rejects a change whose size is not a target object, and a reversed range', () => {
      const notObject = {
        kind: 'change',
        direction: 'increase',
        basis: 'points',
        by: 5,
      } as unknown as Target;
      expect(() => formatTarget(notObject)).toThrowErrorMatchingInlineSnapshot(
        `[ChitieuError: [chitieu] Invalid target (chỉ tiêu) at by: expected a target (chỉ tiêu) of a known kind; received 5]`,
      );
      expect(() =>
        formatTarget({ kind: 'range', min: d(3), max: d(2) }),
      ).toThrowErrorMatchingInlineSnapshot(
        `[ChitieuError: [chitieu] Invalid target (chỉ tiêu) at max: expected a range whose min is not above its max; received "2"]`,
      );
    });
  });

  describe('reads back through parseTarget', () => {
    const units = [
      null,
      '%',
      'đảng viên',
      'tỷ đồng',
      'triệu đồng/người/năm',
      'xã',
      'tiêu chí',
      'sản phẩm',
      'mô hình',
      'xã đạt chuẩn NTM',
    ];
    const figure = fc
      .tuple(fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }), fc.integer({ min: 0, max: 6 }))
      .map(([digits, scale]) => toDecimal(`${digits}e-${scale}`));
    const level: fc.Arbitrary<LevelTarget> = fc.oneof(
      fc.record({ kind: fc.constant('at-least' as const), value: figure, strict: fc.boolean() }),
      fc.record({ kind: fc.constant('at-most' as const), value: figure, strict: fc.boolean() }),
      fc.record({ kind: fc.constant('exact' as const), value: figure }),
      fc.record({ kind: fc.constant('approximately' as const), value: figure }),
      fc
        .tuple(figure, figure)
        .map(([a, b]) => ({ kind: 'range' as const, min: a.lt(b) ? a : b, max: a.lt(b) ? b : a })),
    );
    const target: fc.Arbitrary<Target> = fc.oneof(
      level,
      fc.record({
        kind: fc.constant('change' as const),
        direction: fc.constantFrom('increase' as const, 'decrease' as const),
        by: level,
        basis: fc.constantFrom('absolute' as const, 'points' as const, 'percent' as const),
      }),
    );

    it('parseTarget(formatTarget(t, { unit })) gives t back, or says why it may not (property)', () => {
      fc.assert(
        fc.property(target, fc.constantFrom(...units), (t, unit) => {
          const phrase = formatTarget(t, { unit });
          // What the subject would say: a rate's change is in points, an amount's in percent,
          // a count's in its units.
          const measure =
            t.kind !== 'change'
              ? undefined
              : t.basis === 'points'
                ? ('rate' as const)
                : t.basis === 'percent'
                  ? ('amount' as const)
                  : ('count' as const);
          const parsed = parseTarget(phrase, measure === undefined ? {} : { measure });
          if (parsed.warnings.length > 0) {
            // The one form whose words are open: "giảm dưới 2%" (a decrease by at most).
            expect(t).toMatchObject({
              kind: 'change',
              direction: 'decrease',
              by: { kind: 'at-most' },
            });
          } else {
            expect(json(parsed.target)).toEqual(json(t));
          }
        }),
        { numRuns: 500 },
      );
    });

    it('and gives back the unit of a level target (property)', () => {
      fc.assert(
        fc.property(level, fc.constantFrom(...units), (t, unit) => {
          expect(parseTarget(formatTarget(t, { unit })).unit).toBe(unit);
        }),
      );
    });
  });

  it('does not mutate its input', () => {
    const t = Object.freeze({
      kind: 'change',
      direction: 'decrease',
      by: Object.freeze({ kind: 'range', min: d(1), max: d('1.5') }),
      basis: 'points',
    } as const);
    const before = json(t);
    formatTarget(t, Object.freeze({ unit: '%' }));
    expect(json(t)).toEqual(before);
  });
});
