import type * as z from 'zod/mini';
import { chitieuError } from '../errors.js';
import { Decimal } from '../numeric/decimal.js';
import { parseWithSchema } from '../validation/parse-with-schema.js';
import type { CriteriaResults } from './commune-progress-schema.js';
import type { CriteriaSet, CriteriaSetId, DistrictCondition } from './criteria-set-schema.js';
import {
  type DistrictCommunes,
  type DistrictConditionResult,
  type DistrictProgress,
  districtCommunesSchema,
} from './district-progress-schema.js';
import { evaluateCriteria } from './evaluate-criteria.js';
import { resolveCriteriaSet } from './get-criteria-set.js';

type Communes = z.output<typeof districtCommunesSchema>;

function share(part: number, whole: number): Decimal {
  return new Decimal(part).times(100).div(whole);
}

function needed(whole: number, minPercent: Decimal): number {
  return minPercent.times(whole).div(100).ceil().toNumber();
}

function result(
  condition: DistrictCondition,
  status: DistrictConditionResult['status'],
  actual: Decimal | null,
  required: number | null,
  reason: string | null,
): DistrictConditionResult {
  return Object.freeze({ condition, status, actual, required, reason });
}

function judge(
  condition: DistrictCondition,
  actual: Decimal,
  required: number | null,
): DistrictConditionResult {
  return result(
    condition,
    actual.gte(condition.minPercent) ? 'met' : 'not-met',
    actual,
    required,
    null,
  );
}

function checkCondition(condition: DistrictCondition, c: Communes | null): DistrictConditionResult {
  if (c === null) {
    return result(
      condition,
      'unknown',
      null,
      null,
      'the district’s commune figures were not given',
    );
  }
  switch (condition.kind) {
    case 'communes-qualified':
      return judge(condition, share(c.qualified, c.total), needed(c.total, condition.minPercent));
    case 'communes-advanced':
      return c.advanced === undefined
        ? result(
            condition,
            'unknown',
            null,
            needed(c.total, condition.minPercent),
            'the number of nâng cao communes was not given',
          )
        : judge(condition, share(c.advanced, c.total), needed(c.total, condition.minPercent));
    case 'towns-civilised': {
      if (c.towns === undefined) {
        return result(
          condition,
          'unknown',
          null,
          null,
          'the district’s towns (thị trấn) were not given',
        );
      }
      if (c.towns.length === 0) {
        return result(
          condition,
          'not-applicable',
          null,
          null,
          'the district has no town (thị trấn)',
        );
      }
      const civilised = c.towns.filter((t) => t.civilised ?? t.met === t.total).length;
      return judge(
        condition,
        share(civilised, c.towns.length),
        needed(c.towns.length, condition.minPercent),
      );
    }
    case 'resident-satisfaction':
      return c.satisfaction === undefined
        ? result(condition, 'unknown', null, null, 'resident satisfaction was not given')
        : judge(condition, c.satisfaction, null);
    case 'lowest-commune-satisfaction':
      return c.lowestCommuneSatisfaction === undefined
        ? result(condition, 'unknown', null, null, 'the lowest commune satisfaction was not given')
        : judge(condition, c.lowestCommuneSatisfaction, null);
  }
}

/**
 * How far a district (huyện) is along a district criteria set: "lũy kế đến nay có 4/9 tiêu
 * chí đạt chuẩn", and, given its communes, towns and residents' satisfaction, each condition
 * the set adds (QĐ 558: 100% of communes NTM; QĐ 320: also ≥ 10% nâng cao, every thị trấn
 * "đô thị văn minh", satisfaction ≥ 90% and ≥ 80% in each commune).
 *
 * @category NTM
 * @param set - a district set (`'ntm-district-2016'`, `'ntm-district-2022'`) or its id
 * @param met - the district criteria met, as for {@link communeProgress}
 * @param communes - the figures the conditions are measured on; without it the conditions are
 * `unknown` and `qualifies` is at most `null`
 * @returns the {@link DistrictProgress}
 * @throws {@link "chitieu"!ChitieuError} `unknown-criterion` (with path) for a criterion the set lacks;
 * `invalid-argument` for a commune-level set or bad commune figures (more qualified communes
 * than communes, a percentage over 100, …); `unknown-criteria-set` for an unknown id
 * @example
 * ```ts
 * const d = districtProgress('ntm-district-2022', ['planning', 'transport', 'electricity', 'environment'], {
 *   total: 21,
 *   qualified: 17,
 *   advanced: 5,
 *   towns: [{ name: 'Hương Khê', met: 8, total: 18 }],
 * });
 * `${d.met}/${d.total}`;
 * //=> '4/9'
 * d.conditions.map((c) => c.status);
 * //=> ['not-met', 'met', 'not-met', 'unknown', 'unknown']
 * d.conditions[1].required;
 * //=> 3
 * d.qualifies;
 * //=> false
 * ```
 */
export function districtProgress(
  set: CriteriaSet | CriteriaSetId,
  met: CriteriaResults,
  communes?: DistrictCommunes,
): DistrictProgress {
  const s = resolveCriteriaSet(set, ['set']);
  if (s.level !== 'district') {
    throw chitieuError('invalid-argument', 'a district-level criteria set (bộ tiêu chí huyện)', {
      received: `${s.id}, a ${s.level}-level set`,
      path: ['set'],
    });
  }
  const { metIds, missing } = evaluateCriteria(s, met, ['met']);
  const c =
    communes === undefined
      ? null
      : parseWithSchema(
          districtCommunesSchema,
          communes,
          'invalid-argument',
          'the district’s commune figures { total, qualified, advanced?, towns?, satisfaction?, lowestCommuneSatisfaction? }',
          ['communes'],
        );
  const conditions = s.qualification.conditions.map((k) => checkCondition(k, c));
  const criteriaQualify = metIds.length >= s.qualification.minimumCriteria;
  const undetermined = conditions.filter((r) => r.status === 'unknown').map((r) => r.condition.id);
  const failed = !criteriaQualify || conditions.some((r) => r.status === 'not-met');
  return Object.freeze({
    set: s.id,
    met: metIds.length,
    total: s.criteria.length,
    metIds: Object.freeze(metIds),
    missing: Object.freeze(missing),
    criteriaQualify,
    conditions: Object.freeze(conditions),
    communes: c,
    qualifies: failed ? false : undetermined.length > 0 ? null : true,
    undetermined: Object.freeze(undetermined),
  });
}
