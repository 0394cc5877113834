import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indicators } from '../../src/indicator/catalogue.js';
import { Decimal } from '../../src/numeric/decimal.js';
import { toDecimal } from '../../src/numeric/to-decimal.js';
import { parsePlan } from '../../src/plan/parse-plan.js';
import {
  fieldProblem,
  isPlanDecimal,
  isPlanTarget,
  planItemProblem,
  targetProblem,
} from '../../src/plan/plan-item-problem.js';
import type { PlanItem } from '../../src/plan/plan-schema.js';
import { toTarget } from '../../src/targets/to-target.js';

const targets = [
  'trên 150',
  'từ 90 đến 100',
  'đạt 120',
  'khoảng 200',
  'không quá 5%',
  'giảm 1–1,5%',
  'tăng 10% so với năm trước',
] as const;

function item(fields: Record<string, unknown>): PlanItem {
  const indicator = fields.indicator ?? 'party-admissions';
  const [parsed] = parsePlan({
    id: 'p',
    title: 'Kế hoạch',
    issuer: 'UBND huyện',
    period: { kind: 'year', year: 2021 },
    items: [{ id: 'a', ...fields, indicator }],
  }).items;
  if (parsed === undefined) throw new Error('no item');
  return parsed;
}

describe('isPlanDecimal', () => {
  it('holds for the Decimal toDecimal makes of any finite number', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        expect(isPlanDecimal(toDecimal(x))).toBe(true);
      }),
    );
  });

  it('does not hold for the number or string a Decimal comes from, nor for NaN, ∞ or −0', () => {
    for (const x of [
      169,
      '169',
      null,
      undefined,
      { toStringTag: '[object Decimal]', d: [1], e: 0, s: 1 },
      new Decimal(Number.NaN),
      new Decimal(Number.POSITIVE_INFINITY),
      new Decimal('-0'),
      new Decimal('1e99999'),
      new (Decimal.clone())(5),
    ]) {
      expect(isPlanDecimal(x)).toBe(false);
    }
  });
});

describe('isPlanTarget', () => {
  const figure = fc.oneof(
    fc.integer({ min: -5, max: 5 }).map((n) => new Decimal(n)),
    fc.constantFrom<unknown>(3, '3', new Decimal(Number.NaN), new Decimal('-0'), null, undefined),
  );
  const level = fc.record(
    {
      kind: fc.constantFrom('at-least', 'at-most', 'exact', 'approximately', 'range', 'maybe'),
      value: figure,
      min: figure,
      max: figure,
      strict: fc.constantFrom<unknown>(true, false, 'yes'),
    },
    { requiredKeys: ['kind'] },
  );
  const target = fc.oneof(
    level,
    fc.record({
      kind: fc.constant('change'),
      direction: fc.constantFrom('increase', 'decrease', 'up'),
      basis: fc.constantFrom('absolute', 'points', 'percent', 'x'),
      by: fc.oneof(level, fc.constant(null)),
    }),
  );

  it('holds exactly for the targets toTarget gives back as they are (all figures Decimals)', () => {
    let held = 0;
    fc.assert(
      fc.property(target, (t) => {
        let same: boolean;
        try {
          same = toTarget(t as never) === t;
        } catch {
          same = false;
        }
        expect(isPlanTarget(t)).toBe(same);
        expect(targetProblem(t, []) === null).toBe(same);
        if (same) held++;
      }),
      { numRuns: 2000 },
    );
    expect(held).toBeGreaterThan(10);
  });
});

