import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { change } from '../../src/attainment/change.js';
import { evaluate } from '../../src/attainment/evaluate.js';
import { parseAttainment } from '../../src/attainment/parse-attainment.js';
import { parseChange } from '../../src/attainment/parse-change.js';
import { ChitieuError } from '../../src/errors.js';
import { Decimal } from '../../src/numeric/decimal.js';
import { evaluatePlan } from '../../src/plan/evaluate-plan.js';
import { parsePlan } from '../../src/plan/parse-plan.js';
import { parsePlanItemResult, parsePlanResult } from '../../src/plan/parse-plan-result.js';
import type { PlanResult } from '../../src/plan/plan-result-schema.js';
import {
  isGenuineAttainment,
  isGenuineChange,
  isGenuineItemResult,
  isGenuinePlanResult,
  readAttainment,
  readChange,
  readItemResult,
  readPlanResult,
} from '../../src/report/read-results.js';
import { parseTarget } from '../../src/targets/parse-target.js';

const targets = ['trên 150', 'từ 90 đến 100', 'đạt 120', 'khoảng 200'] as const;

function planResult(
  items: readonly Record<string, unknown>[],
  published?: Record<string, unknown>,
): PlanResult {
  return evaluatePlan(
    parsePlan({
      id: 'hk-2021',
      title: 'Kết quả thực hiện nhiệm vụ',
      issuer: 'Huyện ủy Hương Khê',
      period: { kind: 'year', year: 2021 },
      items: items.map((item, i) => ({ id: `i${i}`, indicator: 'party-admissions', ...item })),
      ...(published === undefined ? {} : { published }),
    }),
  );
}

const itemArb = fc.record({
  actual: fc.option(fc.integer({ min: 0, max: 400 }), { nil: undefined }),
  baseline: fc.option(fc.integer({ min: 0, max: 400 }), { nil: undefined }),
  target: fc.option(fc.constantFrom(...targets), { nil: undefined }),
});

function defined(fields: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
}

describe('readPlanResult', () => {
  it('takes every result evaluatePlan returns as it is (the fast path)', () => {
    fc.assert(
      fc.property(fc.array(itemArb, { maxLength: 8 }), (items) => {
        const result = planResult(items.map(defined));
        expect(isGenuinePlanResult(result)).toBe(true);
        expect(readPlanResult(result, ['result'])).toBe(result);
      }),
      { numRuns: 50 },
    );
  });

  it('refuses a result loaded back from JSON, which parsePlanResult reads into one equal to the original', () => {
    fc.assert(
      fc.property(fc.array(itemArb, { maxLength: 6 }), (items) => {
        const result = planResult(items.map(defined), { total: 39, attained: 32 });
        const back = JSON.parse(JSON.stringify(result)) as unknown;
        if (!isGenuinePlanResult(back)) {
          expect(() => readPlanResult(back, ['result'])).toThrow(
            expect.objectContaining({ code: 'invalid-argument', path: ['result'] }),
          );
        }
        const read = readPlanResult(parsePlanResult(back), ['result']);
        expect(isGenuinePlanResult(read)).toBe(true);
        expect(JSON.stringify(read)).toBe(JSON.stringify(result));
      }),
      { numRuns: 30 },
    );
  });

  describe('edge cases', () => {
    it('reports a malformed result at its bad field, under the path given', () => {
      try {
        parsePlanResult({ plan: {}, items: [] });
        expect.unreachable();
      } catch (error) {
        expect(error).toBeInstanceOf(ChitieuError);
        expect((error as ChitieuError).code).toBe('invalid-argument');
        expect((error as ChitieuError).path).toEqual(['plan', 'id']);
      }
    });

    it('leaves the scorecards, plain counts, to describeScorecard', () => {
      const result = planResult([{ target: 'trên 150', actual: 169 }]);
      const bad = { ...result, scorecard: { ...result.scorecard, attained: 5 } };
      expect(isGenuinePlanResult(bad)).toBe(true);
      expect(isGenuinePlanResult({ ...result, scorecard: null })).toBe(false);
      const published = { total: 3, attained: 4 };
      expect(isGenuinePlanResult({ ...result, plan: { ...result.plan, published } })).toBe(true);
      expect(isGenuinePlanResult({ ...result, plan: { ...result.plan, published: 5 } })).toBe(
        false,
      );
    });

    it('does not take a plan whose heading fields are missing or blank', () => {
      const result = planResult([]);
      for (const plan of [
        { ...result.plan, title: ' ' },
        { ...result.plan, issuer: 5 },
        { ...result.plan, period: { kind: 'year', year: 1.5 } },
        { ...result.plan, items: 'x' },
      ]) {
        expect(isGenuinePlanResult({ ...result, plan })).toBe(false);
      }
    });
  });
});

