import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { evaluatePlan } from '../../src/plan/evaluate-plan.js';
import { parsePlan } from '../../src/plan/parse-plan.js';
import {
  pendingReasonSchema,
  planItemResultSchema,
  planResultSchema,
} from '../../src/plan/plan-result-schema.js';

const file = (year: number) =>
  JSON.parse(
    readFileSync(new URL(`../../examples/data/huong-khe-${year}.json`, import.meta.url), 'utf8'),
  );

describe('planResultSchema', () => {
  it('takes a plan result back from JSON, equal to the original', () => {
    for (const year of [2020, 2021, 2022]) {
      const result = evaluatePlan(parsePlan(file(year)));
      const back = z.parse(planResultSchema, JSON.parse(JSON.stringify(result)));
      expect(back).toEqual(result);
    }
  });

  it('rejects a result whose scorecard does not add up', () => {
    const result = JSON.parse(JSON.stringify(evaluatePlan(parsePlan(file(2021)))));
    result.scorecard.attained += 1;
    expect(z.safeParse(planResultSchema, result).success).toBe(false);
  });

  describe('edge cases', () => {
    it('an item result keeps a null attainment and change, and its pending reason', () => {
      const [pending] = evaluatePlan(parsePlan(file(2022))).items;
      const back = z.parse(planItemResultSchema, JSON.parse(JSON.stringify(pending)));
      expect(back).toMatchObject({
        status: 'pending',
        attainment: null,
        change: null,
        pendingReason: 'no-actual',
      });
      expect(z.safeParse(pendingReasonSchema, 'no-data').success).toBe(false);
    });
  });

  it('does not mutate its input', () => {
    const json = JSON.parse(JSON.stringify(evaluatePlan(parsePlan(file(2021)))));
    const copy = structuredClone(json);
    z.parse(planResultSchema, json);
    expect(json).toEqual(copy);
  });
});
