import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Status } from '../../src/attainment/attainment-schema.js';
import { type EvaluateOptions, evaluate } from '../../src/attainment/evaluate.js';
import { parseAttainment } from '../../src/attainment/parse-attainment.js';
import { formatViPercent } from '../../src/notation/format-vi-percent.js';
import { Decimal, type Numeric } from '../../src/numeric/decimal.js';
import type { LevelTarget, Target } from '../../src/targets/target-schema.js';
import { caught } from '../support/caught.js';
import { decimalArb, levelTargetArb } from './arbitraries.js';

const d = (x: Numeric): Decimal => new Decimal(x);
const atLeast = (v: Numeric, strict = true): Target => ({ kind: 'at-least', value: d(v), strict });
const atMost = (v: Numeric, strict = true): Target => ({ kind: 'at-most', value: d(v), strict });
const exact = (v: Numeric): Target => ({ kind: 'exact', value: d(v) });
const range = (min: Numeric, max: Numeric): Target => ({ kind: 'range', min: d(min), max: d(max) });
const about = (v: Numeric): Target => ({ kind: 'approximately', value: d(v) });
const change = (
  direction: 'increase' | 'decrease',
  by: LevelTarget,
  basis: 'absolute' | 'points' | 'percent',
): Target => ({ kind: 'change', direction, by, basis });

const rank: Record<Status, number> = { 'not-met': 0, met: 1, exceeded: 2 };

