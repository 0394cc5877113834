import fc from 'fast-check';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { inferPlan } from '../../src/audit/infer-plan.js';
import type { PlanInterval } from '../../src/audit/plan-inference-schema.js';
import { reconcilePercent } from '../../src/audit/reconcile-percent.js';
import { ChitieuError } from '../../src/errors.js';
import { formatViPercent } from '../../src/notation/format-vi-percent.js';
import { Decimal } from '../../src/numeric/decimal.js';
import type { Rounding } from '../../src/numeric/rounding.js';

function thrown(run: () => unknown): ChitieuError {
  try {
    run();
  } catch (error) {
    if (error instanceof ChitieuError) return error;
    throw error;
  }
  throw new Error('expected a ChitieuError');
}

const strings = (xs: readonly Decimal[]) => xs.map((x) => x.toString());

function interval(r: { byMode: Partial<Record<Rounding, PlanInterval | null>> }, m: Rounding) {
  const i = r.byMode[m];
  if (i === null || i === undefined) throw new Error(`no interval for ${m}`);
  return i;
}

/** Is p inside the interval, by its bounds? */
function contains(
  b: { min: Decimal | null; max: Decimal | null; minInclusive: boolean; maxInclusive: boolean },
  p: Decimal,
): boolean {
  if (b.min === null) return false;
  const above = b.minInclusive ? p.gte(b.min) : p.gt(b.min);
  const below = b.max === null || (b.maxInclusive ? p.lte(b.max) : p.lt(b.max));
  return above && below;
}

