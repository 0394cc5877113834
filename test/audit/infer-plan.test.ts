import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inferPlan } from '../../src/audit/infer-plan.js';
import type { PlanInterval } from '../../src/audit/plan-inference-schema.js';
import { reconcilePercent } from '../../src/audit/reconcile-percent.js';
import { formatViPercent } from '../../src/notation/format-vi-percent.js';
import { Decimal } from '../../src/numeric/decimal.js';
import type { Rounding } from '../../src/numeric/rounding.js';
import { caught } from '../support/caught.js';

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
      const e = caught(() => inferPlan(-1, '50%'));
      expect(e.code).toBe('invalid-argument');
      expect(e.path).toEqual(['actual']);
      expect(e.message).toMatchInlineSnapshot(
        `"[chitieu] Invalid argument at actual: expected an actual figure that is not negative; received "-1""`,
      );
      expect(caught(() => inferPlan(1, '-50%')).path).toEqual(['published']);
    });

    it('rejects bad figures and options at their path', () => {
      expect(caught(() => inferPlan('x', '50%')).path).toEqual(['actual']);
      expect(caught(() => inferPlan(1, 'abc')).code).toBe('invalid-number');
      expect(caught(() => inferPlan(1, '50%', { modes: [] })).path).toEqual(['options', 'modes']);
      expect(
        caught(() => inferPlan(1, '50%', { modes: ['truncate', 'up' as Rounding] })).path,
      ).toEqual(['options', 'modes', 1]);
      expect(caught(() => inferPlan(1, '50%', { maxIntegers: 1.5 })).path).toEqual([
        'options',
        'maxIntegers',
      ]);
      expect(caught(() => inferPlan(1, '50%', { maxIntegers: -1 })).code).toBe('invalid-argument');
      expect(caught(() => inferPlan(169, '112,6%', { decimals: 0 })).path).toEqual([
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
});

describe('inferPlan: interval ends, unions and explanations', () => {
  it('ceil keeps the upper end of its band and drops the lower: 49 at "50%" is 98 or 99, not 100', () => {
    // ceil: 49 < 4900/p ≤ 50, so 98 ≤ p < 100; 4900/100 = 49 prints "49%", not "50%".
    const r = inferPlan(49, '50%', { modes: ['ceil'] });
    expect(strings(r.integers)).toEqual(['98', '99']);
    expect(r.min?.toString()).toBe('98');
    expect(r.max?.toString()).toBe('100');
    expect(r.minInclusive).toBe(true);
    expect(r.maxInclusive).toBe(false);
    expect(r.explanation).toBe(
      '49 is "50%" (0 decimals) of a plan (kế hoạch) p: 98 ≤ p < 100, whole plans 98 and 99',
    );
  });

  it('0 is "0%" of every plan under ceil, an open interval from 0', () => {
    const r = inferPlan(0, '0%', { modes: ['ceil'] });
    expect(r.verdict).toBe('consistent');
    expect(r.min?.toString()).toBe('0');
    expect(r.minInclusive).toBe(false);
    expect(r.max).toBeNull();
    expect(r.maxInclusive).toBe(false);
    expect(r.integers[0]?.toString()).toBe('1');
    expect(r.explanation).toBe(
      '0 is "0%" (0 decimals) of a plan (kế hoạch) p: p > 0, every whole plan from 1 up',
    );
  });

  it('0 is never "1%" under ceil: ceil of 0 is 0', () => {
    const r = inferPlan(0, '1%', { modes: ['ceil'] });
    expect(r.verdict).toBe('unreproducible');
    expect(r.byMode).toEqual({ ceil: null });
    expect(r.explanation).toBe(
      'No plan (kế hoạch) p makes 0 "1%" (0 decimals) under ceil (làm tròn lên): 0 is 0% of every plan',
    );
  });

  it('a positive actual that no mode reproduces is explained without the remark on 0', () => {
    expect(inferPlan(3, '0%', { modes: ['ceil'] }).explanation).toBe(
      'No plan (kế hoạch) p makes 3 "0%" (0 decimals) under ceil (làm tròn lên)',
    );
  });

  it('an interval without an upper end is open at the top', () => {
    const r = inferPlan(3, '0%');
    expect(r.maxInclusive).toBe(false);
    expect(interval(r, 'truncate').maxInclusive).toBe(false);
    expect(interval(r, 'half-up').maxInclusive).toBe(false);
  });

  it('half-even "0%" keeps its lower end: p ≥ 600', () => {
    const r = inferPlan(3, '0%', { modes: ['half-even'] });
    expect(r.min?.toString()).toBe('600');
    expect(r.minInclusive).toBe(true);
    expect(r.integers[0]?.toString()).toBe('600');
    expect(r.explanation).toBe(
      '3 is "0%" (0 decimals) of a plan (kế hoạch) p: p ≥ 600, every whole plan from 600 up',
    );
  });

  it('a single mode is explained once, without a per-mode part', () => {
    expect(inferPlan(1, '0,0%', { modes: ['half-up'] }).explanation).toBe(
      '1 is "0,0%" (1 decimal) of a plan (kế hoạch) p: p > 2000, every whole plan from 2001 up',
    );
  });

  it('explains many whole plans by their count and ends, and every mode', () => {
    expect(inferPlan(87646, '97,1%').explanation).toBe(
      '87646 is "97,1%" (1 decimal) of a plan (kế hoạch) p: 90170.781… < p ≤ 90310.149…, 140 whole plans, 90171 to 90310; half-up (làm tròn): 90217.189… < p ≤ 90310.149…, 93 whole plans, 90218 to 90310; truncate (cắt bỏ): 90170.781… < p ≤ 90263.645…, 93 whole plans, 90171 to 90263',
    );
  });

  it('lists up to five whole plans by name', () => {
    expect(inferPlan(150, '100%').explanation).toBe(
      '150 is "100%" (0 decimals) of a plan (kế hoạch) p: 148.514… < p ≤ 150.753…, whole plans 149 and 150; half-up (làm tròn): 149.253… < p ≤ 150.753…, whole plan 150; truncate (cắt bỏ): 148.514… < p ≤ 150, whole plans 149 and 150',
    );
  });

  it('explains a capped list by count and ends, not by the plans listed', () => {
    const r = inferPlan(101, '50%', { modes: ['half-even'], maxIntegers: 2 });
    expect(strings(r.integers)).toEqual(['200', '201']);
    expect(r.integerCount?.toString()).toBe('5');
    expect(r.capped).toBe(true);
    expect(r.explanation).toBe(
      '101 is "50%" (0 decimals) of a plan (kế hoạch) p: 200 ≤ p ≤ 204.040…, 5 whole plans, 200 to 204',
    );
  });

  it('with no plan listed (maxIntegers 0) it still counts them, or says there is no end', () => {
    expect(inferPlan(87646, '97,1%', { maxIntegers: 0 }).explanation).toBe(
      '87646 is "97,1%" (1 decimal) of a plan (kế hoạch) p: 90170.781… < p ≤ 90310.149…, 140 whole plans; half-up (làm tròn): 90217.189… < p ≤ 90310.149…, 93 whole plans; truncate (cắt bỏ): 90170.781… < p ≤ 90263.645…, 93 whole plans',
    );
    expect(inferPlan(3, '0%', { maxIntegers: 0 }).explanation).toBe(
      '3 is "0%" (0 decimals) of a plan (kế hoạch) p: p > 300, unboundedly many whole plans; half-up (làm tròn): p > 600, unboundedly many whole plans; truncate (cắt bỏ): p > 300, unboundedly many whole plans',
    );
  });

  it('names a mode that fits no plan at all as impossible', () => {
    const r = inferPlan(3, '0%', { modes: ['truncate', 'ceil'] });
    expect(r.verdict).toBe('consistent');
    expect(r.byMode.ceil).toBeNull();
    expect(r.explanation).toBe(
      '3 is "0%" (0 decimals) of a plan (kế hoạch) p: p > 300, every whole plan from 301 up; truncate (cắt bỏ): p > 300, every whole plan from 301 up; ceil (làm tròn lên): impossible',
    );
  });

  it('the union of the modes does not depend on their order', () => {
    const forward = inferPlan(169, '112,6%', { modes: ['half-up', 'truncate'] });
    const backward = inferPlan(169, '112,6%', { modes: ['truncate', 'half-up'] });
    for (const r of [forward, backward]) {
      expect(r.min?.eq(new Decimal(16900).div('112.7'))).toBe(true);
      expect(r.max?.eq(new Decimal(16900).div('112.55'))).toBe(true);
      expect(r.minInclusive).toBe(false);
      expect(r.maxInclusive).toBe(true);
      expect(strings(r.integers)).toEqual(['150']);
    }
    expect(backward.explanation).toBe(
      '169 is "112,6%" (1 decimal) of a plan (kế hoạch) p: 149.955… < p ≤ 150.155…, whole plan 150; truncate (cắt bỏ): 149.955… < p ≤ 150.088…, whole plan 150; half-up (làm tròn): 150.022… < p ≤ 150.155…, no whole plan',
    );
  });

  it('the union keeps the lower end open when the lowest interval leaves it open', () => {
    // truncate: 198.03… < p ≤ 202; half-even: 200 ≤ p ≤ 204.04…
    for (const modes of [
      ['truncate', 'half-even'],
      ['half-even', 'truncate'],
    ] as Rounding[][]) {
      const r = inferPlan(101, '50%', { modes });
      expect(r.min?.eq(new Decimal(10100).div(51))).toBe(true);
      expect(r.minInclusive).toBe(false);
      expect(r.max?.eq(new Decimal(10100).div('49.5'))).toBe(true);
      expect(r.maxInclusive).toBe(true);
      expect(strings(r.integers)).toEqual(['199', '200', '201', '202', '203', '204']);
    }
    expect(inferPlan(101, '50%', { modes: ['truncate', 'half-even'] }).explanation).toBe(
      '101 is "50%" (0 decimals) of a plan (kế hoạch) p: 198.039… < p ≤ 204.040…, 6 whole plans, 199 to 204; truncate (cắt bỏ): 198.039… < p ≤ 202, whole plans 199, 200, 201 and 202; half-even (làm tròn về số chẵn): 200 ≤ p ≤ 204.040…, whole plans 200, 201, 202, 203 and 204',
    );
  });

  it('the union has no upper end when one mode has none: 1 at "1%" under truncate and ceil', () => {
    // truncate: 50 < p ≤ 100; ceil: 0 < 100/p ≤ 1, so p ≥ 100 with no end.
    for (const modes of [
      ['truncate', 'ceil'],
      ['ceil', 'truncate'],
    ] as Rounding[][]) {
      const r = inferPlan(1, '1%', { modes });
      expect(r.min?.toString()).toBe('50');
      expect(r.minInclusive).toBe(false);
      expect(r.max).toBeNull();
      expect(r.maxInclusive).toBe(false);
      expect(r.integerCount).toBeNull();
      expect(r.integers[0]?.toString()).toBe('51');
    }
    expect(inferPlan(1, '1%', { modes: ['ceil', 'truncate'] }).explanation).toBe(
      '1 is "1%" (0 decimals) of a plan (kế hoạch) p: p > 50, every whole plan from 51 up; ceil (làm tròn lên): p ≥ 100, every whole plan from 100 up; truncate (cắt bỏ): 50 < p ≤ 100, 50 whole plans, 51 to 100',
    );
  });

  it('the union takes the upper end of the interval that reaches furthest, open or closed as it is', () => {
    // ceil: 2.94… ≤ p < 3.03…; truncate: 2.85… < p ≤ 2.94…
    const r = inferPlan(1, '34%', { modes: ['ceil', 'truncate'] });
    expect(r.max?.eq(new Decimal(100).div(33))).toBe(true);
    expect(r.maxInclusive).toBe(false);
    expect(r.min?.eq(new Decimal(100).div(35))).toBe(true);
    expect(r.explanation).toBe(
      '1 is "34%" (0 decimals) of a plan (kế hoạch) p: 2.857… < p < 3.030…, whole plan 3; ceil (làm tròn lên): 2.941… ≤ p < 3.030…, whole plan 3; truncate (cắt bỏ): 2.857… < p ≤ 2.941…, no whole plan',
    );
  });

  it('a shared upper end is closed when either mode closes it: 101 at "51%"', () => {
    // 10100/p = 50.5 at p = 200: half-up prints "51%", half-even prints "50%".
    for (const modes of [
      ['half-even', 'half-up'],
      ['half-up', 'half-even'],
    ] as Rounding[][]) {
      const r = inferPlan(101, '51%', { modes });
      expect(r.max?.toString()).toBe('200');
      expect(r.maxInclusive).toBe(true);
      expect(strings(r.integers)).toEqual(['197', '198', '199', '200']);
    }
    const r = inferPlan(101, '51%', { modes: ['half-even', 'half-up'] });
    expect(interval(r, 'half-even').maxInclusive).toBe(false);
    expect(r.explanation).toBe(
      '101 is "51%" (0 decimals) of a plan (kế hoạch) p: 196.116… < p ≤ 200, whole plans 197, 198, 199 and 200; half-even (làm tròn về số chẵn): 196.116… < p < 200, whole plans 197, 198 and 199; half-up (làm tròn): 196.116… < p ≤ 200, whole plans 197, 198, 199 and 200',
    );
  });

  describe('whole plans are confirmed exactly when a 50-digit quotient rounds across a whole number', () => {
    // Quotients carry 50 significant digits; with a 50-digit plan the rounding can land on the
    // wrong side of a whole number, and the exact test must move the end back.
    const e49 = new Decimal(10).pow(49);

    it('an open lower end rounded up: truncate, 100a = 8·10^49 − 1', () => {
      // 100a / 4 = 2·10^49 − 0.25, rounded to 2·10^49; the plan 2·10^49 still prints "3%".
      const r = inferPlan(`7${'9'.repeat(47)}.99`, '3%', { modes: ['truncate'], maxIntegers: 1 });
      expect(r.integers[0]?.toFixed()).toBe(e49.times(2).toFixed());
    });

    it('a closed upper end rounded up: truncate, 100a = 3·10^49 + 2', () => {
      // 100a / 3 = 10^49 + 0.66…, rounded to 10^49 + 1, which prints "2%": the last plan is 10^49.
      const r = inferPlan(`3${'0'.repeat(47)}.02`, '3%', { modes: ['truncate'], maxIntegers: 1 });
      expect(r.integers[0]?.toFixed()).toBe(e49.times('0.75').plus(1).toFixed());
      expect(r.integerCount?.toFixed()).toBe(e49.times('0.25').toFixed());
    });

    it('a closed lower end rounded down: ceil, 100a = 3·10^49 + 1', () => {
      // 100a / 3 = 10^49 + 0.33…, rounded to 10^49, which prints "4%": the first plan is 10^49 + 1.
      const r = inferPlan(`3${'0'.repeat(47)}.01`, '3%', { modes: ['ceil'], maxIntegers: 1 });
      expect(r.integers[0]?.toFixed()).toBe(e49.plus(1).toFixed());
      expect(r.integerCount?.toFixed()).toBe(e49.times('0.5').toFixed());
    });

    it('an open upper end rounded down: ceil, 100a = 3·10^49 + 1 at "4%"', () => {
      // 100a / 3 = 10^49 + 0.33…, rounded to 10^49; the plan 10^49 still prints "4%".
      const r = inferPlan(`3${'0'.repeat(47)}.01`, '4%', { modes: ['ceil'], maxIntegers: 1 });
      expect(r.integers[0]?.toFixed()).toBe(e49.times('0.75').plus(1).toFixed());
      expect(r.integerCount?.toFixed()).toBe(e49.times('0.25').toFixed());
    });
  });

  it('pins the messages of a negative percentage and a bad maxIntegers', () => {
    expect(caught(() => inferPlan(1, '-50%')).message).toMatchInlineSnapshot(
      `"[chitieu] Invalid argument at published: expected a published percentage that is not negative; received "-50%""`,
    );
    expect(caught(() => inferPlan(1, '50%', { maxIntegers: -1 })).message).toMatchInlineSnapshot(
      `"[chitieu] Invalid argument at options.maxIntegers: expected a whole number of plans to list, 0 or more; received -1"`,
    );
  });
});