describe('evaluate', () => {
  describe('at-least ("trên 150", "ít nhất 2")', () => {
    it('169 admissions against a plan of more than 150 are 112,6% of plan (truncated)', () => {
      const a = evaluate(169, atLeast(150));
      expect(a.status).toBe('exceeded');
      expect(a.reference.toString()).toBe('150');
      expect(a.gap.toString()).toBe('19');
      expect(formatViPercent(a.percentOfPlan!, { decimals: 1, rounding: 'truncate' })).toBe(
        '112,6%',
      );
      expect(formatViPercent(a.percentOfPlan!, { decimals: 2, rounding: 'half-up' })).toBe(
        '112,67%',
      );
      expect(a.ratio?.toSignificantDigits(6).toString()).toBe('1.12667');
    });

    it('reaching "trên 150" exactly counts as met (lenient, the default)', () => {
      const a = evaluate(150, atLeast(150));
      expect(a.status).toBe('met');
      expect(a.strictness).toBe('lenient');
      expect(a.gap.isZero()).toBe(true);
      expect(a.percentOfPlan?.toString()).toBe('100');
    });

    it('with strictness literal, exactly 150 is not "trên 150"', () => {
      expect(evaluate(150, atLeast(150), { strictness: 'literal' }).status).toBe('not-met');
      expect(evaluate(151, atLeast(150), { strictness: 'literal' }).status).toBe('exceeded');
    });

    it('literal strictness does not touch a non-strict bound ("từ 150 trở lên")', () => {
      expect(evaluate(150, atLeast(150, false), { strictness: 'literal' }).status).toBe('met');
    });

    it('income 49,22 against "trên 51,5" is not met: 95,57…% of plan, 2,28 short', () => {
      const a = evaluate('49.22', atLeast('51.5'));
      expect(a.status).toBe('not-met');
      expect(a.gap.toString()).toBe('-2.28');
      expect(formatViPercent(a.percentOfPlan!, { decimals: 2 })).toBe('95,57%');
    });
  });

  describe('at-most ("dưới 4%", "không quá 5%")', () => {
    it('a poverty rate of 3,96% is better than "dưới 4%": exceeded, 0,04 points to spare', () => {
      const a = evaluate('3.96', atMost(4));
      expect(a.status).toBe('exceeded');
      expect(a.direction).toBe('lower-is-better');
      expect(a.gap.toString()).toBe('0.04');
      expect(a.ratio?.toString()).toBe('0.99');
    });

    it('on the bound is met (lenient) or not met (literal, strict bound)', () => {
      expect(evaluate(4, atMost(4)).status).toBe('met');
      expect(evaluate(4, atMost(4), { strictness: 'literal' }).status).toBe('not-met');
      expect(evaluate(4, atMost(4, false), { strictness: 'literal' }).status).toBe('met');
    });

    it('above the bound is not met, with a negative gap', () => {
      const a = evaluate('4.5', atMost(4));
      expect(a.status).toBe('not-met');
      expect(a.gap.toString()).toBe('-0.5');
    });
  });

  describe('exact ("đạt 100%", "đạt 72 tỷ đồng")', () => {
    it('tuyển quân "đạt 100% chỉ tiêu": 100 against 100 is met', () => {
      const a = evaluate(100, exact(100));
      expect(a.status).toBe('met');
      expect(a.percentOfPlan?.toString()).toBe('100');
    });

    it('better than the value is exceeded, worse is not met (per direction)', () => {
      expect(evaluate(75, exact(72)).status).toBe('exceeded');
      expect(evaluate(70, exact(72)).status).toBe('not-met');
      expect(evaluate(75, exact(72), { direction: 'lower-is-better' }).status).toBe('not-met');
      expect(evaluate(70, exact(72), { direction: 'lower-is-better' }).status).toBe('exceeded');
    });
  });

  describe('range ("12–13%", "từ 90 - 100")', () => {
    it('inside the range is met; the reference is the favourable end', () => {
      const a = evaluate('12.5', range(12, 13));
      expect(a.status).toBe('met');
      expect(a.reference.toString()).toBe('13');
      expect(a.gap.toString()).toBe('-0.5');
    });

    it('both ends are inside', () => {
      expect(evaluate(12, range(12, 13)).status).toBe('met');
      expect(evaluate(13, range(12, 13)).status).toBe('met');
    });

    it('beyond the favourable end is exceeded, beyond the other end not met', () => {
      expect(evaluate(14, range(12, 13)).status).toBe('exceeded');
      expect(evaluate(11, range(12, 13)).status).toBe('not-met');
    });

    it('mirrors for lower-is-better: the reference is the min', () => {
      const options: EvaluateOptions = { direction: 'lower-is-better' };
      const a = evaluate('12.5', range(12, 13), options);
      expect(a.status).toBe('met');
      expect(a.reference.toString()).toBe('12');
      expect(a.gap.toString()).toBe('-0.5');
      expect(evaluate(11, range(12, 13), options).status).toBe('exceeded');
      expect(evaluate(14, range(12, 13), options).status).toBe('not-met');
    });
  });

  describe('approximately ("khoảng 3.200 tỷ đồng")', () => {
    it('within ±5% (the chitieu default) is met', () => {
      const a = evaluate(3100, about(3200));
      expect(a.status).toBe('met');
      expect(a.tolerance?.toString()).toBe('0.05');
      expect(a.reference.toString()).toBe('3200');
    });

    it('the ±5% band is inclusive: 3.040 is met, 3.039 is not', () => {
      expect(evaluate(3040, about(3200)).status).toBe('met');
      expect(evaluate(3039, about(3200)).status).toBe('not-met');
      expect(evaluate(3360, about(3200)).status).toBe('met');
      expect(evaluate(3361, about(3200)).status).toBe('exceeded');
    });

    it('takes a tolerance option', () => {
      expect(evaluate(3100, about(3200), { tolerance: '0.01' }).status).toBe('not-met');
      expect(evaluate(3200, about(3200), { tolerance: 0 }).status).toBe('met');
      expect(evaluate(3201, about(3200), { tolerance: 0 }).status).toBe('exceeded');
    });

    it('mirrors for lower-is-better', () => {
      expect(evaluate(3000, about(3200), { direction: 'lower-is-better' }).status).toBe('exceeded');
      expect(evaluate(3400, about(3200), { direction: 'lower-is-better' }).status).toBe('not-met');
    });

    it('records no tolerance for other kinds', () => {
      expect(evaluate(1, exact(1)).tolerance).toBeNull();
    });
  });

  describe('change targets ("giảm 1–1,5%", "có thêm 2 xã")', () => {
    const povertyTarget = change('decrease', { kind: 'range', min: d(1), max: d('1.5') }, 'points');

    it('poverty 4,98% → 3,96% against "giảm 1–1,5%" (points): a decrease of 1,02 is met', () => {
      const a = evaluate('3.96', povertyTarget, { baseline: '4.98', measure: 'rate' });
      expect(a.status).toBe('met');
      expect(a.compared.toString()).toBe('1.02');
      expect(a.reference.toString()).toBe('1.5');
      expect(a.gap.toString()).toBe('-0.48');
      expect(a.ratio?.toString()).toBe('0.68');
      expect(a.direction).toBe('lower-is-better');
      expect(a.baseline?.toString()).toBe('4.98');
      expect(a.actual.toString()).toBe('3.96');
    });

    it('a bigger decrease is exceeded; a rise is not met', () => {
      expect(evaluate('2.9', povertyTarget, { baseline: '4.98' }).status).toBe('exceeded');
      const rise = evaluate('5.2', povertyTarget, { baseline: '4.98' });
      expect(rise.status).toBe('not-met');
      expect(rise.compared.toString()).toBe('-0.22');
    });

    it('the indicator direction may be given, and agrees with a decrease target', () => {
      const a = evaluate('3.96', povertyTarget, {
        baseline: '4.98',
        direction: 'lower-is-better',
      });
      expect(a.status).toBe('met');
      expect(a.reference.toString()).toBe('1.5');
    });

    it('"có thêm 2 xã đạt chuẩn": 10 → 12 is met, 10 → 13 exceeded', () => {
      const t = change('increase', { kind: 'at-least', value: d(2), strict: false }, 'absolute');
      expect(evaluate(12, t, { baseline: 10 }).status).toBe('met');
      expect(evaluate(13, t, { baseline: 10 }).status).toBe('exceeded');
      expect(evaluate(11, t, { baseline: 10 }).gap.toString()).toBe('-1');
    });

    it('"tăng 10% so với năm trước" (percent): 200 → 222 is +11%, exceeded', () => {
      const t = change('increase', { kind: 'exact', value: d(10) }, 'percent');
      const a = evaluate(222, t, { baseline: 200 });
      expect(a.compared.toString()).toBe('11');
      expect(a.status).toBe('exceeded');
    });

    it('a percent decrease is measured from the baseline: 200 → 180 is 10%', () => {
      const t = change('decrease', { kind: 'at-least', value: d(10), strict: false }, 'percent');
      const a = evaluate(180, t, { baseline: 200 });
      expect(a.compared.toString()).toBe('10');
      expect(a.status).toBe('met');
    });

    it('"tăng không quá 5%" (a capped increase): +3% beats the cap', () => {
      const t = change('increase', { kind: 'at-most', value: d(5), strict: false }, 'percent');
      const a = evaluate(103, t, { baseline: 100 });
      expect(a.status).toBe('exceeded');
      expect(a.direction).toBe('lower-is-better');
      expect(a.gap.toString()).toBe('2');
    });

    it('without a baseline throws missing-baseline', () => {
      const error = caught(() => evaluate('3.96', povertyTarget));
      expect(error.code).toBe('missing-baseline');
      expect(error.path).toEqual(['options', 'baseline']);
      expect(() => evaluate('3.96', povertyTarget)).toThrowErrorMatchingInlineSnapshot(
        `[ChitieuError: [chitieu] Missing baseline (số liệu kỳ gốc) at options.baseline: expected a baseline (số liệu kỳ gốc) to measure the decrease from ("giảm … so với …")]`,
      );
    });

    it('a percent change from a baseline of 0 throws division-by-zero', () => {
      const t = change('increase', { kind: 'exact', value: d(10) }, 'percent');
      const error = caught(() => evaluate(5, t, { baseline: 0 }));
      expect(error.code).toBe('division-by-zero');
      expect(error.path).toEqual(['options', 'baseline']);
    });
  });

  describe('growth-index ratio basis', () => {
    it('growth 12,1% against "trên 13%" is 112,1 / 113 of plan, not met', () => {
      const a = evaluate('12.1', atLeast(13), { ratioBasis: 'growth-index' });
      expect(a.status).toBe('not-met');
      expect(a.ratio?.eq(d('112.1').div(113))).toBe(true);
      expect(formatViPercent(a.percentOfPlan!, { decimals: 2 })).toBe('99,2%');
      expect(a.gap.toString()).toBe('-0.9');
      expect(a.ratioBasis).toBe('growth-index');
    });

    it('is null when the reference is −100', () => {
      expect(evaluate(-50, atLeast(-100), { ratioBasis: 'growth-index' }).ratio).toBeNull();
    });
  });

  describe('edge cases', () => {
    it('a reference of 0 gives no ratio (null), never NaN or Infinity', () => {
      // "không còn xã dưới 15 tiêu chí": at most 0 communes
      const a = evaluate(0, atMost(0, false));
      expect(a.status).toBe('met');
      expect(a.ratio).toBeNull();
      expect(a.percentOfPlan).toBeNull();
      expect(a.gap.toString()).toBe('0');
      expect(evaluate(2, atMost(0, false)).status).toBe('not-met');
    });

    it('handles negative figures: growth −1% against "trên −2%" is exceeded', () => {
      const a = evaluate(-1, atLeast(-2));
      expect(a.status).toBe('exceeded');
      expect(a.gap.toString()).toBe('1');
      expect(a.ratio?.toString()).toBe('0.5');
    });

    it('accepts a target written with numbers or numeric strings', () => {
      const a = evaluate(169, { kind: 'at-least', value: 150, strict: true });
      expect(a.status).toBe('exceeded');
      expect(a.target).toEqual({ kind: 'at-least', value: d(150), strict: true });
      expect((a.target as { value: Decimal }).value).toBeInstanceOf(Decimal);
      expect(evaluate('3.96', { kind: 'at-most', value: '4', strict: true }).status).toBe(
        'exceeded',
      );
    });

    it('returns the very target object it was given when it is well formed', () => {
      const t = atLeast(150);
      expect(evaluate(169, t).target).toBe(t);
    });

    it('accepts Decimal inputs and string inputs alike', () => {
      expect(evaluate(d(169), atLeast(150))).toEqual(evaluate('169', atLeast(150)));
    });

    it('carries its inputs and the options used', () => {
      const a = evaluate(169, atLeast(150), { baseline: 48, measure: 'count' });
      expect(a.actual.toString()).toBe('169');
      expect(a.compared.toString()).toBe('169');
      expect(a.baseline?.toString()).toBe('48');
      expect(a.measure).toBe('count');
      expect(a.direction).toBe('higher-is-better');
      expect(a.ratioBasis).toBe('value');
    });

    it('rejects a non-number actual with invalid-number at ["actual"]', () => {
      for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, '51,5', '', 'abc']) {
        const error = caught(() => evaluate(bad, atLeast(150)));
        expect(error.code).toBe('invalid-number');
        expect(error.path).toEqual(['actual']);
      }
    });

    it('rejects a bad baseline with invalid-number at ["options", "baseline"]', () => {
      const error = caught(() => evaluate(1, atLeast(1), { baseline: '4,98' }));
      expect(error.code).toBe('invalid-number');
      expect(error.path).toEqual(['options', 'baseline']);
    });

    it('rejects unknown option values with invalid-argument', () => {
      const bad = [
        [{ strictness: 'strict' }, 'strictness'],
        [{ ratioBasis: 'index' }, 'ratioBasis'],
        [{ direction: 'up' }, 'direction'],
        [{ measure: 'percent' }, 'measure'],
        [{ tolerance: -0.1 }, 'tolerance'],
      ] as const;
      for (const [options, key] of bad) {
        const error = caught(() => evaluate(1, exact(1), options as unknown as EvaluateOptions));
        expect(error.code).toBe('invalid-argument');
        expect(error.path).toEqual(['options', key]);
      }
      expect(() =>
        evaluate(1, exact(1), { strictness: 'strict' } as unknown as EvaluateOptions),
      ).toThrowErrorMatchingInlineSnapshot(
        `[ChitieuError: [chitieu] Invalid argument at options.strictness: expected one of 'lenient', 'literal'; received "strict"]`,
      );
      expect(caught(() => evaluate(1, exact(1), 5 as unknown as EvaluateOptions)).code).toBe(
        'invalid-argument',
      );
    });

    it('rejects a direction that contradicts a bound', () => {
      const error = caught(() => evaluate(1, atLeast(1), { direction: 'lower-is-better' }));
      expect(error.code).toBe('invalid-argument');
      expect(error.path).toEqual(['options', 'direction']);
      expect(() =>
        evaluate(1, atLeast(1), { direction: 'lower-is-better' }),
      ).toThrowErrorMatchingInlineSnapshot(
        `[ChitieuError: [chitieu] Invalid argument at options.direction: expected 'higher-is-better', the only direction an 'at-least' target can have; received "lower-is-better"]`,
      );
      const t = change('decrease', { kind: 'at-least', value: d(1), strict: false }, 'points');
      expect(
        caught(() => evaluate(1, t, { baseline: 2, direction: 'higher-is-better' })).code,
      ).toBe('invalid-argument');
    });

    it('a change in points needs a rate: unit-mismatch for a count', () => {
      const t = change('decrease', { kind: 'exact', value: d(1) }, 'points');
      const error = caught(() => evaluate(1, t, { baseline: 2, measure: 'count' }));
      expect(error.code).toBe('unit-mismatch');
      expect(error.path).toEqual(['options', 'measure']);
    });

    it('rejects a malformed target with invalid-target and the path of the bad field', () => {
      const reversed = caught(() => evaluate(1, { kind: 'range', min: 13, max: 12 }));
      expect(reversed.code).toBe('invalid-target');
      expect(reversed.path).toEqual(['target', 'max']);
      const unknown = caught(() => evaluate(1, { kind: 'over', value: 1 } as unknown as Target));
      expect(unknown.code).toBe('invalid-target');
      expect(caught(() => evaluate(1, null as unknown as Target)).code).toBe('invalid-target');
      const nan = caught(() => evaluate(1, { kind: 'exact', value: d(Number.NaN) }));
      expect(nan.code).toBe('invalid-target');
      expect(nan.path).toEqual(['target', 'value']);
    });
  });

  it('does not mutate its input', () => {
    const target = Object.freeze({
      kind: 'change',
      direction: 'decrease',
      by: Object.freeze({ kind: 'range', min: d(1), max: d('1.5') }),
      basis: 'points',
    } as const);
    const options = Object.freeze({ baseline: d('4.98'), measure: 'rate' } as const);
    const before = JSON.stringify([target, options]);
    evaluate(d('3.96'), target, options);
    expect(JSON.stringify([target, options])).toBe(before);
  });

  it('survives JSON.stringify and comes back equal through parseAttainment', () => {
    const results = [
      evaluate(169, atLeast(150), { baseline: 48 }),
      evaluate('3.96', change('decrease', { kind: 'range', min: d(1), max: d('1.5') }, 'points'), {
        baseline: '4.98',
      }),
      evaluate(3100, about(3200)),
      evaluate(0, atMost(0)),
    ];
    for (const a of results) {
      const back = parseAttainment(JSON.parse(JSON.stringify(a)));
      expect(back).toEqual(a);
      expect(back.gap).toBeInstanceOf(Decimal);
    }
  });

  describe('laws', () => {
    it('ratio × reference = compared (to 45 significant digits)', () => {
      fc.assert(
        fc.property(decimalArb, levelTargetArb, (actual, target) => {
          const a = evaluate(actual, target);
          fc.pre(a.ratio !== null);
          // A repeating quotient (169/150) is carried to 50 significant digits, so the
          // product is off in the last digits only; compared has at most 19 digits.
          expect(a.ratio!.times(a.reference).toSignificantDigits(45).eq(a.compared)).toBe(true);
          expect(a.percentOfPlan!.eq(a.ratio!.times(100))).toBe(true);
        }),
      );
    });

    it('growth index: ratio × (100 + reference) = 100 + compared (to 45 digits)', () => {
      fc.assert(
        fc.property(decimalArb, levelTargetArb, (actual, target) => {
          const a = evaluate(actual, target, { ratioBasis: 'growth-index' });
          fc.pre(a.ratio !== null);
          const back = a.ratio!.times(a.reference.plus(100)).toSignificantDigits(45);
          expect(back.eq(a.compared.plus(100))).toBe(true);
        }),
      );
    });

    it('the gap is the signed distance from the reference in the favourable direction', () => {
      fc.assert(
        fc.property(decimalArb, levelTargetArb, (actual, target) => {
          const a = evaluate(actual, target);
          const expected =
            a.direction === 'higher-is-better'
              ? a.compared.minus(a.reference)
              : a.reference.minus(a.compared);
          expect(a.gap.eq(expected)).toBe(true);
        }),
      );
    });

    it('a larger actual never gets a worse status when higher is better (mirrored when lower)', () => {
      fc.assert(
        fc.property(
          decimalArb,
          decimalArb,
          levelTargetArb,
          fc.constantFrom('lenient', 'literal'),
          (x, y, target, strictness) => {
            const [small, large] = x.lte(y) ? [x, y] : [y, x];
            const s = evaluate(small, target, { strictness });
            const l = evaluate(large, target, { strictness });
            if (s.direction === 'higher-is-better') {
              expect(rank[l.status]).toBeGreaterThanOrEqual(rank[s.status]);
            } else {
              expect(rank[l.status]).toBeLessThanOrEqual(rank[s.status]);
            }
          },
        ),
      );
    });

    it('the same holds under a lower-is-better direction for exact, range and approximately', () => {
      const arb = levelTargetArb.filter((t) => t.kind !== 'at-least' && t.kind !== 'at-most');
      fc.assert(
        fc.property(decimalArb, decimalArb, arb, (x, y, target) => {
          const [small, large] = x.lte(y) ? [x, y] : [y, x];
          const options: EvaluateOptions = { direction: 'lower-is-better' };
          const s = evaluate(small, target, options);
          const l = evaluate(large, target, options);
          expect(rank[l.status]).toBeLessThanOrEqual(rank[s.status]);
        }),
      );
    });

    it('every result comes back equal through JSON and its schema', () => {
      fc.assert(
        fc.property(decimalArb, levelTargetArb, (actual, target) => {
          const a = evaluate(actual, target);
          expect(parseAttainment(JSON.parse(JSON.stringify(a)))).toEqual(a);
        }),
      );
    });
  });
});