describe('inferPlan', () => {
  it('169 admissions "đạt 112,6% kế hoạch": the plan was 150, under truncation only', () => {
    const r = inferPlan(169, '112,6%');
    expect(r.verdict).toBe('consistent');
    expect(strings(r.integers)).toEqual(['150']);
    expect(contains(r, new Decimal(150))).toBe(true);
    expect(strings(interval(r, 'truncate').integers)).toEqual(['150']);
    expect(interval(r, 'half-up').integers).toEqual([]);
    expect(interval(r, 'half-up').integerCount?.toString()).toBe('0');
    // truncation: 16900/112.7 < p ≤ 16900/112.6
    expect(interval(r, 'truncate').min.eq(new Decimal(16900).div('112.7'))).toBe(true);
    expect(interval(r, 'truncate').max?.eq(new Decimal(16900).div('112.6'))).toBe(true);
    expect(interval(r, 'truncate').minInclusive).toBe(false);
    expect(interval(r, 'truncate').maxInclusive).toBe(true);
    // half-up: 16900/112.65 < p ≤ 16900/112.55
    expect(interval(r, 'half-up').min.eq(new Decimal(16900).div('112.65'))).toBe(true);
    expect(interval(r, 'half-up').max?.eq(new Decimal(16900).div('112.55'))).toBe(true);
    expect(r.min?.toFixed(4)).toBe('149.9556');
    expect(r.max?.toFixed(4)).toBe('150.1555');
    expect(r.explanation).toBe(
      '169 is "112,6%" (1 decimal) of a plan (kế hoạch) p: 149.955… < p ≤ 150.155…, whole plan 150; half-up (làm tròn): 150.022… < p ≤ 150.155…, no whole plan; truncate (cắt bỏ): 149.955… < p ≤ 150.088…, whole plan 150',
    );
  });

  it('Bắc Kạn: 55 admissions "đạt 91,6%" imply a plan of 60', () => {
    const r = inferPlan(55, '91,6%');
    expect(strings(r.integers)).toEqual(['60']);
    expect(strings(interval(r, 'truncate').integers)).toEqual(['60']);
    expect(interval(r, 'half-up').integers).toEqual([]);
  });

  it('87.646 people vaccinated "đạt tỷ lệ 97,1%": a population of 90.171 to 90.310', () => {
    const r = inferPlan(87646, '97,1%');
    expect(r.min?.eq(new Decimal(8764600).div('97.2'))).toBe(true);
    expect(r.max?.eq(new Decimal(8764600).div('97.05'))).toBe(true);
    expect(r.min?.toFixed(3)).toBe('90170.782');
    expect(r.max?.toFixed(3)).toBe('90310.149');
    expect(r.integerCount?.toString()).toBe('140');
    expect(r.integers[0]?.toString()).toBe('90171');
    expect(r.integers.at(-1)?.toString()).toBe('90310');
    expect(r.capped).toBe(false);
    expect(interval(r, 'truncate').integers.at(-1)?.toString()).toBe('90263');
    expect(interval(r, 'half-up').integers[0]?.toString()).toBe('90218');
  });

  it('a half-up figure: 5.775 at "70,2%" admits 8.227 under half-up, not under truncation', () => {
    const r = inferPlan(5775, '70,2%');
    const base = new Decimal(8227);
    expect(contains(interval(r, 'half-up'), base)).toBe(true);
    expect(contains(interval(r, 'truncate'), base)).toBe(false);
    expect(r.integers.some((p) => p.eq(base))).toBe(true);
  });

  it('bounds are inclusive exactly where the rounding keeps the figure: 150 at "100%"', () => {
    const r = inferPlan(150, '100%');
    expect(strings(interval(r, 'truncate').integers)).toEqual(['149', '150']);
    expect(interval(r, 'truncate').max?.toString()).toBe('150');
    expect(strings(interval(r, 'half-up').integers)).toEqual(['150']);
    expect(strings(r.integers)).toEqual(['149', '150']);
  });

  it('half-even keeps both ends of the band around an even figure; half-up drops the upper one', () => {
    // 101 at "50%": x = 10100/p in [49.5, 50.5] under half-even, [49.5, 50.5) under half-up.
    const r = inferPlan(101, '50%', { modes: ['half-up', 'half-even'] });
    expect(strings(interval(r, 'half-even').integers)).toEqual(['200', '201', '202', '203', '204']);
    expect(interval(r, 'half-even').minInclusive).toBe(true);
    expect(strings(interval(r, 'half-up').integers)).toEqual(['201', '202', '203', '204']);
    expect(r.minInclusive).toBe(true);
    expect(r.min?.toString()).toBe('200');
  });

  it('ceil and floor can be asked for', () => {
    const r = inferPlan(1, '34%', { modes: ['ceil', 'floor'] });
    expect(strings(interval(r, 'ceil').integers)).toEqual(['3']);
    expect(interval(r, 'ceil').minInclusive).toBe(true);
    expect(interval(r, 'floor').integers).toEqual([]);
    expect(r.modes).toEqual(['ceil', 'floor']);
  });

  it('a published "0%" has no upper end: max is null, never Infinity', () => {
    const r = inferPlan(3, '0%');
    expect(r.max).toBeNull();
    expect(r.min?.toString()).toBe('300');
    expect(r.integerCount).toBeNull();
    expect(r.capped).toBe(true);
    expect(r.integers).toHaveLength(1000);
    expect(r.integers[0]?.toString()).toBe('301');
    expect(interval(r, 'half-up').min.toString()).toBe('600');
    expect(r.explanation).toContain('p > 300, every whole plan from 301 up');
  });

  it('"0,0%" half-up has no upper end either (its band starts below 0)', () => {
    const r = inferPlan(1, '0,0%', { modes: ['half-up'] });
    expect(r.max).toBeNull();
    expect(r.min?.toString()).toBe('2000');
  });

  describe('edge cases', () => {
    it('0 is "0%" of every plan', () => {
      const r = inferPlan(0, '0%');
      expect(r.min?.toString()).toBe('0');
      expect(r.minInclusive).toBe(false);
      expect(r.max).toBeNull();
      expect(r.integers[0]?.toString()).toBe('1');
    });

    it('0 can never be "5%": unreproducible, reported not thrown', () => {
      const r = inferPlan(0, '5%');
      expect(r.verdict).toBe('unreproducible');
      expect(r.consistent).toBe(false);
      expect(r.min).toBeNull();
      expect(r.max).toBeNull();
      expect(r.integers).toEqual([]);
      expect(r.byMode).toEqual({ 'half-up': null, truncate: null });
      expect(r.explanation).toBe(
        'No plan (kế hoạch) p makes 0 "5%" (0 decimals) under half-up (làm tròn) and truncate (cắt bỏ): 0 is 0% of every plan',
      );
    });

    it('ceil never prints "0%" for a positive actual', () => {
      const r = inferPlan(3, '0%', { modes: ['ceil'] });
      expect(r.verdict).toBe('unreproducible');
      expect(r.byMode.ceil).toBeNull();
    });

    it('caps the list of whole plans at maxIntegers and says so', () => {
      const r = inferPlan(87646, '97,1%', { maxIntegers: 10 });
      expect(r.integers).toHaveLength(10);
      expect(r.capped).toBe(true);
      expect(r.integerCount?.toString()).toBe('140');
      const none = inferPlan(87646, '97,1%', { maxIntegers: 0 });
      expect(none.integers).toEqual([]);
      expect(none.capped).toBe(true);
    });

    it('takes the published value as a number, and decimals from options', () => {
      expect(strings(inferPlan(169, 112.6).integers)).toEqual(['150']);
      const r = inferPlan(169, '112,6%', { decimals: 2 });
      expect(r.decimals).toBe(2);
      expect(r.integers).toEqual([]);
    });

    it('repeated modes are tried once', () => {
      expect(inferPlan(169, '112,6%', { modes: ['truncate', 'truncate'] }).modes).toEqual([
        'truncate',
      ]);
    });

    it('rejects a negative actual or percentage with invalid-argument at its path', () => {
      const e = thrown(() => inferPlan(-1, '50%'));
      expect(e.code).toBe('invalid-argument');
      expect(e.path).toEqual(['actual']);
      expect(e.message).toMatchInlineSnapshot(
        `"[chitieu] Invalid argument at actual: expected an actual figure that is not negative; received "-1""`,
      );
      expect(thrown(() => inferPlan(1, '-50%')).path).toEqual(['published']);
    });

    it('rejects bad figures and options at their path', () => {
      expect(thrown(() => inferPlan('x', '50%')).path).toEqual(['actual']);
      expect(thrown(() => inferPlan(1, 'abc')).code).toBe('invalid-number');
      expect(thrown(() => inferPlan(1, '50%', { modes: [] })).path).toEqual(['options', 'modes']);
      expect(
        thrown(() => inferPlan(1, '50%', { modes: ['truncate', 'up' as Rounding] })).path,
      ).toEqual(['options', 'modes', 1]);
      expect(thrown(() => inferPlan(1, '50%', { maxIntegers: 1.5 })).path).toEqual([
        'options',
        'maxIntegers',
      ]);
      expect(thrown(() => inferPlan(1, '50%', { maxIntegers: -1 })).code).toBe('invalid-argument');
      expect(thrown(() => inferPlan(169, '112,6%', { decimals: 0 })).path).toEqual([
        'options',
        'decimals',
      ]);
    });
  });

  it('does not mutate its input', () => {
    const modes: Rounding[] = ['truncate', 'half-up'];
    const options = Object.freeze({ modes: Object.freeze(modes) });
    const actual = new Decimal(169);
    const r = inferPlan(actual, '112,6%', options);
    expect(modes).toEqual(['truncate', 'half-up']);
    expect(actual.toString()).toBe('169');
    expect(r.modes).not.toBe(modes);
  });

  describe('laws', () => {
    const cases = fc.record({
      a: fc.integer({ min: 0, max: 20_000 }),
      p: fc.integer({ min: 1, max: 10_000 }),
      d: fc.constantFrom(0, 1, 2),
      m: fc.constantFrom<Rounding>('half-up', 'truncate'),
      fixed: fc.boolean(),
    });

    it('the plan a figure was computed from is always inside the inferred interval, and among its whole plans unless capped', () => {
      fc.assert(
        fc.property(cases, ({ a, p, d, m, fixed }) => {
          const printed = formatViPercent(new Decimal(a).times(100).div(p), {
            decimals: d,
            rounding: m,
            fixed,
          });
          const plan = new Decimal(p);
          for (const r of [inferPlan(a, printed), inferPlan(a, printed, { decimals: d })]) {
            expect(r.verdict).toBe('consistent');
            expect(contains(r, plan)).toBe(true);
            expect(contains(interval(r, m), plan)).toBe(true);
            if (!r.capped) expect(r.integers.some((x) => x.eq(plan))).toBe(true);
          }
        }),
        { numRuns: 200 },
      );
    });

    it('every listed whole plan reproduces the figure, and its neighbours outside do not', () => {
      fc.assert(
        fc.property(cases, ({ a, p, d, m }) => {
          const printed = formatViPercent(new Decimal(a).times(100).div(p), {
            decimals: d,
            rounding: m,
          });
          const r = inferPlan(a, printed, { decimals: d, maxIntegers: 50 });
          const fits = (q: Decimal) =>
            reconcilePercent(printed, a, q, { decimals: d }).matches.some(
              (x) => x === 'half-up' || x === 'truncate',
            );
          for (const q of r.integers) expect(fits(q)).toBe(true);
          const first = r.integers[0];
          if (first?.gt(1)) expect(fits(first.minus(1))).toBe(false);
          const last = r.integers.at(-1);
          if (last !== undefined && !r.capped) expect(fits(last.plus(1))).toBe(false);
        }),
        { numRuns: 200 },
      );
    });
  });

  it('has the documented types', () => {
    const r = inferPlan(169, '112,6%');
    expectTypeOf(r.max).toEqualTypeOf<Decimal | null>();
    expectTypeOf(r.integers).toEqualTypeOf<readonly Decimal[]>();
    expectTypeOf(r.verdict).toEqualTypeOf<'consistent' | 'unreproducible'>();
    if (r.verdict === 'consistent') {
      expectTypeOf(r.min).toEqualTypeOf<Decimal>();
    } else {
      expectTypeOf(r.min).toEqualTypeOf<null>();
    }
    expectTypeOf(r.byMode.truncate).toEqualTypeOf<PlanInterval | null | undefined>();
  });
});
