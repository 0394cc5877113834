import { describe, expect, it } from 'vitest';
import {
  ratioBasisSchema,
  statusSchema,
  strictnessSchema,
} from '../../src/attainment/attainment-schema.js';
import {
  ITEM_STATUSES,
  RATIO_BASES,
  STATUSES,
  STRICTNESSES,
} from '../../src/attainment/attainment-values.js';
import { change } from '../../src/attainment/change.js';
import { evaluate } from '../../src/attainment/evaluate.js';
import { directionSchema, measureSchema } from '../../src/indicator/measure-schema.js';
import { DIRECTIONS, MEASURES } from '../../src/indicator/measure-values.js';
import { ROUNDING_MODES } from '../../src/numeric/rounding.js';
import { roundingSchema } from '../../src/numeric/rounding-schema.js';
import { evaluatePlan } from '../../src/plan/evaluate-plan.js';
import { parsePlan } from '../../src/plan/parse-plan.js';
import { pendingReasonSchema } from '../../src/plan/plan-result-schema.js';
import { reportedStatusSchema } from '../../src/plan/plan-schema.js';
import { PENDING_REASONS, REPORTED_STATUSES } from '../../src/plan/plan-values.js';
import { describeAttainment } from '../../src/report/describe-attainment.js';
import { describePlanReport } from '../../src/report/describe-plan.js';
import { isGenuineAttainment, isGenuineChange } from '../../src/report/read-results.js';
import { parseTarget } from '../../src/targets/parse-target.js';

describe('one definition of each enum', () => {
  it('builds every schema from its tuple', () => {
    const pairs = [
      [measureSchema, MEASURES],
      [directionSchema, DIRECTIONS],
      [statusSchema, STATUSES],
      [strictnessSchema, STRICTNESSES],
      [ratioBasisSchema, RATIO_BASES],
      [reportedStatusSchema, REPORTED_STATUSES],
      [pendingReasonSchema, PENDING_REASONS],
      [roundingSchema, ROUNDING_MODES],
    ] as const;
    for (const [schema, tuple] of pairs) expect(schema.options).toEqual([...tuple]);
    expect(ITEM_STATUSES).toEqual([...STATUSES, 'pending']);
  });

  it('the report checks accept every value of the schemas and nothing else', () => {
    const a = evaluate(169, parseTarget('trên 150 đảng viên').target);
    for (const direction of DIRECTIONS) {
      expect(isGenuineAttainment({ ...a, direction })).toBe(true);
    }
    expect(isGenuineAttainment({ ...a, direction: 'higher' })).toBe(false);
    for (const status of STATUSES) expect(isGenuineAttainment({ ...a, status })).toBe(true);
    expect(isGenuineAttainment({ ...a, status: 'pending' })).toBe(false);
    const c = change(169, 48);
    for (const measure of [...MEASURES, null]) {
      expect(isGenuineChange({ ...c, measure })).toBe(true);
    }
    expect(isGenuineChange({ ...c, measure: 'ratio' })).toBe(false);
  });
});

describe('blank text in sentences', () => {
  it('describeAttainment refuses a blank label instead of printing "    — X"', () => {
    expect(() => describeAttainment({ label: '   ', actual: 5 })).toThrow(
      expect.objectContaining({ code: 'invalid-argument', path: ['item', 'label'] }),
    );
    expect(() => describeAttainment({ label: '\u200b', actual: 5 })).toThrow(
      expect.objectContaining({ path: ['item', 'label'] }),
    );
  });

  it('describePlanReport refuses a plan result whose title is blank', () => {
    const plan = parsePlan({
      id: 'p',
      title: 'Kết quả',
      issuer: 'Huyện ủy',
      period: { kind: 'year', year: 2021 },
      items: [
        { id: 'a', indicator: 'party-admissions', target: 'trên 150 đảng viên', actual: 169 },
      ],
    });
    const result = evaluatePlan(plan);
    expect(() => describePlanReport({ ...result, plan: { ...result.plan, title: '   ' } })).toThrow(
      expect.objectContaining({ code: 'invalid-argument' }),
    );
  });
});
