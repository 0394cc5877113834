/**
 * Bad inputs for plans (kế hoạch): parsePlan, evaluatePlan, scorecard, scorecardByGroup.
 * evaluatePlan takes a plan as parsePlan returns it: raw JSON, a plan loaded back from JSON
 * (Decimals as strings) or a hand-built item with plain numbers is `invalid-plan` at the
 * first field not in parsePlan's form.
 */
import {
  Decimal,
  evaluatePlan,
  indicators,
  type Plan,
  type PlanItem,
  scorecard,
  scorecardByGroup,
} from 'chitieu';
import { parsePlan } from 'chitieu/schemas';
import { expect } from 'vitest';
import type { BadInputCase } from '../expect-chitieu-error.js';
import { deepArray, deepObject, planJson, TEN_MB } from '../hostile.js';

/** The sample plan with its first item changed. */
function withItem(fields: Record<string, unknown>): Record<string, unknown> {
  const plan = planJson();
  const [first, ...rest] = plan.items as Record<string, unknown>[];
  return { ...plan, items: [{ ...first, ...fields }, ...rest] };
}

/** The sample plan's JSON text with `extra` spliced in after the first brace of `at`. */
function spliced(at: 'plan' | 'item', extra: string): unknown {
  const text = JSON.stringify(planJson());
  return JSON.parse(
    at === 'plan'
      ? text.replace('{', `{${extra},`)
      : text.replace('{"id":"a"', `{${extra},"id":"a"`),
  );
}

const plan = (): Plan => parsePlan(planJson());

/** The parsed sample plan with its first item changed by hand (not through parsePlan). */
function withParsedItem(fields: Record<string, unknown>): Plan {
  const p = plan();
  const [first, ...rest] = p.items;
  return { ...p, items: [{ ...first, ...fields } as unknown as PlanItem, ...rest] };
}

/** evaluatePlan rejects each of these plans with invalid-plan at the path given. */
const unparsedPlans: readonly (readonly [string, () => unknown, readonly (string | number)[]])[] = [
  [
    'a plan that went through JSON (its Decimals are strings)',
    () => JSON.parse(JSON.stringify(plan())),
    ['items', 0, 'target', 'value'],
  ],
  ['the raw plan document (indicator ids, target phrases)', planJson, ['items', 0, 'indicator']],
  [
    'a raw item with an indicator object but a target phrase',
    () => withItem({ indicator: indicators.partyAdmissions }),
    ['items', 0, 'target'],
  ],
  ['items that are not a list', () => ({ ...plan(), items: 'x' }), ['items']],
  ['no items at all ({})', () => ({}), ['items']],
  ['a null item', () => ({ ...plan(), items: [null] }), ['items', 0]],
  ['an item nested 10 000 deep', () => ({ ...plan(), items: [deepArray(10_000)] }), ['items', 0]],
  [
    'an actual that is a plain number (169)',
    () => withParsedItem({ actual: 169 }),
    ['items', 0, 'actual'],
  ],
  [
    "an actual that is a string ('169')",
    () => withParsedItem({ actual: '169' }),
    ['items', 0, 'actual'],
  ],
  [
    'an actual that is a Decimal NaN',
    () => withParsedItem({ actual: new Decimal(Number.NaN) }),
    ['items', 0, 'actual'],
  ],
  [
    'an actual that is a fake Decimal',
    () => withParsedItem({ actual: { toStringTag: '[object Decimal]', d: [1], e: 0, s: 1 } }),
    ['items', 0, 'actual'],
  ],
  [
    'a baseline that is a Decimal −0',
    () => withParsedItem({ baseline: new Decimal('-0') }),
    ['items', 0, 'baseline'],
  ],
  ['an actual of null', () => withParsedItem({ actual: null }), ['items', 0, 'actual']],
  [
    'an indicator id instead of the indicator',
    () => withParsedItem({ indicator: 'party-admissions' }),
    ['items', 0, 'indicator'],
  ],
  [
    "an indicator with the unknown direction 'up'",
    () => withParsedItem({ indicator: { ...indicators.partyAdmissions, direction: 'up' } }),
    ['items', 0, 'indicator', 'direction'],
  ],
  [
    "an indicator with the unknown group 'culture'",
    () => withParsedItem({ indicator: { ...indicators.partyAdmissions, group: 'culture' } }),
    ['items', 0, 'indicator', 'group'],
  ],
  [
    "the item group '__proto__'",
    () => withParsedItem({ group: '__proto__' }),
    ['items', 0, 'group'],
  ],
  ['a 10 MB target phrase', () => withParsedItem({ target: TEN_MB }), ['items', 0, 'target']],
  [
    'a range target whose min is above its max',
    () => withParsedItem({ target: { kind: 'range', min: new Decimal(2), max: new Decimal(1) } }),
    ['items', 0, 'target', 'max'],
  ],
  [
    "a change target with the unknown basis 'x'",
    () =>
      withParsedItem({
        target: {
          kind: 'change',
          direction: 'increase',
          by: { kind: 'exact', value: new Decimal(1) },
          basis: 'x',
        },
      }),
    ['items', 0, 'target', 'basis'],
  ],
  [
    "the unknown strictness 'maybe' in an item's evaluation",
    () => withParsedItem({ evaluation: { strictness: 'maybe' } }),
    ['items', 0, 'evaluation', 'strictness'],
  ],
  [
    "a negative tolerance in an item's evaluation",
    () => withParsedItem({ evaluation: { tolerance: new Decimal('-0.05') } }),
    ['items', 0, 'evaluation', 'tolerance'],
  ],
  [
    'a hand-built target that contradicts its indicator, on the second item',
    () => {
      const p = plan();
      const [first] = p.items;
      return { ...p, items: [first, { ...first, id: 'x', indicator: indicators.povertyRate }] };
    },
    ['items', 1, 'target'],
  ],
];

