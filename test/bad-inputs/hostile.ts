/**
 * Hostile values, and a plausible call for every public function of chitieu, shared by the
 * bad-input corpus and the sweep. Builders are functions so that each test gets fresh
 * objects (no test can see another's mutation).
 */
import { change, Decimal, evaluate, evaluatePlan, toDecimal } from 'chitieu';
import { communeProgress, districtProgress, rollupCommunes } from 'chitieu/ntm';
import {
  classificationTally,
  evaluateAdmissions,
  inspectionTally,
  ocopTally,
  ratingShares,
} from 'chitieu/party';
import { parsePlan } from 'chitieu/schemas';

/** A string of ten million characters (10 MB in UTF-16 code units of one byte each). */
export const TEN_MB: string = 'x'.repeat(10_000_000);

/** An array nested `depth` levels deep: `[[[…[1]…]]]`. */
export function deepArray(depth: number): unknown {
  let value: unknown = [1];
  for (let i = 0; i < depth; i++) value = [value];
  return value;
}

/** An object nested `depth` levels deep: `{ a: { a: … { a: 1 } } }`. */
export function deepObject(depth: number): unknown {
  let value: unknown = { a: 1 };
  for (let i = 0; i < depth; i++) value = { a: value };
  return value;
}

/** Objects built by JSON.parse with keys that would pollute a prototype if copied naively. */
export const pollutingJson: readonly string[] = [
  '{"__proto__": {"polluted": 1}}',
  '{"constructor": {"prototype": {"polluted": 1}}}',
  '{"prototype": {"polluted": 1}}',
];

/** A hostile value and its name, for tables. */
export interface Hostile {
  readonly name: string;
  readonly value: () => unknown;
}

/** Values no public function should crash on, in any argument position. */
export const hostileValues: readonly Hostile[] = [
  { name: 'NaN', value: () => Number.NaN },
  { name: 'Infinity', value: () => Number.POSITIVE_INFINITY },
  { name: '-Infinity', value: () => Number.NEGATIVE_INFINITY },
  { name: '-0', value: () => -0 },
  { name: "'1e999999999999999'", value: () => '1e999999999999999' },
  { name: "'-1e-999999999999999'", value: () => '-1e-999999999999999' },
  { name: "''", value: () => '' },
  { name: 'whitespace only', value: () => ' \t\n\u00a0 ' },
  { name: "'1.234.5'", value: () => '1.234.5' },
  { name: "'1,234.5'", value: () => '1,234.5' },
  { name: "'1,2,3'", value: () => '1,2,3' },
  { name: "'\\uD800' (unpaired surrogate)", value: () => '\uD800' },
  { name: 'NFD Vietnamese', value: () => 'trên 150 đảng viên'.normalize('NFD') },
  { name: '10 MB string', value: () => TEN_MB },
  { name: '{ valueOf: () => 1 }', value: () => ({ valueOf: () => 1 }) },
  { name: 'new Number(1)', value: () => new Number(1) },
  {
    name: 'a fake Decimal',
    value: () => ({ toStringTag: '[object Decimal]', d: [1], e: 0, s: 1 }),
  },
  { name: 'a Decimal NaN', value: () => new Decimal(Number.NaN) },
  { name: '[]', value: () => [] },
  { name: '[1, 2]', value: () => [1, 2] },
  { name: 'null', value: () => null },
  { name: 'undefined', value: () => undefined },
  { name: 'true', value: () => true },
  { name: '10n', value: () => 10n },
  { name: 'a symbol', value: () => Symbol('x') },
  { name: 'a function', value: () => () => 1 },
  { name: '{}', value: () => ({}) },
  { name: 'Object.create(null)', value: () => Object.create(null) },
  { name: 'new Date(NaN)', value: () => new Date(Number.NaN) },
  { name: '__proto__ JSON', value: () => JSON.parse('{"__proto__": {"polluted": 1}}') },
  {
    name: 'constructor.prototype JSON',
    value: () => JSON.parse('{"constructor": {"prototype": {"polluted": 1}}}'),
  },
  { name: '10 000-deep array', value: () => deepArray(10_000) },
  { name: '10 000-deep object', value: () => deepObject(10_000) },
];

/** A valid plan document (JSON), as a reader would load it. */
export function planJson(): Record<string, unknown> {
  return {
    id: 'hk-2021',
    title: 'Kết quả thực hiện nhiệm vụ',
    issuer: 'Huyện ủy Hương Khê',
    period: { kind: 'year', year: 2021 },
    items: [
      { id: 'a', indicator: 'party-admissions', target: 'trên 150 đảng viên', actual: 169 },
      { id: 'b', indicator: 'poverty-rate', target: 'giảm 1–1,5%', actual: '3.96' },
    ],
  };
}

