/**
 * Bad inputs for party building: admissions and their quotas, ages and probation, quality
 * ratings and their quota, inspections, sentences.
 */

import type { Decimal } from 'chitieu';
import {
  allocateAdmissionQuotas,
  checkAdmissionAge,
  checkAdmissionQuotas,
  checkExcellentQuota,
  compareRatingLevels,
  describeAdmissions,
  describeInspections,
  describeRatingShares,
  evaluateAdmissions,
  evaluateGoodOrBetter,
  inspectionTally,
  isRatingLevel,
  probationDue,
  probationEndDate,
  type RatingResult,
  ratingFromScore,
  ratingShares,
} from 'chitieu/party';
import { expect } from 'vitest';
import type { BadInputCase } from '../expect-chitieu-error.js';
import { TEN_MB } from '../hostile.js';

const counts = { excellent: 2, good: 10, completed: 3, 'not-completed': 1 };
const figures = {
  inspected: { organisations: 12, members: 40 },
  disciplined: { organisations: 0, members: 3 },
};
const admissions = () => evaluateAdmissions({ admitted: 169, plan: 150, previous: 48 });
const year2021 = { kind: 'year', year: 2021 } as const;

export const partyCases: readonly BadInputCase[] = [
  {
    name: "checkAdmissionAge rejects a birth date that does not exist ('2003-02-29')",
    run: () => checkAdmissionAge('2003-02-29', '2021-06-30'),
    code: 'invalid-argument',
    path: ['birthDate'],
  },
  {
    name: "checkAdmissionAge rejects a Vietnamese-written date ('30/6/2000')",
    run: () => checkAdmissionAge('30/6/2000', '2021-06-30'),
    code: 'invalid-argument',
    path: ['birthDate'],
  },
  {
    name: 'checkAdmissionAge rejects new Date(NaN) as the day considered',
    run: () => checkAdmissionAge('2000-01-01', new Date(Number.NaN) as never),
    code: 'invalid-argument',
    path: ['consideredOn'],
  },
  {
    name: 'checkAdmissionAge refuses a birth after the day considered',
    run: () => checkAdmissionAge('2022-01-01', '2021-06-30'),
    code: 'invalid-argument',
    path: ['birthDate'],
  },
  {
    name: 'checkAdmissionAge rejects a null birth date',
    run: () => checkAdmissionAge(null as never, '2021-06-30'),
    code: 'invalid-argument',
    path: ['birthDate'],
  },
  {
    name: 'evaluateAdmissions refuses null',
    run: () => evaluateAdmissions(null as never),
    code: 'invalid-argument',
    path: ['input'],
  },
  ...(
    [
      ['a negative count (-1)', -1],
      ['a count of 1.5', 1.5],
      ["a count as text ('169')", '169'],
      ['NaN', Number.NaN],
      ['a count past 2^53', 2 ** 60],
    ] as const
  ).map(
    ([what, admitted]): BadInputCase => ({
      name: `evaluateAdmissions refuses ${what} admitted`,
      run: () => evaluateAdmissions({ admitted: admitted as never }),
      code: 'invalid-argument',
      path: ['input', 'admitted'],
    }),
  ),
  {
    name: 'evaluateAdmissions refuses a negative plan',
    run: () => evaluateAdmissions({ admitted: 169, plan: -5 }),
    code: 'invalid-argument',
    path: ['input', 'plan'],
  },
  {
    name: 'evaluateAdmissions cannot read a plan phrase without a figure, at input.plan',
    run: () => evaluateAdmissions({ admitted: 169, plan: 'kết nạp nhiều đảng viên' }),
    code: 'unparseable-target',
    path: ['input', 'plan'],
  },
  {
    name: "evaluateAdmissions rejects a reversed range in the plan phrase ('từ 200 đến 150'), at input.plan",
    run: () => evaluateAdmissions({ admitted: 169, plan: 'từ 200 đến 150 đảng viên' }),
    code: 'invalid-target',
    path: ['input', 'plan'],
  },
  {
    name: 'evaluateAdmissions rejects a 10 MB plan phrase with input-too-long, at input.plan',
    run: () => evaluateAdmissions({ admitted: 169, plan: TEN_MB }),
    code: 'input-too-long',
    path: ['input', 'plan'],
  },
  {
    name: "evaluateAdmissions rejects a plan target of the unknown kind 'maybe' at input.plan",
    run: () => evaluateAdmissions({ admitted: 169, plan: { kind: 'maybe' } as never }),
    code: 'invalid-target',
    path: ['input', 'plan', 'kind'],
  },
  {
    name: 'evaluateAdmissions rejects a null plan (give none or a plan)',
    run: () => evaluateAdmissions({ admitted: 169, plan: null as never }),
    code: 'invalid-target',
    path: ['input', 'plan'],
  },
  {
    name: 'evaluateAdmissions of a change plan without the previous count is missing-baseline',
    run: () => evaluateAdmissions({ admitted: 169, plan: 'tăng 10% so với năm trước' }),
    code: 'missing-baseline',
    path: ['input', 'previous'],
  },
  {
    name: 'evaluateAdmissions rejects a period with half 3',
    run: () =>
      evaluateAdmissions({ admitted: 169, period: { kind: 'half', year: 2021, half: 3 as never } }),
    code: 'invalid-period',
    path: ['input', 'period', 'half'],
  },
  {
    name: 'allocateAdmissionQuotas refuses units that are not a list',
    run: () => allocateAdmissionQuotas('Xã A' as never, 10),
    code: 'invalid-argument',
    path: ['units'],
  },
  {
    name: 'allocateAdmissionQuotas refuses a plan of -1',
    run: () => allocateAdmissionQuotas([{ unit: 'Xã A' }], -1),
    code: 'invalid-argument',
    path: ['districtPlan'],
  },
  {
    name: 'allocateAdmissionQuotas refuses a plan of 1.5',
    run: () => allocateAdmissionQuotas([{ unit: 'Xã A' }], 1.5),
    code: 'invalid-argument',
    path: ['districtPlan'],
  },
  {
    name: 'allocateAdmissionQuotas refuses a negative weight',
    run: () => allocateAdmissionQuotas([{ unit: 'Xã A', weight: '-1' }], 10),
    code: 'invalid-argument',
    path: ['units', 0, 'weight'],
  },
  {
    name: "allocateAdmissionQuotas rejects a weight in Vietnamese notation ('1,5')",
    run: () => allocateAdmissionQuotas([{ unit: 'Xã A', weight: '1,5' }], 10),
    code: 'invalid-number',
    path: ['units', 0, 'weight'],
  },
  {
    name: 'allocateAdmissionQuotas refuses a unit named twice',
    run: () => allocateAdmissionQuotas([{ unit: 'Xã A' }, { unit: 'Xã A' }], 10),
    code: 'invalid-argument',
    path: ['units', 1, 'unit'],
  },
  {
    name: 'allocateAdmissionQuotas refuses a blank unit name',
    run: () => allocateAdmissionQuotas([{ unit: '   ' }], 10),
    code: 'invalid-argument',
    path: ['units', 0, 'unit'],
  },
  {
    name: 'allocateAdmissionQuotas refuses weights that are all 0',
    run: () => allocateAdmissionQuotas([{ unit: 'Xã A', weight: 0 }], 10),
    code: 'invalid-argument',
    path: ['units'],
  },
  {
    name: 'allocateAdmissionQuotas refuses null options',
    run: () => allocateAdmissionQuotas([{ unit: 'Xã A' }], 10, null as never),
    code: 'invalid-argument',
    path: ['options'],
  },
  {
    name: 'allocateAdmissionQuotas reads a unit JSON with a "__proto__" key and pollutes nothing',
    run: () =>
      allocateAdmissionQuotas([JSON.parse('{"__proto__": {"polluted": 1}, "unit": "Xã A"}')], 10)
        .total,
    returns: (v) => expect(v).toBe(10),
  },
  {
    name: 'checkAdmissionQuotas refuses a negative quota',
    run: () => checkAdmissionQuotas([{ unit: 'Xã A', quota: -1 }], 10),
    code: 'invalid-argument',
    path: ['units', 0, 'quota'],
  },
  {
    name: 'checkAdmissionQuotas refuses 2.5 admitted',
    run: () => checkAdmissionQuotas([{ unit: 'Xã A', quota: 5, admitted: 2.5 }], 10),
    code: 'invalid-argument',
    path: ['units', 0, 'admitted'],
  },
  {
    name: 'checkAdmissionQuotas refuses a null unit',
    run: () => checkAdmissionQuotas([null as never], 10),
    code: 'invalid-argument',
    path: ['units', 0],
  },
  {
    name: 'checkAdmissionQuotas refuses quotas whose sum is past 2^53',
    run: () =>
      checkAdmissionQuotas(
        [
          { unit: 'Xã A', quota: Number.MAX_SAFE_INTEGER },
          { unit: 'Xã B', quota: Number.MAX_SAFE_INTEGER },
        ],
        10,
      ),
    code: 'invalid-argument',
    path: ['units'],
  },
  {
    name: 'checkAdmissionQuotas against a plan of 0 has no percent of plan (null), never Infinity',
    run: () => checkAdmissionQuotas([{ unit: 'Xã A', quota: 0, admitted: 3 }], 0).percentOfPlan,
    returns: (v) => expect(v).toBeNull(),
  },
  {
    name: 'checkExcellentQuota refuses null counts',
    run: () => checkExcellentQuota(null as never),
    code: 'invalid-argument',
    path: ['counts'],
  },
  {
    name: "checkExcellentQuota refuses the unknown rating level 'great'",
    run: () => checkExcellentQuota({ ...counts, great: 1 } as never),
    code: 'invalid-argument',
    path: ['counts', 'great'],
  },
  {
    name: 'checkExcellentQuota refuses a "__proto__" key in counts JSON',
    run: () =>
      checkExcellentQuota(
        JSON.parse(
          '{"__proto__": {"polluted": 1}, "excellent": 2, "good": 10, "completed": 3, "not-completed": 1}',
        ),
      ),
    code: 'invalid-argument',
    path: ['counts', '__proto__'],
  },
  {
    name: 'checkExcellentQuota refuses a negative count of excellent',
    run: () => checkExcellentQuota({ ...counts, excellent: -1 }),
    code: 'invalid-argument',
    path: ['counts', 'excellent'],
  },
  {
    name: 'checkExcellentQuota refuses 1.5 good',
    run: () => checkExcellentQuota({ ...counts, good: 1.5 }),
    code: 'invalid-argument',
    path: ['counts', 'good'],
  },
  {
    name: 'checkExcellentQuota refuses counts missing good, which decides the cap',
    run: () => checkExcellentQuota({ excellent: 2, completed: 3 } as never),
    code: 'invalid-argument',
    path: ['counts', 'good'],
  },
  {
    name: 'checkExcellentQuota refuses a total: the cap is a share of the HTTNV count',
    run: () => checkExcellentQuota({ total: 15, excellent: 3 } as never),
    code: 'invalid-argument',
    path: ['counts', 'total'],
  },
  {
    name: "checkExcellentQuota refuses the unknown rule 'qd-132'",
    run: () => checkExcellentQuota(counts, { rule: 'qd-132' as never }),
    code: 'invalid-argument',
    path: ['options', 'rule'],
  },
  {
    name: 'checkExcellentQuota refuses a quota of 120%',
    run: () => checkExcellentQuota(counts, { quota: 120 }),
    code: 'invalid-argument',
    path: ['options', 'quota'],
  },
  {
    name: "checkExcellentQuota rejects a quota written '20%'",
    run: () => checkExcellentQuota(counts, { quota: '20%' }),
    code: 'invalid-number',
    path: ['options', 'quota'],
  },
  {
    name: "checkExcellentQuota refuses the unknown base 'all'",
    run: () => checkExcellentQuota(counts, { base: 'all' as never }),
    code: 'invalid-argument',
    path: ['options', 'base'],
  },
  {
    name: "checkExcellentQuota refuses the unknown rounding 'round'",
    run: () => checkExcellentQuota(counts, { rounding: 'round' as never }),
    code: 'invalid-argument',
    path: ['options', 'rounding'],
  },
  {
    name: "ratingShares refuses the unknown rating level 'great'",
    run: () => ratingShares({ ...counts, great: 1 } as never),
    code: 'invalid-argument',
    path: ['counts', 'great'],
  },
  {
    name: 'ratingShares refuses counts whose sum is past 2^53',
    run: () =>
      ratingShares({
        ...counts,
        good: Number.MAX_SAFE_INTEGER,
        completed: Number.MAX_SAFE_INTEGER,
      }),
    code: 'invalid-argument',
    path: ['counts'],
  },
  {
    name: 'ratingShares of nobody rated is a typed "no-rated-units", never NaN',
    run: () => ratingShares({ excellent: 0, good: 0, completed: 0, 'not-completed': 0 }),
    returns: (v) => expect(v).toMatchObject({ shares: null, reason: 'no-rated-units' }),
  },
  {
    name: 'ratingFromScore refuses a score of 101',
    run: () => ratingFromScore(101),
    code: 'invalid-argument',
    path: ['score'],
  },
  {
    name: 'ratingFromScore refuses a score of -0.1',
    run: () => ratingFromScore(-0.1),
    code: 'invalid-argument',
    path: ['score'],
  },
  {
    name: 'ratingFromScore rejects NaN',
    run: () => ratingFromScore(Number.NaN),
    code: 'invalid-number',
    path: ['score'],
  },
  {
    name: "ratingFromScore rejects a score in Vietnamese notation ('92,5')",
    run: () => ratingFromScore('92,5'),
    code: 'invalid-number',
    path: ['score'],
  },
  {
    name: "ratingFromScore refuses the unknown scheme 'qd-132'",
    run: () => ratingFromScore(92, 'qd-132' as never),
    code: 'invalid-argument',
    path: ['options', 'scheme'],
  },
  {
    name: 'ratingFromScore refuses null options',
    run: () => ratingFromScore(92, null as never),
    code: 'invalid-argument',
    path: ['options'],
  },
  {
    name: 'ratingFromScore refuses a late-task share of 120%',
    run: () => ratingFromScore(92, { conditions: { lateTaskShare: 120 } }),
    code: 'invalid-argument',
    path: ['options', 'conditions', 'lateTaskShare'],
  },
  {
    name: "ratingFromScore refuses the unknown condition 'lucky'",
    run: () => ratingFromScore(92, { conditions: { lucky: true } as never }),
    code: 'invalid-argument',
    path: ['options', 'conditions', 'lucky'],
  },
  {
    name: "ratingFromScore refuses disciplined: 'no'",
    run: () => ratingFromScore(92, { conditions: { disciplined: 'no' as never } }),
    code: 'invalid-argument',
    path: ['options', 'conditions', 'disciplined'],
  },
  {
    name: 'ratingFromScore of -0 is not completed, with an unsigned score',
    run: () => ratingFromScore(-0),
    returns: (v) => {
      expect((v as RatingResult).level).toBe('not-completed');
      expect((v as RatingResult).score.isNegative()).toBe(false);
    },
  },
  {
    name: "compareRatingLevels refuses the unknown level 'great' (it has no place in the order)",
    run: () => compareRatingLevels('great' as never, 'good'),
    code: 'invalid-argument',
    path: ['a'],
  },
  {
    name: 'compareRatingLevels refuses a Vietnamese label in place of a level',
    run: () => compareRatingLevels('good', 'Hoàn thành tốt nhiệm vụ' as never),
    code: 'invalid-argument',
    path: ['b'],
  },
  {
    name: "isRatingLevel is false for 'great'",
    run: () => isRatingLevel('great'),
    returns: (v) => expect(v).toBe(false),
  },
  {
    name: 'describeAdmissions refuses null',
    run: () => describeAdmissions(null as never),
    code: 'invalid-argument',
    path: ['result'],
  },
  {
    name: "describeAdmissions refuses a result whose admitted is NaN, instead of printing 'NaN'",
    run: () => describeAdmissions({ ...admissions(), admitted: Number.NaN }),
    code: 'invalid-argument',
    path: ['result', 'admitted'],
  },
  {
    name: 'describeAdmissions refuses a hand-made { admitted: 5 } at its first missing field',
    run: () => describeAdmissions({ admitted: 5 } as never),
    code: 'invalid-argument',
    path: ['result', 'period'],
  },
  {
    name: 'describeAdmissions refuses comparedWith that is not a string',
    run: () => describeAdmissions(admissions(), { comparedWith: 2020 as never }),
    code: 'invalid-argument',
    path: ['options', 'comparedWith'],
  },
  {
    name: 'describeAdmissions refuses -1 decimals',
    run: () => describeAdmissions(admissions(), { decimals: -1 }),
    code: 'invalid-argument',
    path: ['options', 'decimals'],
  },
  {
    name: 'describeAdmissions reads a result back from JSON',
    run: () => describeAdmissions(JSON.parse(JSON.stringify(admissions()))),
    returns: (v) =>
      expect(v).toBe(
        'kết nạp 169 đảng viên mới, tăng 121 đảng viên so với cùng kỳ năm trước, đạt 112,6% kế hoạch',
      ),
  },
  {
    name: 'describeRatingShares refuses null',
    run: () => describeRatingShares(null as never),
    code: 'invalid-argument',
    path: ['shares'],
  },
  {
    name: "describeRatingShares refuses the unknown quotes 'fancy'",
    run: () => describeRatingShares(ratingShares(counts), { quotes: 'fancy' as never }),
    code: 'invalid-argument',
    path: ['options', 'quotes'],
  },
  {
    name: 'describeRatingShares reads shares back from JSON',
    run: () => describeRatingShares(JSON.parse(JSON.stringify(ratingShares(counts)))),
    returns: (v) =>
      expect(v).toBe("có 75% tổ chức cơ sở đảng được xếp loại 'Hoàn thành tốt nhiệm vụ' trở lên"),
  },
  {
    name: 'describeInspections refuses null',
    run: () => describeInspections(null as never),
    code: 'invalid-argument',
    path: ['tally'],
  },
  {
    name: 'describeInspections refuses a tally whose members count is NaN',
    run: () => {
      const tally = inspectionTally(figures);
      return describeInspections({
        ...tally,
        current: { ...tally.current, inspected: { organisations: 12, members: Number.NaN } },
      });
    },
    code: 'invalid-argument',
    path: ['tally', 'current', 'inspected', 'members'],
  },
  {
    name: 'inspectionTally refuses null figures',
    run: () => inspectionTally(null as never),
    code: 'invalid-argument',
    path: ['current'],
  },
  {
    name: 'inspectionTally refuses a negative count of members',
    run: () => inspectionTally({ ...figures, inspected: { organisations: 12, members: -1 } }),
    code: 'invalid-argument',
    path: ['current', 'inspected', 'members'],
  },
  {
    name: 'inspectionTally refuses previous figures with a NaN count',
    run: () =>
      inspectionTally(figures, {
        previous: { ...figures, inspected: { organisations: Number.NaN, members: 1 } },
      }),
    code: 'invalid-argument',
    path: ['options', 'previous', 'inspected', 'organisations'],
  },
  {
    name: 'inspectionTally rejects a period with half 3',
    run: () => inspectionTally(figures, { period: { kind: 'half', year: 2021, half: 3 as never } }),
    code: 'invalid-period',
    path: ['options', 'period', 'half'],
  },
  {
    name: 'evaluateGoodOrBetter refuses null shares',
    run: () => evaluateGoodOrBetter(null as never, 'trên 80%'),
    code: 'invalid-argument',
    path: ['shares'],
  },
  {
    name: 'evaluateGoodOrBetter of nobody rated is division-by-zero',
    run: () =>
      evaluateGoodOrBetter(
        ratingShares({ excellent: 0, good: 0, completed: 0, 'not-completed': 0 }),
        'trên 80%',
      ),
    code: 'division-by-zero',
    path: ['shares', 'total'],
  },
  {
    name: 'evaluateGoodOrBetter cannot read a target without a figure',
    run: () => evaluateGoodOrBetter(ratingShares(counts), 'nhiều'),
    code: 'unparseable-target',
    path: [],
  },
  {
    name: 'evaluateGoodOrBetter rejects a null target',
    run: () => evaluateGoodOrBetter(ratingShares(counts), null as never),
    code: 'invalid-target',
    path: ['target'],
  },
  {
    name: 'evaluateGoodOrBetter reads shares back from JSON',
    run: () => evaluateGoodOrBetter(JSON.parse(JSON.stringify(ratingShares(counts))), 'trên 80%'),
    returns: (v) =>
      expect((v as { percentOfPlan: Decimal }).percentOfPlan.toString()).toBe('93.75'),
  },
  {
    name: "probationEndDate rejects '2021-02-29'",
    run: () => probationEndDate('2021-02-29'),
    code: 'invalid-argument',
    path: ['admittedOn'],
  },
  {
    name: 'probationEndDate rejects null',
    run: () => probationEndDate(null as never),
    code: 'invalid-argument',
    path: ['admittedOn'],
  },
  {
    name: 'probationDue refuses admissions that are not a list',
    run: () => probationDue('2021-06-30' as never, year2021),
    code: 'invalid-argument',
    path: ['admissions'],
  },
  {
    name: "probationDue rejects an admission date written '30/6/2021'",
    run: () => probationDue([{ admittedOn: '30/6/2021' }], year2021),
    code: 'invalid-argument',
    path: ['admissions', 0, 'admittedOn'],
  },
  {
    name: 'probationDue refuses a blank id',
    run: () => probationDue([{ id: '', admittedOn: '2020-06-01' }], year2021),
    code: 'invalid-argument',
    path: ['admissions', 0, 'id'],
  },
  {
    name: 'probationDue refuses a date range ending before it starts',
    run: () => probationDue([], { start: '2021-12-31', end: '2021-01-01' }),
    code: 'invalid-period',
    path: ['period', 'end'],
  },
  {
    name: 'probationDue rejects a period with half 3',
    run: () => probationDue([], { kind: 'half', year: 2021, half: 3 as never }),
    code: 'invalid-period',
    path: ['period', 'half'],
  },
  {
    name: 'probationDue refuses a null period',
    run: () => probationDue([], null as never),
    code: 'invalid-argument',
    path: ['period'],
  },
];