/** parsePlan rejects each of these with invalid-plan at the path given. */
const badPlans: readonly (readonly [string, () => unknown, readonly (string | number)[]])[] = [
  ['null', () => null, []],
  ['an array of plans', () => [planJson()], []],
  ['{} (every field missing, the first reported)', () => ({}), ['id']],
  ["items that are not a list ('x')", () => ({ ...planJson(), items: 'x' }), ['items']],
  [
    "a target in mixed notation ('trên 1.234.5 đảng viên')",
    () => withItem({ target: 'trên 1.234.5 đảng viên' }),
    ['items', 0, 'target'],
  ],
  ['a 10 MB target phrase', () => withItem({ target: TEN_MB }), ['items', 0, 'target']],
  [
    "an actual in Vietnamese notation ('169,5')",
    () => withItem({ actual: '169,5' }),
    ['items', 0, 'actual'],
  ],
  ['an actual of NaN', () => withItem({ actual: Number.NaN }), ['items', 0, 'actual']],
  [
    "an actual of '1e999999999999999'",
    () => withItem({ actual: '1e999999999999999' }),
    ['items', 0, 'actual'],
  ],
  [
    'an actual { valueOf: () => 169 }',
    () => withItem({ actual: { valueOf: () => 169 } }),
    ['items', 0, 'actual'],
  ],
  [
    "a baseline in Vietnamese notation ('4,98')",
    () => withItem({ baseline: '4,98' }),
    ['items', 0, 'baseline'],
  ],
  [
    "an indicator not in the catalogue ('teleportation')",
    () => withItem({ indicator: 'teleportation' }),
    ['items', 0, 'indicator'],
  ],
  [
    "the indicator '__proto__'",
    () => withItem({ indicator: '__proto__' }),
    ['items', 0, 'indicator'],
  ],
  [
    "the indicator 'constructor'",
    () => withItem({ indicator: 'constructor' }),
    ['items', 0, 'indicator'],
  ],
  [
    "a target object of the unknown kind 'maybe'",
    () => withItem({ target: { kind: 'maybe' } }),
    ['items', 0, 'target', 'kind'],
  ],
  ["the unknown group 'great'", () => withItem({ group: 'great' }), ['items', 0, 'group']],
  [
    'a period with half 3',
    () => ({ ...planJson(), period: { kind: 'half', year: 2021, half: 3 } }),
    ['period', 'half'],
  ],
  [
    'two items with one id',
    () => {
      const [first] = planJson().items as unknown[];
      return { ...planJson(), items: [first, first] };
    },
    ['items', 1, 'id'],
  ],
  [
    'a published scorecard with more attained than total',
    () => ({ ...planJson(), published: { total: 39, attained: 40 } }),
    ['published', 'attained'],
  ],
  ['a 10 MB title', () => ({ ...planJson(), title: TEN_MB }), ['title']],
  ['items nested 10 000 deep', () => ({ ...planJson(), items: deepArray(10_000) }), ['items', 0]],
  ['a note nested 10 000 deep', () => withItem({ note: deepObject(10_000) }), ['items', 0, 'note']],
];