/** Sample results of the library's own functions, for the functions that read them. */
export const samples = {
  target: () => ({ kind: 'at-least', value: toDecimal(150), strict: true }) as const,
  attainment: () => evaluate(169, { kind: 'at-least', value: toDecimal(150), strict: true }),
  change: () => change(169, 48, { measure: 'count' }),
  plan: () => parsePlan(planJson()),
  planResult: () => evaluatePlan(parsePlan(planJson())),
  communeProgress: () => communeProgress('ntm-commune-2022', [1, 2, 3]),
  districtProgress: () => districtProgress('ntm-district-2016', [1, 2]),
  rollup: () => rollupCommunes([communeProgress('ntm-commune-2022', [1, 2, 3])]),
  ratingCounts: () => ({ excellent: 2, good: 10, completed: 3, 'not-completed': 1 }),
  ratingShares: () => ratingShares({ excellent: 2, good: 10, completed: 3, 'not-completed': 1 }),
  admissions: () => evaluateAdmissions({ admitted: 169, plan: 150, previous: 48 }),
  inspections: () =>
    inspectionTally({
      inspected: { organisations: 12, members: 40 },
      disciplined: { organisations: 0, members: 3 },
    }),
  classification: () =>
    classificationTally({ 'vung-manh-toan-dien': 18, kha: 2, 'trung-binh': 0, yeu: 0 }),
  ocop: () => ocopTally({ 3: 2, 4: 1 }),
};

/**
 * Plausible arguments after the first, by function name: the sweep puts a hostile value
 * first and these after it. Functions not listed take only their first argument.
 */
export const restArgs: Readonly<Record<string, () => readonly unknown[]>> = {
  allocateAdmissionQuotas: () => [10],
  cagr: () => [121, 2],
  change: () => [100],
  checkAdmissionAge: () => ['2021-06-30'],
  checkAdmissionQuotas: () => [10],
  checkChange: () => [362, 'tăng 19 tiêu chí'],
  checkShare: () => [20, '90%'],
  checkStatusTally: () => ['1/1'],
  checkTally: () => [10],
  communeProgress: () => [[1, 2]],
  compareRatingLevels: () => ['good'],
  districtProgress: () => [[1, 2]],
  elapsedShare: () => ['2021-06-30'],
  evaluate: () => [samples.target()],
  evaluateGoodOrBetter: () => ['trên 80%'],
  growthRate: () => [100],
  inferPlan: () => ['112,6%'],
  isChitieuError: () => ['invalid-number'],
  mapCommuneProgress: () => ['ntm-commune-2022'],
  mapCriterion: () => ['ntm-commune-2016', 'ntm-commune-2022'],
  pace: () => [samples.target(), '0.5'],
  percentOf: () => [150],
  periodContains: () => ['2021-06-30'],
  probationDue: () => [{ kind: 'year', year: 2021 }],
  ratio: () => [150],
  reconcilePercent: () => [169, 150],
  requiredGrowth: () => [121, 2],
  roundTo: () => [1],
};

/** Sweep arguments when the hostile value is NOT first: plausible first arguments. */
export const firstArgs: Readonly<Record<string, () => unknown>> = {
  allocateAdmissionQuotas: () => [{ unit: 'Xã A' }, { unit: 'Xã B', weight: 2 }],
  cagr: () => 100,
  change: () => 120,
  checkAdmissionAge: () => '2000-01-01',
  checkAdmissionQuotas: () => [{ unit: 'Xã A', quota: 5, admitted: 6 }],
  checkChange: () => 381,
  checkExcellentQuota: () => samples.ratingCounts(),
  checkShare: () => 18,
  checkStatusTally: () => ['met'],
  checkTally: () => [4, 6],
  classificationTally: () => ({ 'vung-manh-toan-dien': 18, kha: 2 }),
  communeProgress: () => 'ntm-commune-2022',
  compareRatingLevels: () => 'excellent',
  describeAdmissions: () => samples.admissions(),
  describeAttainment: () => ({ label: 'kết nạp', actual: 169, attainment: samples.attainment() }),
  describeChange: () => samples.change(),
  describeClassification: () => samples.classification(),
  describeDistrictProgress: () => samples.districtProgress(),
  describeInspections: () => samples.inspections(),
  describeNtmRollup: () => samples.rollup(),
  describeOcop: () => samples.ocop(),
  describePlanReport: () => samples.planResult(),
  describeRatingShares: () => samples.ratingShares(),
  describeScorecard: () => ({ total: 39, attained: 32 }),
  districtProgress: () => 'ntm-district-2016',
  elapsedShare: () => ({ kind: 'year', year: 2021 }),
  evaluate: () => 169,
  evaluateGoodOrBetter: () => samples.ratingShares(),
  evaluatePlan: () => samples.plan(),
  formatTarget: () => samples.target(),
  formatViNumber: () => 3365,
  formatViPercent: () => '112.6',
  growthRate: () => 120,
  inferPlan: () => 169,
  inspectionTally: () => samples.inspections().current,
  mapCommuneProgress: () => samples.communeProgress(),
  mapCriterion: () => 3,
  mergeRollups: () => [samples.rollup()],
  ocopTally: () => ({ 3: 1 }),
  pace: () => 60,
  parseTarget: () => 'trên 150 đảng viên',
  percentOf: () => 169,
  periodContains: () => ({ kind: 'year', year: 2021 }),
  periodLabel: () => ({ kind: 'year', year: 2021 }),
  probationDue: () => [{ admittedOn: '2020-06-01' }],
  ratingFromScore: () => 92,
  readChangePhrase: () => 'tăng 19 tiêu chí',
  reconcilePercent: () => '112,6%',
  requiredGrowth: () => 100,
  rollupCommunes: () => [samples.communeProgress()],
  roundTo: () => '2.25',
  ratio: () => 18,
  starFromScore: () => 92,
};
