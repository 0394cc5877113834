import { bench, describe } from 'vitest';
import { evaluateAdmissions } from '../src/party/admissions.js';
import { allocateAdmissionQuotas } from '../src/party/allocate-admission-quotas.js';
import { checkAdmissionQuotas } from '../src/party/check-admission-quotas.js';
import { checkExcellentQuota } from '../src/party/check-excellent-quota.js';
import { describeAdmissions } from '../src/party/describe-party.js';
import { probationDue } from '../src/party/probation.js';
import { ratingFromScore } from '../src/party/rating-from-score.js';
import { ratingShares } from '../src/party/rating-shares.js';

const counts = { excellent: 9, good: 41, completed: 5, 'not-completed': 1 } as const;
const units = Array.from({ length: 22 }, (_, i) => ({
  unit: `Đảng bộ xã ${i + 1}`,
  quota: 7 + (i % 3),
  admitted: 6 + (i % 5),
}));
const weighted = units.map((u, i) => ({ unit: u.unit, weight: 100 + 37 * i }));
const admissions = Array.from({ length: 169 }, (_, i) => ({
  id: `DV${i}`,
  admittedOn: `2021-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
}));
const sink: { value: unknown } = { value: undefined };

describe('ratings', () => {
  bench('ratingFromScore(92)', () => {
    sink.value = ratingFromScore(92);
  });
  bench('ratingFromScore(95, 3 conditions)', () => {
    sink.value = ratingFromScore(95, {
      conditions: { beyondRequirementShare: 25, allTasksOnTime: true, disciplined: false },
    });
  });
  bench('ratingShares (4 levels, repeating shares)', () => {
    sink.value = ratingShares(counts);
  });
  bench('checkExcellentQuota', () => {
    sink.value = checkExcellentQuota(counts);
  });
});

describe('admissions', () => {
  bench('evaluateAdmissions (number plan, previous, period)', () => {
    sink.value = evaluateAdmissions({
      admitted: 169,
      plan: 150,
      previous: 48,
      period: { kind: 'year', year: 2021 },
    });
  });
  bench('evaluateAdmissions + describeAdmissions ("trên 150" parsed)', () => {
    sink.value = describeAdmissions(
      evaluateAdmissions({
        admitted: 169,
        plan: 'trên 150 đảng viên',
        previous: 48,
        period: { kind: 'year', year: 2021 },
      }),
      { rounding: 'truncate' },
    );
  });
  bench('checkAdmissionQuotas (22 units)', () => {
    sink.value = checkAdmissionQuotas(units, 180, { minPerUnit: 7 });
  });
  bench('allocateAdmissionQuotas (22 units, weights)', () => {
    sink.value = allocateAdmissionQuotas(weighted, 180, { minPerUnit: 7 });
  });
  bench('probationDue (169 admissions, one half-year)', () => {
    sink.value = probationDue(admissions, { kind: 'half', year: 2022, half: 1 });
  });
});
