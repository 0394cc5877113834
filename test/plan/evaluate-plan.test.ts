import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ChitieuError } from '../../src/errors.js';
import { indicators } from '../../src/indicator/catalogue.js';
import { Decimal } from '../../src/numeric/decimal.js';
import { type EvaluatePlanOptions, evaluatePlan } from '../../src/plan/evaluate-plan.js';
import { parsePlan } from '../../src/plan/parse-plan.js';
import type { Plan, PlanItem } from '../../src/plan/plan-schema.js';
import { scorecard } from '../../src/plan/scorecard.js';

function plan(items: readonly Record<string, unknown>[]): Plan {
  return parsePlan({
    id: 'hk-2021',
    title: 'Kết quả thực hiện nhiệm vụ',
    issuer: 'Huyện ủy Hương Khê',
    period: { kind: 'year', year: 2021 },
    items: items.map((item, i) => ({ id: `i${i}`, ...item })),
  });
}

describe('evaluatePlan', () => {
  it('169 admissions against a plan of more than 150 are exceeded, 112,6…% of plan, +121 on 2020', () => {
    const result = evaluatePlan(
      plan([
        { indicator: 'party-admissions', target: 'trên 150 đảng viên', actual: 169, baseline: 48 },
      ]),
    );
    const [item] = result.items;
    expect(item?.status).toBe('exceeded');
    expect(item?.pendingReason).toBeNull();
    expect(item?.attainment?.percentOfPlan?.toFixed(4)).toBe('112.6667');
    expect(item?.attainment?.gap.toString()).toBe('19');
    expect(item?.change?.absolute.toString()).toBe('121');
    expect(item?.change?.unit).toBe('units');
  });

  it('evaluates each item with its indicator direction and measure (a poverty rate falls in points)', () => {
    const result = evaluatePlan(
      plan([
        { indicator: 'poverty-rate', target: 'giảm 1–1,5%', actual: '3.96', baseline: '4.98' },
      ]),
    );
    const [item] = result.items;
    expect(item?.status).toBe('met');
    expect(item?.attainment?.direction).toBe('lower-is-better');
    expect(item?.attainment?.compared.toString()).toBe('1.02');
    expect(item?.change?.unit).toBe('points');
    expect(item?.change?.absolute.toString()).toBe('-1.02');
  });

  it('gives the same attainment as evaluate for each item', async () => {
    const { evaluate } = await import('../../src/attainment/evaluate.js');
    const p = plan([
      { indicator: 'budget-revenue', target: 'đạt 72 tỷ đồng', actual: 65 },
      { indicator: 'poverty-rate', target: 'dưới 4%', actual: '3.96' },
      { indicator: 'income-per-capita', target: 'trên 51,5 triệu đồng', actual: '49.22' },
    ]);
    const result = evaluatePlan(p);
    p.items.forEach((item, i) => {
      const expected = evaluate(item.actual ?? 0, item.target ?? { kind: 'exact', value: 0 }, {
        direction: item.indicator.direction,
        measure: item.indicator.measure,
      });
      expect(result.items[i]?.attainment).toEqual(expected);
    });
  });

  it('counts items without a figure as pending, not as failed', () => {
    const result = evaluatePlan(
      plan([
        { indicator: 'budget-revenue', target: 'đạt 72 tỷ đồng', actual: 72 },
        { indicator: 'party-admissions', target: 'trên 150 đảng viên' },
      ]),
    );
    expect(result.items.map((r) => [r.status, r.pendingReason])).toEqual([
      ['met', null],
      ['pending', 'no-actual'],
    ]);
    expect(result.scorecard).toEqual({
      total: 2,
      exceeded: 0,
      met: 1,
      notMet: 0,
      pending: 1,
      attained: 1,
    });
  });

  it('describes figures without a target but leaves them out of the scorecard', () => {
    const result = evaluatePlan(
      plan([
        { indicator: 'poverty-rate', actual: '3.96', baseline: '4.98' },
        { indicator: 'budget-revenue', reportedStatus: 'attained' },
        { indicator: 'party-admissions', target: 'trên 150', actual: 140 },
      ]),
    );
    expect(result.items.map((r) => r.pendingReason)).toEqual(['no-target', 'no-target', null]);
    expect(result.items[0]?.change?.absolute.toString()).toBe('-1.02');
    expect(result.scorecard.total).toBe(1);
    expect(result.scorecard.notMet).toBe(1);
  });

  it('leaves a change target without a baseline pending, with the reason', () => {
    const result = evaluatePlan(
      plan([{ indicator: 'ntm-communes', target: 'có thêm 2 xã', actual: 10 }]),
    );
    expect(result.items[0]).toMatchObject({
      status: 'pending',
      pendingReason: 'no-baseline',
      attainment: null,
    });
  });

  it('tallies by group, falling back to the indicator group', () => {
    const result = evaluatePlan(
      plan([
        { indicator: 'party-admissions', target: 'trên 150', actual: 169 },
        { indicator: 'budget-revenue', target: 'đạt 72 tỷ đồng', actual: 60, group: 'defence' },
        { indicator: 'income-per-capita', target: 'trên 51,5 triệu đồng' },
      ]),
    );
    expect(Object.keys(result.byGroup)).toEqual(['economy', 'party-building', 'defence']);
    expect(result.byGroup['party-building']?.exceeded).toBe(1);
    expect(result.byGroup.defence?.notMet).toBe(1);
    expect(result.byGroup.economy?.pending).toBe(1);
  });

  it('applies strictness to the whole plan, and an item setting over it', () => {
    const p = plan([
      { indicator: 'party-admissions', target: 'trên 150', actual: 150 },
      {
        indicator: 'party-admissions',
        target: 'trên 150',
        actual: 150,
        evaluation: { strictness: 'lenient' },
      },
    ]);
    expect(evaluatePlan(p).items.map((r) => r.status)).toEqual(['met', 'met']);
    expect(evaluatePlan(p, { strictness: 'literal' }).items.map((r) => r.status)).toEqual([
      'not-met',
      'met',
    ]);
  });

  it('uses the growth index for a growth rate when the item says so: 12,1% against "trên 13%" is 99,2%', () => {
    const result = evaluatePlan(
      plan([
        {
          indicator: 'production-value-growth',
          target: 'trên 13%',
          actual: '12.1',
          evaluation: { ratioBasis: 'growth-index' },
        },
      ]),
    );
    expect(result.items[0]?.attainment?.percentOfPlan?.toFixed(2)).toBe('99.20');
    expect(result.items[0]?.status).toBe('not-met');
  });

  it('obeys the scorecard laws and agrees with scorecard() over the assessed items', () => {
    const itemArb = fc.record({
      actual: fc.option(fc.integer({ min: 0, max: 400 }), { nil: undefined }),
      target: fc.option(fc.constantFrom('trên 150', 'từ 90 đến 100', 'đạt 120', 'khoảng 200'), {
        nil: undefined,
      }),
    });
    fc.assert(
      fc.property(fc.array(itemArb, { maxLength: 12 }), (items) => {
        const result = evaluatePlan(
          plan(
            items.map((i) => ({
              indicator: 'party-admissions',
              ...(i.actual === undefined ? {} : { actual: i.actual }),
              ...(i.target === undefined ? {} : { target: i.target }),
            })),
          ),
        );
        const card = result.scorecard;
        expect(card.attained).toBe(card.met + card.exceeded);
        expect(card.total).toBe(card.exceeded + card.met + card.notMet + card.pending);
        expect(card.total).toBe(items.filter((i) => i.target !== undefined).length);
        expect(card).toEqual(
          scorecard(result.items.filter((r) => r.pendingReason !== 'no-target')),
        );
        expect(result.items).toHaveLength(items.length);
      }),
      { numRuns: 50 },
    );
  });

  describe('edge cases', () => {
    it('an empty plan has an empty scorecard', () => {
      const result = evaluatePlan(plan([]));
      expect(result.items).toEqual([]);
      expect(result.scorecard.total).toBe(0);
      expect(result.byGroup).toEqual({});
    });

    it('carries the plan it evaluated', () => {
      const p = plan([{ indicator: 'party-admissions', target: 'trên 150', actual: 169 }]);
      expect(evaluatePlan(p).plan).toBe(p);
      expect(evaluatePlan(p).items[0]?.item).toBe(p.items[0]);
    });

    it('evaluates a hand-built plan whose figures are chitieu Decimals', () => {
      const p = plan([{ indicator: 'party-admissions', target: 'trên 150' }]);
      const handBuilt = {
        ...p,
        items: [{ ...p.items[0], actual: new Decimal(169) } as PlanItem],
      } as Plan;
      expect(evaluatePlan(handBuilt).items[0]?.status).toBe('exceeded');
    });

    it('refuses a hand-built plan whose figures are plain numbers: parsePlan makes them Decimals', () => {
      const p = plan([{ indicator: 'party-admissions', target: 'trên 150' }]);
      const handBuilt = {
        ...p,
        items: [{ ...p.items[0], actual: 169 } as unknown as PlanItem],
      } as Plan;
      expect(() => evaluatePlan(handBuilt)).toThrowErrorMatchingInlineSnapshot(
        `[ChitieuError: [chitieu] Invalid plan (kế hoạch) at items[0].actual: expected a Decimal, as parsePlan returns it (read plans from JSON with parsePlan first); received 169]`,
      );
      expect(evaluatePlan(parsePlan(handBuilt)).items[0]?.status).toBe('exceeded');
    });

    it('throws with the item path for a hand-built item whose target contradicts its indicator', () => {
      const p = plan([{ indicator: 'party-admissions', target: 'trên 150', actual: 169 }]);
      const bad = {
        ...p,
        items: [p.items[0], { ...p.items[0], id: 'x', indicator: indicators.povertyRate }],
      } as Plan;
      try {
        evaluatePlan(bad);
        expect.unreachable();
      } catch (error) {
        expect((error as ChitieuError).code).toBe('invalid-plan');
        expect((error as ChitieuError).path).toEqual(['items', 1, 'target']);
      }
    });

    it('throws invalid-plan with the item path for a figure that is not a number', () => {
      const p = plan([{ indicator: 'party-admissions', target: 'trên 150' }]);
      const bad = { ...p, items: [{ ...p.items[0], actual: 'nhiều' }] } as unknown as Plan;
      expect(() => evaluatePlan(bad)).toThrowErrorMatchingInlineSnapshot(
        `[ChitieuError: [chitieu] Invalid plan (kế hoạch) at items[0].actual: expected a Decimal, as parsePlan returns it (read plans from JSON with parsePlan first); received "nhiều"]`,
      );
    });

    it('refuses a plan that went through JSON (Decimals as strings), at the first string, and takes it once parsePlan has read it', () => {
      const p = plan([
        { indicator: 'party-admissions', target: 'trên 150', actual: 169, baseline: 48 },
        { indicator: 'poverty-rate', target: 'giảm 1–1,5%', actual: '3.96', baseline: '4.98' },
      ]);
      const json = JSON.parse(JSON.stringify(p)) as Plan;
      try {
        evaluatePlan(json);
        expect.unreachable();
      } catch (error) {
        expect(error).toBeInstanceOf(ChitieuError);
        expect((error as ChitieuError).code).toBe('invalid-plan');
        expect((error as ChitieuError).path).toEqual(['items', 0, 'target', 'value']);
        expect((error as ChitieuError).message).toContain('with parsePlan first');
      }
      expect(JSON.stringify(evaluatePlan(parsePlan(json)))).toBe(JSON.stringify(evaluatePlan(p)));
    });

    it('refuses the raw plan document, pointing at the first field parsePlan would have read', () => {
      const doc = {
        id: 'p',
        title: 'Kế hoạch',
        issuer: 'UBND huyện',
        period: { kind: 'year', year: 2021 },
        items: [{ id: 'a', indicator: 'party-admissions', target: 'trên 150', actual: 169 }],
      };
      expect(() => evaluatePlan(doc as unknown as Plan)).toThrowErrorMatchingInlineSnapshot(
        `[ChitieuError: [chitieu] Invalid plan (kế hoạch) at items[0].indicator: expected an indicator object, as parsePlan returns it (read plans from JSON with parsePlan first); received "party-admissions"]`,
      );
      const withIndicator = {
        ...doc,
        items: [{ ...doc.items[0], indicator: indicators.partyAdmissions }],
      };
      try {
        evaluatePlan(withIndicator as unknown as Plan);
        expect.unreachable();
      } catch (error) {
        expect((error as ChitieuError).code).toBe('invalid-plan');
        expect((error as ChitieuError).path).toEqual(['items', 0, 'target']);
      }
    });

    it("refuses every kind of item not in parsePlan's form, with its path", () => {
      const [item] = plan([
        { indicator: 'party-admissions', target: 'trên 150', actual: 169, baseline: 48 },
      ]).items;
      const cases: readonly (readonly [Record<string, unknown>, readonly (string | number)[]])[] = [
        [
          { indicator: { ...indicators.partyAdmissions, direction: 'up' } },
          ['indicator', 'direction'],
        ],
        [{ indicator: { ...indicators.partyAdmissions, measure: 'x' } }, ['indicator', 'measure']],
        [
          { indicator: { ...indicators.partyAdmissions, group: 'culture' } },
          ['indicator', 'group'],
        ],
        [{ group: '__proto__' }, ['group']],
        [{ label: '' }, ['label']],
        [
          { target: { kind: 'range', min: new Decimal(2), max: new Decimal(1) } },
          ['target', 'max'],
        ],
        [{ target: { kind: 'at-least', value: new Decimal(150) } }, ['target', 'strict']],
        [{ target: { kind: 'maybe' } }, ['target', 'kind']],
        [{ baseline: new Decimal(Number.NaN) }, ['baseline']],
        [{ baseline: new Decimal('-0') }, ['baseline']],
        [{ reportedStatus: 'great' }, ['reportedStatus']],
        [{ evaluation: { strictness: 'strict' } }, ['evaluation', 'strictness']],
        [{ evaluation: { tolerance: new Decimal(-1) } }, ['evaluation', 'tolerance']],
      ];
      for (const [fields, path] of cases) {
        const bad = { ...plan([]), items: [item, { ...item, id: 'x', ...fields }] } as Plan;
        try {
          evaluatePlan(bad);
          expect.unreachable(JSON.stringify(fields));
        } catch (error) {
          expect((error as ChitieuError).code).toBe('invalid-plan');
          expect((error as ChitieuError).path).toEqual(['items', 1, ...path]);
        }
      }
    });

    it('rejects bad options and a value that is not a plan', () => {
      const p = plan([]);
      expect(() =>
        evaluatePlan(p, { strictness: 'strict' } as unknown as EvaluatePlanOptions),
      ).toThrowErrorMatchingInlineSnapshot(
        `[ChitieuError: [chitieu] Invalid argument at options.strictness: expected one of 'lenient', 'literal'; received "strict"]`,
      );
      for (const options of [null, 'literal', [], 1]) {
        expect(() => evaluatePlan(p, options as unknown as EvaluatePlanOptions)).toThrow(
          expect.objectContaining({ code: 'invalid-argument', path: ['options'] }),
        );
      }
      for (const notAPlan of [null, undefined, 'plan', 42, []]) {
        expect(() => evaluatePlan(notAPlan as unknown as Plan)).toThrow(
          expect.objectContaining({ code: 'invalid-argument', path: ['plan'] }),
        );
      }
      expect(() => evaluatePlan({} as Plan)).toThrow(
        expect.objectContaining({ code: 'invalid-plan', path: ['items'] }),
      );
      expect(() => evaluatePlan({ items: [null] } as unknown as Plan)).toThrow(
        expect.objectContaining({ code: 'invalid-plan', path: ['items', 0] }),
      );
    });
  });

  describe('an item with evaluation settings of its own', () => {
    it('keeps the defaults for what it leaves out: ratio on the value, tolerance, the baseline', () => {
      const result = evaluatePlan(
        plan([
          {
            indicator: 'total-social-investment',
            target: 'khoảng 3.200 tỷ đồng',
            actual: 3100,
            evaluation: { strictness: 'literal' },
          },
          {
            indicator: 'budget-revenue',
            target: 'tăng 10% so với năm trước',
            actual: 115,
            baseline: 100,
            evaluation: { strictness: 'literal' },
          },
        ]),
      );
      const [near, growth] = result.items;
      expect(near?.status).toBe('met');
      expect(near?.attainment?.ratioBasis).toBe('value');
      expect(near?.attainment?.tolerance?.toString()).toBe('0.05');
      expect(growth?.status).toBe('exceeded');
      expect(growth?.attainment?.baseline?.toString()).toBe('100');
      expect(growth?.attainment?.percentOfPlan?.toString()).toBe('150');
    });

    it('uses a tolerance it gives', () => {
      const [item] = evaluatePlan(
        plan([
          {
            indicator: 'total-social-investment',
            target: 'khoảng 3.200 tỷ đồng',
            actual: 3100,
            evaluation: { tolerance: '0.01' },
          },
        ]),
      ).items;
      expect(item?.status).toBe('not-met');
      expect(item?.attainment?.tolerance?.toString()).toBe('0.01');
    });
  });

  describe('the errors for a plan not in the form parsePlan gives', () => {
    const [admissions] = plan([
      { indicator: 'party-admissions', target: 'trên 150', actual: 169 },
    ]).items;
    function withItem(fields: Record<string, unknown>): Plan {
      return { ...plan([]), items: [{ ...admissions, ...fields }] } as Plan;
    }

    it('a bound against the indicator direction, plain or as the size of a change', () => {
      expect(() =>
        evaluatePlan(withItem({ indicator: indicators.povertyRate })),
      ).toThrowErrorMatchingInlineSnapshot(
        `[ChitieuError: [chitieu] Invalid plan (kế hoạch) at items[0].target: expected a target in the indicator's direction (lower-is-better); received "at-least"]`,
      );
      expect(() =>
        evaluatePlan(
          withItem({ target: { kind: 'at-most', value: new Decimal(150), strict: true } }),
        ),
      ).toThrowErrorMatchingInlineSnapshot(
        `[ChitieuError: [chitieu] Invalid plan (kế hoạch) at items[0].target: expected a target in the indicator's direction (higher-is-better); received "at-most"]`,
      );
      expect(() =>
        evaluatePlan(
          withItem({
            indicator: indicators.povertyRate,
            baseline: new Decimal(5),
            target: {
              kind: 'change',
              direction: 'increase',
              by: { kind: 'at-least', value: new Decimal(1), strict: true },
              basis: 'points',
            },
          }),
        ),
      ).toThrowErrorMatchingInlineSnapshot(
        `[ChitieuError: [chitieu] Invalid plan (kế hoạch) at items[0].target: expected a target in the indicator's direction (lower-is-better); received "at-least"]`,
      );
    });

    it('a change in percentage points on a count', () => {
      expect(() =>
        evaluatePlan(
          withItem({
            baseline: new Decimal(48),
            target: {
              kind: 'change',
              direction: 'increase',
              by: { kind: 'exact', value: new Decimal(2) },
              basis: 'points',
            },
          }),
        ),
      ).toThrowErrorMatchingInlineSnapshot(
        `[ChitieuError: [chitieu] Invalid plan (kế hoạch) at items[0].target: expected a change in percentage points on a 'rate' indicator; received "count"]`,
      );
    });

    it('reads a basis only on a change: a hand-built level target with a stray `basis` is evaluated', () => {
      const result = evaluatePlan(
        withItem({
          target: { kind: 'at-least', value: new Decimal(150), strict: true, basis: 'points' },
        }),
      );
      expect(result.items[0]?.status).toBe('exceeded');
      expect(result.items[0]?.attainment?.gap.toString()).toBe('19');
    });

    it('options, a plan and items of the wrong type', () => {
      expect(() =>
        evaluatePlan(plan([]), null as unknown as EvaluatePlanOptions),
      ).toThrowErrorMatchingInlineSnapshot(
        `[ChitieuError: [chitieu] Invalid argument at options: expected an options object or nothing; received null]`,
      );
      expect(() => evaluatePlan(null as unknown as Plan)).toThrowErrorMatchingInlineSnapshot(
        `[ChitieuError: [chitieu] Invalid argument at plan: expected a plan as parsePlan returns it (read plans from JSON with parsePlan first); received null]`,
      );
      expect(() => evaluatePlan({} as Plan)).toThrowErrorMatchingInlineSnapshot(
        `[ChitieuError: [chitieu] Invalid plan (kế hoạch) at items: expected a list of items, as parsePlan returns it (read plans from JSON with parsePlan first); received undefined]`,
      );
    });

    it('takes a range or an approximate target on a lower-is-better indicator', () => {
      const p = plan([
        { indicator: 'poverty-rate', target: 'từ 3 đến 4%', actual: '3.5' },
        { indicator: 'poverty-rate', target: 'khoảng 4%', actual: '4.1' },
      ]);
      expect(evaluatePlan(p).items.map((r) => r.status)).toEqual(['met', 'met']);
    });

    it('accepts both strictness settings by name', () => {
      const p = plan([{ indicator: 'party-admissions', target: 'trên 150', actual: 150 }]);
      expect(evaluatePlan(p, { strictness: 'lenient' }).items[0]?.status).toBe('met');
      expect(evaluatePlan(p, { strictness: 'literal' }).items[0]?.status).toBe('not-met');
    });
  });

  it('does not mutate its input', () => {
    const json = JSON.parse(
      JSON.stringify({
        id: 'p',
        title: 't',
        issuer: 'i',
        period: { kind: 'year', year: 2021 },
        items: [
          { id: 'a', indicator: 'party-admissions', target: 'trên 150', actual: 169, baseline: 48 },
        ],
      }),
    );
    const p = parsePlan(json);
    const before = JSON.stringify(p);
    evaluatePlan(p);
    expect(JSON.stringify(p)).toBe(before);
    expect(p.items[0]?.actual?.eq(new Decimal(169))).toBe(true);
  });
});
