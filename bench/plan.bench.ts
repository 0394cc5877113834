/**
 * evaluatePlan over a national-size plan: 3 321 communes × 40 indicators × 5 years
 * (664 200 items), generated once in the setup, not in the timed part.
 * Run: npx vitest bench --run bench/plan.bench.ts
 */
import { bench, describe } from 'vitest';
import { indicators } from '../src/indicator/catalogue.js';
import type { Indicator } from '../src/indicator/indicator-schema.js';
import { Decimal } from '../src/numeric/decimal.js';
import { evaluatePlan } from '../src/plan/evaluate-plan.js';
import type { Plan, PlanItem } from '../src/plan/plan-schema.js';
import { describePlanReport } from '../src/report/describe-plan.js';
import type { Target } from '../src/targets/target-schema.js';

const COMMUNES = 3321;
const INDICATORS = 40;
const YEARS = 5;

const catalogue = Object.values<Indicator>(indicators);

/** A deterministic pseudo-random sequence (no Math.random: the figures are reproducible). */
function lcg(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function targetFor(indicator: Indicator, k: number, value: Decimal): Target {
  if (indicator.direction === 'lower-is-better') {
    return k % 2 === 0
      ? { kind: 'at-most', value, strict: true }
      : {
          kind: 'change',
          direction: 'decrease',
          by: { kind: 'range', min: new Decimal(1), max: new Decimal('1.5') },
          basis: indicator.measure === 'rate' ? 'points' : 'absolute',
        };
  }
  switch (k % 4) {
    case 0:
      return { kind: 'at-least', value, strict: true };
    case 1:
      return { kind: 'exact', value };
    case 2:
      return { kind: 'range', min: value, max: value.times('1.1') };
    default:
      return { kind: 'approximately', value };
  }
}

function generatePlan(): Plan {
  const next = lcg(2021);
  const items: PlanItem[] = [];
  for (let c = 0; c < COMMUNES; c++) {
    for (let y = 0; y < YEARS; y++) {
      for (let k = 0; k < INDICATORS; k++) {
        const indicator = catalogue[k % catalogue.length] as Indicator;
        const plan = new Decimal(Math.floor(next() * 1000) + 10);
        const target = targetFor(indicator, k, plan);
        const actual = plan.times(Math.floor(next() * 40) + 80).div(100);
        const baseline = plan.times(Math.floor(next() * 40) + 80).div(100);
        const withFigure = next() > 0.05;
        items.push({
          id: `x${c}-${2021 + y}-${k}`,
          indicator,
          target,
          ...(withFigure ? { actual } : {}),
          baseline,
        });
      }
    }
  }
  return {
    id: 'national',
    title: 'Kế hoạch',
    issuer: 'Cả nước',
    period: { kind: 'stage', startYear: 2021, endYear: 2025 },
    items,
  };
}

const plan = generatePlan();
/** The same plan without baselines: no Change to compute, attainment only. */
const withoutBaselines: Plan = {
  ...plan,
  items: plan.items.map(({ baseline: _, ...item }) => item),
};
const district: Plan = { ...plan, items: plan.items.slice(0, 20 * INDICATORS * YEARS) };
const small: Plan = { ...plan, items: plan.items.slice(0, 400) };
const smallResult = evaluatePlan(small);

describe(`evaluatePlan, national: ${plan.items.length} items`, () => {
  const options = { iterations: 3, warmupIterations: 1, time: 0 };
  bench(
    '3 321 communes × 40 indicators × 5 years, with baselines',
    () => {
      evaluatePlan(plan);
    },
    options,
  );
  bench(
    'the same, without baselines (attainment only)',
    () => {
      evaluatePlan(withoutBaselines);
    },
    options,
  );
});

describe('evaluatePlan, one district (20 communes × 40 × 5 = 4 000 items)', () => {
  bench('evaluatePlan', () => {
    evaluatePlan(district);
  });
});

describe('report', () => {
  bench('describePlanReport, 400 items', () => {
    describePlanReport(smallResult);
  });
});
