/**
 * Bad inputs for the Vietnamese sentences of src/report: describeScorecard, describeChange,
 * describeAttainment, describePlanReport. Option errors are reported under `options.*`;
 * a result that is not as chitieu's functions return it (a malformed one, or one loaded back
 * from JSON) is `invalid-argument` at the argument's name; the readers of `chitieu/schemas`
 * (parseChange, parseAttainment, parsePlanItemResult, parsePlanResult) read JSON results.
 */
import {
  change,
  describeAttainment,
  describeChange,
  describePlanReport,
  describeScorecard,
  evaluate,
  evaluatePlan,
  type PlanItemResult,
  type PlanResult,
  toDecimal,
} from 'chitieu';
import {
  parseAttainment,
  parseChange,
  parsePlan,
  parsePlanItemResult,
  parsePlanResult,
} from 'chitieu/schemas';
import { expect } from 'vitest';
import type { BadInputCase } from '../expect-chitieu-error.js';
import { deepObject, planJson } from '../hostile.js';

const card = { total: 39, attained: 32 };
const admissionsAttainment = () =>
  evaluate(169, { kind: 'at-least', value: toDecimal(150), strict: true });
const is = (text: string) => (v: unknown) => expect(v).toBe(text);
const planResult = () => evaluatePlan(parsePlan(planJson()));
const admissionsResult = () => planResult().items[0] as PlanItemResult;

