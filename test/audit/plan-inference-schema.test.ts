import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { inferPlan } from '../../src/audit/infer-plan.js';
import {
  type PlanInference,
  planInferenceSchema,
  planIntervalSchema,
} from '../../src/audit/plan-inference-schema.js';
import { Decimal } from '../../src/numeric/decimal.js';

const roundTrip = (r: PlanInference) => z.parse(planInferenceSchema, JSON.parse(JSON.stringify(r)));

describe('planInferenceSchema', () => {
  it('brings a bounded result back from JSON', () => {
    const r = inferPlan(169, '112,6%');
    const back = roundTrip(r);
    expect(JSON.parse(JSON.stringify(back))).toEqual(JSON.parse(JSON.stringify(r)));
    expect(back.integers[0]).toBeInstanceOf(Decimal);
    expect(back.byMode['half-up']?.min).toBeInstanceOf(Decimal);
  });

  it('brings back an unbounded result (max null) and an unreproducible one', () => {
    const open = inferPlan(3, '0%', { maxIntegers: 3 });
    expect(JSON.parse(JSON.stringify(roundTrip(open)))).toEqual(JSON.parse(JSON.stringify(open)));
    const none = inferPlan(0, '5%');
    const back = roundTrip(none);
    expect(back.verdict).toBe('unreproducible');
    expect(back.min).toBeNull();
    expect(JSON.parse(JSON.stringify(back))).toEqual(JSON.parse(JSON.stringify(none)));
  });

  it('rejects a result whose verdict and bounds disagree', () => {
    const json = JSON.parse(JSON.stringify(inferPlan(169, '112,6%')));
    expect(z.safeParse(planInferenceSchema, { ...json, min: null }).success).toBe(false);
    expect(z.safeParse(planInferenceSchema, { ...json, verdict: 'unreproducible' }).success).toBe(
      false,
    );
    expect(z.safeParse(planInferenceSchema, { ...json, byMode: { nearest: null } }).success).toBe(
      false,
    );
  });
});

describe('planIntervalSchema', () => {
  it('round-trips an interval', () => {
    const t = inferPlan(169, '112,6%').byMode.truncate;
    const back = z.parse(planIntervalSchema, JSON.parse(JSON.stringify(t)));
    expect(JSON.parse(JSON.stringify(back))).toEqual(JSON.parse(JSON.stringify(t)));
  });

  it('rejects an interval without its bounds', () => {
    expect(z.safeParse(planIntervalSchema, { max: '1' }).success).toBe(false);
  });
});