export const planCases: readonly BadInputCase[] = [
  ...badPlans.map(
    ([what, json, path]): BadInputCase => ({
      name: `parsePlan rejects ${what} with invalid-plan`,
      run: () => parsePlan(json()),
      code: 'invalid-plan',
      path,
    }),
  ),
  {
    name: 'parsePlan refuses a "__proto__" key in plan JSON and pollutes nothing',
    run: () => parsePlan(spliced('plan', '"__proto__": {"polluted": 1}')),
    code: 'invalid-plan',
    path: [],
  },
  {
    name: 'parsePlan refuses "constructor" and "prototype" keys in plan JSON and pollutes nothing',
    run: () =>
      parsePlan(
        spliced(
          'plan',
          '"constructor": {"prototype": {"polluted": 1}}, "prototype": {"polluted": 1}',
        ),
      ),
    code: 'invalid-plan',
    path: [],
  },
  {
    name: 'parsePlan refuses a "__proto__" key in an item and pollutes nothing',
    run: () => parsePlan(spliced('item', '"__proto__": {"polluted": 1}')),
    code: 'invalid-plan',
    path: ['items', 0],
  },
  {
    name: 'parsePlan reads an NFD-decomposed target like NFC',
    run: () =>
      parsePlan(withItem({ target: 'trên 150 đảng viên'.normalize('NFD') })).items[0]?.target,
    returns: (v) => expect(v).toMatchObject({ kind: 'at-least', strict: true }),
  },
  {
    name: 'parsePlan reads an actual of -0 as an unsigned 0',
    run: () => parsePlan(withItem({ actual: -0 })).items[0]?.actual,
    returns: (v) => expect(String(v)).toBe('0'),
  },
  ...unparsedPlans.map(
    ([what, value, path]): BadInputCase => ({
      name: `evaluatePlan refuses ${what} with invalid-plan`,
      run: () => evaluatePlan(value() as Plan),
      code: 'invalid-plan',
      path,
    }),
  ),
  ...(
    [
      ['null', null],
      ['undefined', undefined],
      ["a string ('plan')", 'plan'],
      ['an array of plans', [planJson()]],
    ] as const
  ).map(
    ([what, value]): BadInputCase => ({
      name: `evaluatePlan refuses ${what} as the plan with invalid-argument`,
      run: () => evaluatePlan(value as never),
      code: 'invalid-argument',
      path: ['plan'],
    }),
  ),
  {
    name: 'evaluatePlan takes a plan loaded back from JSON once parsePlan has read it',
    run: () => evaluatePlan(parsePlan(JSON.parse(JSON.stringify(plan())))).scorecard,
    returns: (v) => expect(v).toMatchObject({ total: 2, exceeded: 1, pending: 1 }),
  },
  {
    name: 'evaluatePlan reports a hand-built percent change from a baseline of 0 at its item',
    run: () =>
      evaluatePlan(
        withParsedItem({
          target: {
            kind: 'change',
            direction: 'increase',
            by: { kind: 'at-least', value: new Decimal(10), strict: false },
            basis: 'percent',
          },
          baseline: new Decimal(0),
        }),
      ),
    code: 'division-by-zero',
    path: ['items', 0, 'baseline'],
  },
  {
    name: "evaluatePlan refuses the unknown strictness 'maybe'",
    run: () => evaluatePlan(plan(), { strictness: 'maybe' as never }),
    code: 'invalid-argument',
    path: ['options', 'strictness'],
  },
  {
    name: 'evaluatePlan refuses null options',
    run: () => evaluatePlan(plan(), null as never),
    code: 'invalid-argument',
    path: ['options'],
  },
  {
    name: "evaluatePlan refuses options given as a string ('literal')",
    run: () => evaluatePlan(plan(), 'literal' as never),
    code: 'invalid-argument',
    path: ['options'],
  },
  {
    name: 'evaluatePlan refuses options given as an array',
    run: () => evaluatePlan(plan(), [] as never),
    code: 'invalid-argument',
    path: ['options'],
  },
  ...(
    [
      ['null', null],
      ['undefined', undefined],
      ["a string ('met')", 'met'],
      ['an array-like { length: 1 }', { length: 1, 0: { status: 'met' } }],
    ] as const
  ).flatMap(([what, value]): BadInputCase[] => [
    {
      name: `scorecard refuses ${what} as the list of items`,
      run: () => scorecard(value as never),
      code: 'invalid-argument',
      path: ['items'],
    },
    {
      name: `scorecardByGroup refuses ${what} as the list of items`,
      run: () => scorecardByGroup(value as never),
      code: 'invalid-argument',
      path: ['items'],
    },
  ]),
  {
    name: "scorecard refuses the unknown status 'great' at its index",
    run: () => scorecard([{ status: 'met' }, { status: 'great' as never }]),
    code: 'invalid-argument',
    path: ['items', 1, 'status'],
  },
  {
    name: 'scorecard refuses a null item',
    run: () => scorecard([null as never]),
    code: 'invalid-argument',
    path: ['items', 0, 'status'],
  },
  {
    name: "scorecard refuses the status '__proto__'",
    run: () => scorecard([{ status: '__proto__' as never }]),
    code: 'invalid-argument',
    path: ['items', 0, 'status'],
  },
  {
    name: "scorecardByGroup refuses the unknown group 'great'",
    run: () => scorecardByGroup([{ status: 'met', group: 'great' as never }]),
    code: 'invalid-argument',
    path: ['items', 0, 'group'],
  },
  {
    name: "scorecardByGroup refuses the group '__proto__' and pollutes nothing",
    run: () => scorecardByGroup([{ status: 'met', group: '__proto__' as never }]),
    code: 'invalid-argument',
    path: ['items', 0, 'group'],
  },
  {
    name: 'scorecardByGroup reports an unknown group in item.indicator.group where it read it',
    run: () =>
      scorecardByGroup([
        { status: 'met' },
        { status: 'met', item: { indicator: { group: 'x' as never } } },
      ]),
    code: 'invalid-argument',
    path: ['items', 1, 'item', 'indicator', 'group'],
  },
  {
    name: 'scorecardByGroup refuses an item that is a string',
    run: () => scorecardByGroup(['met' as never]),
    code: 'invalid-argument',
    path: ['items', 0, 'status'],
  },
  {
    name: 'scorecard of no items is all zeros',
    run: () => scorecard([]),
    returns: (v) =>
      expect(v).toEqual({ total: 0, exceeded: 0, met: 0, notMet: 0, pending: 0, attained: 0 }),
  },
];