export const reportCases: readonly BadInputCase[] = [
  {
    name: 'describeScorecard refuses null',
    run: () => describeScorecard(null as never),
    code: 'invalid-argument',
    path: ['card'],
  },
  {
    name: 'describeScorecard refuses more attained than total (40/39)',
    run: () => describeScorecard({ total: 39, attained: 40 }),
    code: 'invalid-argument',
    path: ['card', 'attained'],
  },
  {
    name: 'describeScorecard refuses a NaN total',
    run: () => describeScorecard({ total: Number.NaN, attained: 1 }),
    code: 'invalid-argument',
    path: ['card', 'total'],
  },
  {
    name: 'describeScorecard refuses a count of 1.5',
    run: () => describeScorecard({ total: 39, attained: 1.5 }),
    code: 'invalid-argument',
    path: ['card', 'attained'],
  },
  {
    name: 'describeScorecard refuses a negative count not met',
    run: () => describeScorecard({ ...card, notMet: -1 }),
    code: 'invalid-argument',
    path: ['card', 'notMet'],
  },
  {
    name: "describeScorecard refuses the unknown order 'random'",
    run: () => describeScorecard(card, { order: 'random' as never }),
    code: 'invalid-argument',
    path: ['options', 'order'],
  },
  {
    name: "describeScorecard refuses shortfalls given as a string ('x')",
    run: () => describeScorecard(card, { shortfalls: 'x' as never }),
    code: 'invalid-argument',
    path: ['options', 'shortfalls'],
  },
  {
    name: 'describeScorecard refuses more shortfall names than items not met',
    run: () => describeScorecard({ total: 2, attained: 1 }, { shortfalls: ['a', 'b'] }),
    code: 'invalid-argument',
    path: ['options', 'shortfalls'],
  },
  {
    name: "describeScorecard refuses an empty noun ('')",
    run: () => describeScorecard(card, { noun: '' }),
    code: 'invalid-argument',
    path: ['options', 'noun'],
  },
  {
    name: 'describeScorecard of 0 items says there are none, never "0/0"',
    run: () => describeScorecard({ total: 0, attained: 0 }),
    returns: is('không có chỉ tiêu nào'),
  },
  {
    name: 'describeChange refuses null',
    run: () => describeChange(null as never),
    code: 'invalid-argument',
    path: ['change'],
  },
  {
    name: 'describeChange rejects a change whose absolute is NaN',
    run: () => describeChange({ ...change(1, 2), absolute: Number.NaN } as never),
    code: 'invalid-argument',
    path: ['change'],
  },
  {
    name: "describeChange rejects an absolute change in Vietnamese notation ('1,02')",
    run: () => describeChange({ ...change(1, 2), absolute: '1,02' } as never),
    code: 'invalid-argument',
    path: ['change'],
  },
  {
    name: 'describeChange in percent from a previous figure of 0 is division-by-zero',
    run: () => describeChange(change(5, 0), { relative: true }),
    code: 'division-by-zero',
    path: ['change', 'previous'],
  },
  {
    name: "describeChange refuses an empty since ('')",
    run: () => describeChange(change(5, 1), { since: '' }),
    code: 'invalid-argument',
    path: ['options', 'since'],
  },
  {
    name: 'describeChange refuses a unit that is not a string (5)',
    run: () => describeChange(change(5, 1), { unit: 5 as never }),
    code: 'invalid-argument',
    path: ['options', 'unit'],
  },
  {
    name: 'describeChange reads a rate change back from JSON, through parseChange',
    run: () =>
      describeChange(
        parseChange(JSON.parse(JSON.stringify(change('3.96', '4.98', { measure: 'rate' })))),
      ),
    returns: is('giảm 1,02%'),
  },
  {
    name: 'describeAttainment refuses null',
    run: () => describeAttainment(null as never),
    code: 'invalid-argument',
    path: ['item'],
  },
  {
    name: "describeAttainment refuses an empty label ('')",
    run: () => describeAttainment({ label: '', actual: 1 }),
    code: 'invalid-argument',
    path: ['item', 'label'],
  },
  {
    name: 'describeAttainment rejects a NaN actual',
    run: () => describeAttainment({ label: 'kết nạp đảng viên', actual: Number.NaN }),
    code: 'invalid-number',
    path: ['item', 'actual'],
  },
  {
    name: "describeAttainment refuses the unknown notMetWord 'tệ'",
    run: () => describeAttainment({ label: 'x', actual: 1 }, { notMetWord: 'tệ' as never }),
    code: 'invalid-argument',
    path: ['options', 'notMetWord'],
  },
  {
    name: "describeAttainment refuses the unknown rounding 'round'",
    run: () =>
      describeAttainment(
        { label: 'x', actual: 169, attainment: admissionsAttainment() },
        { rounding: 'round' as never },
      ),
    code: 'invalid-argument',
    path: ['options', 'rounding'],
  },
  {
    name: "describeAttainment refuses an attainment with the unknown status 'great'",
    run: () =>
      describeAttainment({
        label: 'x',
        attainment: { ...admissionsAttainment(), status: 'great' as never },
      }),
    code: 'invalid-argument',
    path: ['item', 'attainment'],
  },
  {
    name: 'describeAttainment rejects an attainment whose percentOfPlan is NaN',
    run: () =>
      describeAttainment({
        label: 'x',
        attainment: { ...admissionsAttainment(), percentOfPlan: Number.NaN as never },
      }),
    code: 'invalid-argument',
    path: ['item', 'attainment'],
  },
  {
    name: 'describeAttainment reads an attainment back from JSON, through parseAttainment',
    run: () =>
      describeAttainment({
        label: 'kết nạp đảng viên',
        attainment: parseAttainment(JSON.parse(JSON.stringify(admissionsAttainment()))),
      }),
    returns: is('kết nạp đảng viên đạt 169, đạt 112,6% kế hoạch'),
  },
  {
    name: 'describeAttainment refuses an attainment loaded back from JSON but not read, naming its reader',
    run: () =>
      describeAttainment({
        label: 'kết nạp đảng viên',
        attainment: JSON.parse(JSON.stringify(admissionsAttainment())),
      }),
    code: 'invalid-argument',
    path: ['item', 'attainment'],
  },
  {
    name: 'describePlanReport refuses null',
    run: () => describePlanReport(null as never),
    code: 'invalid-argument',
    path: ['result'],
  },
  {
    name: 'describePlanReport refuses a bullet that is not a string (5)',
    run: () => describePlanReport(evaluatePlan(parsePlan(planJson())), { bullet: 5 as never }),
    code: 'invalid-argument',
    path: ['options', 'bullet'],
  },
  // Options that are not an object, for every sentence function.
  ...(
    [
      ['describeScorecard', () => describeScorecard(card, null as never)],
      ['describeChange', () => describeChange(change(5, 1), null as never)],
      ['describeAttainment', () => describeAttainment({ label: 'x', actual: 1 }, null as never)],
      ['describePlanReport', () => describePlanReport(planResult(), null as never)],
    ] as const
  ).flatMap(([name, run]): BadInputCase[] => [
    {
      name: `${name} refuses null options`,
      run,
      code: 'invalid-argument',
      path: ['options'],
    },
  ]),
  {
    name: "describeScorecard refuses options given as a string ('chỉ tiêu')",
    run: () => describeScorecard(card, 'chỉ tiêu' as never),
    code: 'invalid-argument',
    path: ['options'],
  },
  {
    name: 'describeScorecard refuses a total of 2^60, whose digits a number cannot hold',
    run: () => describeScorecard({ total: 2 ** 60, attained: 2 ** 59 }),
    code: 'invalid-argument',
    path: ['card', 'total'],
  },
  {
    name: 'describeScorecard refuses an attained count of 2^53',
    run: () => describeScorecard({ total: 2 ** 53, attained: 2 ** 53 }),
    code: 'invalid-argument',
    path: ['card', 'total'],
  },
  {
    name: 'describeScorecard prints 2^53 − 1 with every digit',
    run: () => describeScorecard({ total: Number.MAX_SAFE_INTEGER, attained: 1 }),
    returns: is('1/9.007.199.254.740.991 chỉ tiêu đạt và vượt kế hoạch'),
  },
  {
    name: 'describeScorecard refuses an array as the scorecard',
    run: () => describeScorecard([39, 32] as never),
    code: 'invalid-argument',
    path: ['card'],
  },
  {
    name: 'describeScorecard refuses a shortfall name that is not a string, at its index',
    run: () => describeScorecard({ total: 39, attained: 32 }, { shortfalls: ['a', 5 as never] }),
    code: 'invalid-argument',
    path: ['options', 'shortfalls', 1],
  },
  {
    name: "describeScorecard refuses mentionNotMet 'yes'",
    run: () => describeScorecard(card, { mentionNotMet: 'yes' as never }),
    code: 'invalid-argument',
    path: ['options', 'mentionNotMet'],
  },
  {
    name: 'describeChange reports bad decimals under options.decimals',
    run: () => describeChange(change(5, 1), { decimals: -1 }),
    code: 'invalid-argument',
    path: ['options', 'decimals'],
  },
  {
    name: "describeChange reports the unknown rounding 'round' under options.rounding",
    run: () => describeChange(change(5, 1), { decimals: 1, rounding: 'round' as never }),
    code: 'invalid-argument',
    path: ['options', 'rounding'],
  },
  {
    name: 'describeChange refuses a unit that is not a string even for a rate, which prints "%"',
    run: () => describeChange(change('3.96', '4.98', { measure: 'rate' }), { unit: 5 as never }),
    code: 'invalid-argument',
    path: ['options', 'unit'],
  },
  {
    name: 'describeChange refuses a unit that is an object even when nothing changed',
    run: () => describeChange(change(5, 5), { unit: {} as never }),
    code: 'invalid-argument',
    path: ['options', 'unit'],
  },
  {
    name: 'describeChange takes a null unit as no unit',
    run: () => describeChange(change(169, 48), { unit: null }),
    returns: is('tăng 121'),
  },
  {
    name: "describeChange refuses pointsWord 'yes'",
    run: () =>
      describeChange(change('3.96', '4.98', { measure: 'rate' }), { pointsWord: 'yes' as never }),
    code: 'invalid-argument',
    path: ['options', 'pointsWord'],
  },
  {
    name: "describeChange refuses a change given as a string ('tăng 5')",
    run: () => describeChange('tăng 5' as never),
    code: 'invalid-argument',
    path: ['change'],
  },
  {
    name: "describeChange refuses a change with the unknown direction 'up'",
    run: () => describeChange({ ...change(5, 1), direction: 'up' } as never),
    code: 'invalid-argument',
    path: ['change'],
  },
  {
    name: 'describeAttainment refuses { item: {} }, a plan item result with nothing in it',
    run: () => describeAttainment({ item: {} } as never),
    code: 'invalid-argument',
    path: ['item'],
  },
  {
    name: 'describeAttainment reports a bad change of a figure at item.change',
    run: () =>
      describeAttainment({
        label: 'x',
        actual: 1,
        change: { ...change(1, 2), absolute: 'zz' },
      } as never),
    code: 'invalid-argument',
    path: ['item', 'change'],
  },
  {
    name: 'describeAttainment refuses a unit that is not a string (5)',
    run: () => describeAttainment({ label: 'x', actual: 1, unit: 5 as never }),
    code: 'invalid-argument',
    path: ['item', 'unit'],
  },
  {
    name: "describeAttainment refuses the unknown direction 'up'",
    run: () => describeAttainment({ label: 'x', actual: 1, direction: 'up' as never }),
    code: 'invalid-argument',
    path: ['item', 'direction'],
  },
  {
    name: 'describeAttainment refuses an empty baselineLabel',
    run: () =>
      describeAttainment({ label: 'x', actual: 1, change: change(1, 2), baselineLabel: '' }),
    code: 'invalid-argument',
    path: ['item', 'baselineLabel'],
  },
  {
    name: 'describeAttainment refuses an array as the item',
    run: () => describeAttainment([] as never),
    code: 'invalid-argument',
    path: ['item'],
  },
  {
    name: "describeAttainment refuses a plan item result with the unknown status 'great'",
    run: () => describeAttainment({ ...admissionsResult(), status: 'great' } as never),
    code: 'invalid-argument',
    path: ['item'],
  },
  {
    name: 'describeAttainment reads a plan item result back from JSON, through parsePlanItemResult',
    run: () =>
      describeAttainment(parsePlanItemResult(JSON.parse(JSON.stringify(admissionsResult())))),
    returns: is('kết nạp 169 đảng viên mới, đạt 112,6% kế hoạch'),
  },
  {
    name: "describeAttainment refuses pointsWord 'yes'",
    run: () => describeAttainment({ label: 'x', actual: 1 }, { pointsWord: 'yes' as never }),
    code: 'invalid-argument',
    path: ['options', 'pointsWord'],
  },
  {
    name: 'describePlanReport reads a result back from JSON, through parsePlanResult, as it reads the result itself',
    run: () => describePlanReport(parsePlanResult(JSON.parse(JSON.stringify(planResult())))),
    returns: (v) => expect(v).toEqual(describePlanReport(planResult())),
  },
  {
    name: 'describePlanReport reads a result with one figure as a string through parsePlanResult',
    run: () => {
      const r = planResult();
      const [first, ...rest] = r.items;
      const item = { ...first?.item, actual: '169' };
      return describePlanReport(parsePlanResult({ ...r, items: [{ ...first, item }, ...rest] }));
    },
    returns: (v) => expect(v).toEqual(describePlanReport(planResult())),
  },
  {
    name: 'describePlanReport refuses { plan: {}, items: [] } at result',
    run: () => describePlanReport({ plan: {}, items: [] } as never),
    code: 'invalid-argument',
    path: ['result'],
  },
  {
    name: 'describePlanReport refuses a result whose period has half 3',
    run: () => {
      const r = planResult();
      return describePlanReport({
        ...r,
        plan: { ...r.plan, period: { kind: 'half', year: 2021, half: 3 } },
      } as never);
    },
    code: 'invalid-argument',
    path: ['result'],
  },
  {
    name: 'describePlanReport refuses a published scorecard whose noun is blank, at result.plan.published',
    run: () => {
      const r = planResult();
      const published = { total: 39, attained: 32, noun: ' ' };
      return describePlanReport({ ...r, plan: { ...r.plan, published } } as PlanResult);
    },
    code: 'invalid-argument',
    path: ['result', 'plan', 'published', 'noun'],
  },
  {
    name: 'describePlanReport refuses a scorecard that does not count the items not met',
    run: () => {
      const r = planResult();
      const notMet = { ...r.items[0], status: 'not-met' } as PlanItemResult;
      return describePlanReport({ ...r, items: [notMet, ...r.items.slice(1)] });
    },
    code: 'invalid-argument',
    path: ['result', 'scorecard', 'notMet'],
  },
  {
    name: "describePlanReport refuses groupHeadings 'yes'",
    run: () => describePlanReport(planResult(), { groupHeadings: 'yes' as never }),
    code: 'invalid-argument',
    path: ['options', 'groupHeadings'],
  },
  {
    name: 'describePlanReport refuses an object nested 10 000 deep',
    run: () => describePlanReport(deepObject(10_000) as never),
    code: 'invalid-argument',
  },
  {
    name: 'describePlanReport refuses a "__proto__" key in a result from JSON and pollutes nothing',
    run: () => {
      const text = JSON.stringify(planResult());
      return describePlanReport(JSON.parse(text.replace('{', '{"__proto__": {"polluted": 1},')));
    },
    code: 'invalid-argument',
    path: ['result'],
  },
];