describe('readItemResult', () => {
  it('takes a genuine item result as it is; one loaded back from JSON is read by parsePlanItemResult', () => {
    const [item] = planResult([{ target: 'trên 150', actual: 169, baseline: 48 }]).items;
    expect(isGenuineItemResult(item)).toBe(true);
    expect(readItemResult(item, ['item'])).toBe(item);
    const back = JSON.parse(JSON.stringify(item)) as unknown;
    expect(isGenuineItemResult(back)).toBe(false);
    expect(() => readItemResult(back, ['item'])).toThrow(
      expect.objectContaining({ code: 'invalid-argument', path: ['item'] }),
    );
    const read = readItemResult(parsePlanItemResult(back), ['item']);
    expect(JSON.stringify(read)).toBe(JSON.stringify(item));
  });

  it('refuses a malformed item result at the path given; parsePlanItemResult names the field', () => {
    const [item] = planResult([{ target: 'trên 150', actual: 169 }]).items;
    for (const [bad, path] of [
      [{ ...item, status: 'great' }, ['status']],
      [{ ...item, pendingReason: 'later' }, ['pendingReason']],
      [{ ...item, attainment: 'x' }, ['attainment']],
      [{ item: {} }, ['item', 'id']],
    ] as const) {
      expect(isGenuineItemResult(bad)).toBe(false);
      expect(() => readItemResult(bad, ['item'])).toThrow(
        expect.objectContaining({ code: 'invalid-argument', path: ['item'] }),
      );
      expect(() => parsePlanItemResult(bad)).toThrow(
        expect.objectContaining({ code: 'invalid-argument', path }),
      );
    }
  });
});

describe('readAttainment and readChange', () => {
  const attainment = evaluate(169, parseTarget('trên 150 đảng viên').target);

  it('take genuine results as they are and read ones loaded back from JSON', () => {
    const c = change('3.96', '4.98', { measure: 'rate' });
    expect(isGenuineAttainment(attainment)).toBe(true);
    expect(isGenuineChange(c)).toBe(true);
    expect(readAttainment(attainment, ['a'])).toBe(attainment);
    expect(readChange(c, ['c'])).toBe(c);
    const storedAttainment = JSON.parse(JSON.stringify(attainment)) as unknown;
    const storedChange = JSON.parse(JSON.stringify(c)) as unknown;
    expect(() => readAttainment(storedAttainment, ['a'])).toThrow(
      expect.objectContaining({ code: 'invalid-argument', path: ['a'] }),
    );
    expect(() => readChange(storedChange, ['c'])).toThrow(
      expect.objectContaining({ code: 'invalid-argument', path: ['c'] }),
    );
    expect(readAttainment(parseAttainment(storedAttainment), ['a'])).toEqual(attainment);
    expect(readChange(parseChange(storedChange), ['c'])).toEqual(c);
  });

  it('refuse a malformed result at the path given; the parsers name the bad field', () => {
    expect(() => readChange({ ...change(1, 2), unit: 'x' }, ['item', 'change'])).toThrow(
      expect.objectContaining({ code: 'invalid-argument', path: ['item', 'change'] }),
    );
    expect(() => parseChange({ ...change(1, 2), unit: 'x' })).toThrow(
      expect.objectContaining({ code: 'invalid-argument', path: ['unit'] }),
    );
    expect(() =>
      readAttainment({ ...attainment, percentOfPlan: Number.NaN }, ['item', 'attainment']),
    ).toThrow(expect.objectContaining({ code: 'invalid-argument', path: ['item', 'attainment'] }));
    expect(() => parseAttainment({ ...attainment, percentOfPlan: Number.NaN })).toThrow(
      expect.objectContaining({ code: 'invalid-argument', path: ['percentOfPlan'] }),
    );
  });

  describe('edge cases', () => {
    it('check only the fields the sentences read; the parser checks the rest when it reads', () => {
      expect(isGenuineAttainment({ ...attainment, gap: 'x' })).toBe(true);
      expect(isGenuineChange({ ...change(1, 2), current: 'x' })).toBe(true);
      expect(() => readAttainment({ ...attainment, gap: 'x', status: 'great' }, ['a'])).toThrow(
        expect.objectContaining({ path: ['a'] }),
      );
      expect(() => parseAttainment({ ...attainment, gap: 'x', status: 'great' })).toThrow(
        expect.objectContaining({ path: ['status'] }),
      );
    });

    it('take the target and actual of the plan item without checking them again, but never a missing one', () => {
      const item = { target: attainment.target, actual: attainment.actual };
      expect(isGenuineAttainment(attainment, item)).toBe(true);
      const { target: _, ...noTarget } = attainment;
      expect(isGenuineAttainment(noTarget, {})).toBe(false);
      const { actual: __, ...noActual } = attainment;
      expect(isGenuineAttainment(noActual, {})).toBe(false);
    });

    it('do not take a Decimal NaN, a number, or a target with string figures as genuine', () => {
      expect(isGenuineChange({ ...change(1, 2), absolute: new Decimal(Number.NaN) })).toBe(false);
      expect(isGenuineChange({ ...change(1, 2), relative: 1 })).toBe(false);
      const stringTarget = {
        ...attainment,
        target: { kind: 'at-least', value: '150', strict: true },
      };
      expect(isGenuineAttainment(stringTarget)).toBe(false);
      expect(isGenuineAttainment(null)).toBe(false);
      expect(isGenuineChange([])).toBe(false);
    });
  });
});