describe('planItemProblem', () => {
  it('finds nothing wrong with any item parsePlan returns', () => {
    let checked = 0;
    fc.assert(
      fc.property(
        fc.record({
          indicator: fc.constantFrom('party-admissions', 'budget-revenue', 'poverty-rate'),
          actual: fc.option(fc.integer({ min: 0, max: 400 }), { nil: undefined }),
          baseline: fc.option(fc.integer({ min: 1, max: 400 }), { nil: undefined }),
          target: fc.option(fc.constantFrom(...targets), { nil: undefined }),
          label: fc.option(fc.constant('kết nạp đảng viên mới'), { nil: undefined }),
        }),
        (fields) => {
          const defined = Object.fromEntries(
            Object.entries(fields).filter(([, v]) => v !== undefined),
          );
          let parsed: PlanItem;
          try {
            parsed = item(defined);
          } catch {
            return; // a target the indicator cannot take: not an item
          }
          expect(planItemProblem(parsed)).toBeNull();
          checked++;
        },
      ),
    );
    expect(checked).toBeGreaterThan(50);
  });

  it('finds the first figure that is not a Decimal in an item loaded back from JSON', () => {
    const parsed = item({ target: 'trên 150', actual: 169, baseline: 48 });
    expect(planItemProblem(JSON.parse(JSON.stringify(parsed)))).toEqual({
      path: ['target', 'value'],
      expected: 'a Decimal',
      received: '150',
    });
    const { target: _, ...noTarget } = parsed;
    expect(planItemProblem(JSON.parse(JSON.stringify(noTarget)))?.path).toEqual(['actual']);
  });

  describe('edge cases', () => {
    it('reports each field evaluation and the report read, with its path', () => {
      const base = item({ target: 'trên 150', actual: 169 });
      const cases: readonly (readonly [Record<string, unknown>, readonly (string | number)[]])[] = [
        [{ id: 5 }, ['id']],
        [{ indicator: null }, ['indicator']],
        [{ indicator: { ...indicators.partyAdmissions, name: '' } }, ['indicator', 'name']],
        [{ indicator: { ...indicators.partyAdmissions, unit: 5 } }, ['indicator', 'unit']],
        [{ label: 5 }, ['label']],
        [{ group: 'culture' }, ['group']],
        [{ target: 'trên 150' }, ['target']],
        [{ target: { kind: 'change', direction: 'up' } }, ['target', 'direction']],
        [
          { target: { kind: 'change', direction: 'increase', basis: 'points', by: null } },
          ['target', 'by'],
        ],
        [{ targetText: 5 }, ['targetText']],
        [{ baselineLabel: '' }, ['baselineLabel']],
        [{ reportedStatus: 'done' }, ['reportedStatus']],
        [{ evaluation: 'lenient' }, ['evaluation']],
        [{ evaluation: { ratioBasis: 'x' } }, ['evaluation', 'ratioBasis']],
      ];
      for (const [fields, path] of cases) {
        expect(planItemProblem({ ...base, ...fields })?.path).toEqual(path);
      }
      expect(planItemProblem(null)).toEqual({
        path: [],
        expected: 'a plan item object',
        received: null,
      });
      expect(planItemProblem([base])?.path).toEqual([]);
    });

    it('accepts a null unit and a range whose ends are equal', () => {
      const base = item({ target: 'trên 150', actual: 169 });
      const range = { kind: 'range', min: new Decimal(5), max: new Decimal(5) };
      expect(planItemProblem({ ...base, target: range })).toBeNull();
      expect(
        planItemProblem({ ...base, indicator: { ...indicators.partyAdmissions, unit: null } }),
      ).toBeNull();
      expect(targetProblem(range, ['x'])).toBeNull();
      expect(targetProblem({ ...range, min: new Decimal(6) }, ['x'])?.path).toEqual(['x', 'max']);
    });
  });

  describe('the problem it reports: path, expectation and the value found', () => {
    it('accepts exponents up to ±1000 and no further', () => {
      expect(isPlanDecimal(new Decimal('1e1000'))).toBe(true);
      expect(isPlanDecimal(new Decimal('1e1001'))).toBe(false);
      expect(isPlanDecimal(new Decimal('1e-1000'))).toBe(true);
      expect(isPlanDecimal(new Decimal('1e-1001'))).toBe(false);
    });

    it('checks a tolerance: a Decimal that is not negative', () => {
      const base = item({ target: 'khoảng 200', actual: 190 });
      expect(
        planItemProblem({ ...base, evaluation: { tolerance: new Decimal('0.1') } }),
      ).toBeNull();
      expect(planItemProblem({ ...base, evaluation: { tolerance: new Decimal(0) } })).toBeNull();
      expect(planItemProblem({ ...base, evaluation: { tolerance: new Decimal('-0.1') } })).toEqual({
        path: ['evaluation', 'tolerance'],
        expected: 'a Decimal that is not negative',
        received: new Decimal('-0.1'),
      });
    });

    it('names the figure of a readable target that is not a Decimal, inside a change too', () => {
      expect(targetProblem({ kind: 'exact', value: 5 }, ['target'])).toEqual({
        path: ['target', 'value'],
        expected: 'a Decimal',
        received: 5,
      });
      expect(targetProblem({ kind: 'range', min: new Decimal(1), max: '5' }, ['target'])).toEqual({
        path: ['target', 'max'],
        expected: 'a Decimal',
        received: '5',
      });
      // a stray value on a range is stripped by the schema: the bad figure is max
      expect(
        targetProblem({ kind: 'range', value: 3, min: new Decimal(1), max: '5' }, ['target']),
      ).toEqual({ path: ['target', 'max'], expected: 'a Decimal', received: '5' });
      expect(targetProblem({ kind: 'range', min: 1, max: new Decimal(5) }, ['target'])).toEqual({
        path: ['target', 'min'],
        expected: 'a Decimal',
        received: 1,
      });
      expect(
        targetProblem(
          {
            kind: 'change',
            direction: 'increase',
            by: { kind: 'exact', value: 2 },
            basis: 'absolute',
          },
          ['target'],
        ),
      ).toEqual({ path: ['target', 'by', 'value'], expected: 'a Decimal', received: 2 });
    });

    it('gives what toTarget expected of an unreadable target, and the value at its path', () => {
      expect(
        targetProblem({ kind: 'exact', value: 'nhiều' }, ['items', 0, 'target']),
      ).toMatchInlineSnapshot(`
          {
            "expected": "a finite number, a numeric string in JavaScript notation or a Decimal",
            "path": [
              "items",
              0,
              "target",
              "value",
            ],
            "received": "nhiều",
          }
        `);
      expect(
        targetProblem(
          {
            kind: 'change',
            direction: 'increase',
            by: { kind: 'exact', value: 'x' },
            basis: 'absolute',
          },
          ['target'],
        ),
      ).toMatchInlineSnapshot(`
        {
          "expected": "a finite number, a numeric string in JavaScript notation or a Decimal",
          "path": [
            "target",
            "by",
            "value",
          ],
          "received": "x",
        }
      `);
    });
  });

  it('lets through an error that is not a ChitieuError, thrown while reading a figure', () => {
    const boom = new RangeError('boom');
    // Decimal-like (it carries the tag and the methods toDecimal asks for), but it throws.
    const figure = {
      toStringTag: '[object Decimal]',
      isFinite: () => {
        throw boom;
      },
      isZero: () => false,
      toString: () => '5',
    };
    expect(() => targetProblem({ kind: 'exact', value: figure }, ['target'])).toThrow(boom);
  });

  it('gives an empty expectation for a field rule that states none', () => {
    const isText = (x: unknown) => typeof x === 'string';
    expect(fieldProblem({ id: 5 }, [['id', isText]], ['plan'])).toEqual({
      path: ['plan', 'id'],
      expected: '',
      received: 5,
    });
    expect(fieldProblem({ id: 'a' }, [['id', isText]])).toBeNull();
  });

  it('does not mutate its input', () => {
    const parsed = item({ target: 'trên 150', actual: 169, baseline: 48 });
    const before = JSON.stringify(parsed);
    planItemProblem(parsed);
    expect(JSON.stringify(parsed)).toBe(before);
  });
});