describe('what counts as genuine, field by field', () => {
  const attainment = evaluate(169, parseTarget('trên 150 đảng viên').target);

  it('a change: every direction, a null relative change, every measure or none', () => {
    expect(isGenuineChange(change(5, 5))).toBe(true);
    expect(change(5, 5).direction).toBe('unchanged');
    expect(change(5, 0).relative).toBeNull();
    expect(isGenuineChange(change(5, 0))).toBe(true);
    for (const measure of ['count', 'amount', 'rate'] as const) {
      expect(isGenuineChange(change(5, 4, { measure }))).toBe(true);
    }
    expect(isGenuineChange({ ...change(5, 4), measure: null })).toBe(true);
    expect(isGenuineChange({ ...change(5, 4), measure: 'percent' })).toBe(false);
    expect(isGenuineChange({ ...change(5, 4), measure: '' })).toBe(false);
  });

  it("an attainment on a lower-is-better indicator, and one whose figures are the item's own", () => {
    const lower = evaluate('3.96', parseTarget('dưới 4%').target, {
      direction: 'lower-is-better',
      measure: 'rate',
    });
    expect(lower.direction).toBe('lower-is-better');
    expect(isGenuineAttainment(lower)).toBe(true);
    expect(isGenuineAttainment({ ...attainment, direction: 'up' })).toBe(false);
    const odd = { target: { kind: 'at-least', value: '150', strict: true }, actual: 169 };
    expect(isGenuineAttainment({ ...attainment, ...odd }, odd)).toBe(true);
    expect(isGenuineAttainment({ ...attainment, ...odd }, { ...odd, actual: 170 })).toBe(false);
    expect(isGenuineAttainment({ ...attainment, ...odd })).toBe(false);
  });

  it('an item result: each pending reason; not null, nor a change that is not one', () => {
    const [waiting, noFigure, noPlan] = planResult([
      { indicator: 'ntm-communes', target: 'có thêm 2 xã', actual: 10 },
      { target: 'trên 150' },
      { actual: 169 },
    ]).items;
    expect(waiting?.pendingReason).toBe('no-baseline');
    expect(noFigure?.pendingReason).toBe('no-actual');
    expect(noPlan?.pendingReason).toBe('no-target');
    for (const r of [waiting, noFigure, noPlan]) expect(isGenuineItemResult(r)).toBe(true);
    expect(isGenuineItemResult({ ...waiting, pendingReason: '' })).toBe(false);
    expect(isGenuineItemResult({ ...waiting, change: 'x' })).toBe(false);
    expect(isGenuineItemResult(null)).toBe(false);
    expect(isGenuineItemResult([waiting])).toBe(false);
  });

  it('a plan result: its plan id is a string', () => {
    const result = planResult([{ actual: 169 }]);
    expect(isGenuinePlanResult(result)).toBe(true);
    expect(isGenuinePlanResult({ ...result, plan: { ...result.plan, id: 5 } })).toBe(false);
  });

  it('names what it expected when it reads something else', () => {
    expect(() => readChange(5, ['c'])).toThrowErrorMatchingInlineSnapshot(
      `[ChitieuError: [chitieu] Invalid argument at c: expected a change, as change() returns it (read one loaded back from JSON with parseChange from 'chitieu/schemas' first); received 5]`,
    );
    expect(() => readAttainment(5, ['a'])).toThrowErrorMatchingInlineSnapshot(
      `[ChitieuError: [chitieu] Invalid argument at a: expected an attainment, as evaluate() returns it (read one loaded back from JSON with parseAttainment from 'chitieu/schemas' first); received 5]`,
    );
    expect(() => readItemResult(5, ['r'])).toThrowErrorMatchingInlineSnapshot(
      `[ChitieuError: [chitieu] Invalid argument at r: expected a plan item result, as evaluatePlan() returns it (read one loaded back from JSON with parsePlanItemResult from 'chitieu/schemas' first); received 5]`,
    );
    expect(() => readPlanResult(5, ['p'])).toThrowErrorMatchingInlineSnapshot(
      `[ChitieuError: [chitieu] Invalid argument at p: expected a plan result, as evaluatePlan() returns it (read one loaded back from JSON with parsePlanResult from 'chitieu/schemas' first); received 5]`,
    );
  });
});

it('does not mutate its input', () => {
  const result = planResult([{ target: 'trên 150', actual: 169, baseline: 48 }]);
  const back = JSON.parse(JSON.stringify(result)) as unknown;
  const before = JSON.stringify(back);
  parsePlanResult(back);
  expect(() => readPlanResult(back, ['result'])).toThrow(ChitieuError);
  expect(JSON.stringify(back)).toBe(before);
});
