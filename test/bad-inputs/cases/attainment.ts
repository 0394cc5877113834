/**
 * Bad inputs for attainment: evaluate, change, growthRate, cagr, requiredGrowth, pace,
 * progressStatus, parseAttainment, defaultDirection.
 */

import {
  type Attainment,
  cagr,
  change,
  Decimal,
  defaultDirection,
  evaluate,
  growthRate,
  type Pace,
  pace,
  progressStatus,
  requiredGrowth,
  type Target,
  toDecimal,
} from 'chitieu';
import { parseAttainment } from 'chitieu/schemas';
import { Decimal as GlobalDecimal } from 'decimal.js';
import { expect } from 'vitest';
import type { BadInputCase } from '../expect-chitieu-error.js';
import { deepArray } from '../hostile.js';

const over150: Target = { kind: 'at-least', value: toDecimal(150), strict: true };
const povertyDown: Target = {
  kind: 'change',
  direction: 'decrease',
  by: { kind: 'range', min: toDecimal(1), max: toDecimal('1.5') },
  basis: 'points',
};
const tenPercentMore: Target = {
  kind: 'change',
  direction: 'increase',
  by: { kind: 'at-least', value: toDecimal(10), strict: false },
  basis: 'percent',
};
const progress = {
  baseYear: 2020,
  baseValue: 48,
  currentYear: 2021,
  currentValue: 100,
  targetYear: 2025,
  targetValue: 150,
};

const printsAs = (text: string) => (v: unknown) => expect((v as Decimal).toString()).toBe(text);

export const attainmentCases: readonly BadInputCase[] = [
  {
    name: 'evaluate rejects a NaN actual at actual',
    run: () => evaluate(Number.NaN, over150),
    code: 'invalid-number',
    path: ['actual'],
  },
  {
    name: "evaluate rejects an actual of '1e999999999999999'",
    run: () => evaluate('1e999999999999999', over150),
    code: 'invalid-number',
    path: ['actual'],
  },
  {
    name: "evaluate rejects Vietnamese notation ('169,5') where JavaScript notation is expected",
    run: () => evaluate('169,5', over150),
    code: 'invalid-number',
    path: ['actual'],
  },
  {
    name: 'evaluate rejects an actual { valueOf: () => 169 }',
    run: () => evaluate({ valueOf: () => 169 } as never, over150),
    code: 'invalid-number',
    path: ['actual'],
  },
  {
    name: 'evaluate rejects a null target at target',
    run: () => evaluate(169, null as never),
    code: 'invalid-target',
    path: ['target'],
  },
  {
    name: 'evaluate rejects a target given as a phrase (parse it first)',
    run: () => evaluate(169, 'trên 150' as never),
    code: 'invalid-target',
    path: ['target'],
  },
  {
    name: "evaluate rejects the unknown target kind 'maybe'",
    run: () => evaluate(169, { kind: 'maybe', value: toDecimal(1) } as never),
    code: 'invalid-target',
    path: ['target', 'kind'],
  },
  {
    name: 'evaluate rejects a target value of NaN',
    run: () => evaluate(169, { kind: 'at-least', value: Number.NaN, strict: true }),
    code: 'invalid-target',
    path: ['target', 'value'],
  },
  {
    name: "evaluate rejects a target value past 1e1000 (chitieu's own Decimal)",
    run: () => evaluate(169, { kind: 'exact', value: new Decimal('1e5000') }),
    code: 'invalid-target',
    path: ['target', 'value'],
  },
  {
    name: 'evaluate rejects a range target whose min is above its max',
    run: () => evaluate(169, { kind: 'range', min: toDecimal(13), max: toDecimal(12) }),
    code: 'invalid-target',
    path: ['target', 'max'],
  },
  {
    name: 'evaluate keeps −0 out of its result: a target of Decimal −0 is read as 0',
    run: () => evaluate(0, { kind: 'exact', value: new Decimal(-0) }),
    returns: (v) => expect((v as Attainment).reference.isNegative()).toBe(false),
  },
  {
    name: "evaluate re-makes a target Decimal of the global clone with chitieu's constructor",
    run: () => evaluate(169, { kind: 'at-least', value: new GlobalDecimal(150), strict: true }),
    returns: (v) => expect((v as Attainment).reference.constructor).toBe(Decimal),
  },
  {
    name: 'evaluate reads a target JSON with a "__proto__" key and pollutes nothing',
    run: () =>
      evaluate(
        169,
        JSON.parse(
          '{"__proto__": {"polluted": 1}, "kind": "at-least", "value": 150, "strict": true}',
        ),
      ).status,
    returns: (v) => expect(v).toBe('exceeded'),
  },
  {
    name: 'evaluate of 0 against a plan of 0 has no ratio (null), never NaN',
    run: () => evaluate(0, { kind: 'at-least', value: toDecimal(0), strict: false }),
    returns: (v) => {
      expect((v as Attainment).ratio).toBeNull();
      expect((v as Attainment).percentOfPlan).toBeNull();
    },
  },
  {
    name: 'evaluate on the growth-index basis against −100% has no ratio (null)',
    run: () =>
      evaluate(5, { kind: 'exact', value: toDecimal(-100) }, { ratioBasis: 'growth-index' }),
    returns: (v) => expect((v as Attainment).ratio).toBeNull(),
  },
  {
    name: 'evaluate of a change target without a baseline is missing-baseline',
    run: () => evaluate('3.96', povertyDown),
    code: 'missing-baseline',
    path: ['options', 'baseline'],
  },
  {
    name: 'evaluate of a percent change from a baseline of 0 is division-by-zero',
    run: () => evaluate(5, tenPercentMore, { baseline: 0 }),
    code: 'division-by-zero',
    path: ['options', 'baseline'],
  },
  {
    name: "evaluate rejects a baseline in Vietnamese notation ('4,98')",
    run: () => evaluate('3.96', povertyDown, { baseline: '4,98' }),
    code: 'invalid-number',
    path: ['options', 'baseline'],
  },
  {
    name: 'evaluate refuses null options',
    run: () => evaluate(169, over150, null as never),
    code: 'invalid-argument',
    path: ['options'],
  },
  {
    name: "evaluate refuses the unknown direction 'up'",
    run: () => evaluate(169, over150, { direction: 'up' as never }),
    code: 'invalid-argument',
    path: ['options', 'direction'],
  },
  {
    name: 'evaluate refuses a direction an at-least target cannot have',
    run: () => evaluate(169, over150, { direction: 'lower-is-better' }),
    code: 'invalid-argument',
    path: ['options', 'direction'],
  },
  {
    name: "evaluate refuses the unknown strictness 'maybe'",
    run: () => evaluate(169, over150, { strictness: 'maybe' as never }),
    code: 'invalid-argument',
    path: ['options', 'strictness'],
  },
  {
    name: "evaluate refuses the unknown ratio basis 'ratio'",
    run: () => evaluate(169, over150, { ratioBasis: 'ratio' as never }),
    code: 'invalid-argument',
    path: ['options', 'ratioBasis'],
  },
  {
    name: "evaluate refuses the unknown measure 'percent'",
    run: () => evaluate(169, over150, { measure: 'percent' as never }),
    code: 'invalid-argument',
    path: ['options', 'measure'],
  },
  {
    name: "evaluate refuses measure 'count' for a change in percentage points (unit-mismatch)",
    run: () => evaluate('3.96', povertyDown, { baseline: '4.98', measure: 'count' }),
    code: 'unit-mismatch',
    path: ['options', 'measure'],
  },
  {
    name: 'evaluate refuses a negative tolerance',
    run: () => evaluate(169, over150, { tolerance: '-0.1' }),
    code: 'invalid-argument',
    path: ['options', 'tolerance'],
  },
  {
    name: 'evaluate refuses a NaN tolerance',
    run: () => evaluate(169, over150, { tolerance: Number.NaN }),
    code: 'invalid-number',
    path: ['options', 'tolerance'],
  },
  {
    name: 'change rejects a NaN current figure',
    run: () => change(Number.NaN, 1),
    code: 'invalid-number',
    path: ['current'],
  },
  {
    name: "change rejects a previous figure in Vietnamese notation ('4,98')",
    run: () => change(1, '4,98'),
    code: 'invalid-number',
    path: ['previous'],
  },
  {
    name: "change refuses the unknown measure 'percent'",
    run: () => change(1, 2, { measure: 'percent' as never }),
    code: 'invalid-argument',
    path: ['options', 'measure'],
  },
  {
    name: 'change refuses null options',
    run: () => change(1, 2, null as never),
    code: 'invalid-argument',
    path: ['options'],
  },
  {
    name: 'change from 0 to 0 is unchanged with no relative change (null), never NaN',
    run: () => change(-0, 0),
    returns: (v) => {
      expect((v as ReturnType<typeof change>).direction).toBe('unchanged');
      expect((v as ReturnType<typeof change>).relative).toBeNull();
    },
  },
  {
    name: 'growthRate from 0 is division-by-zero at previous',
    run: () => growthRate(1, 0),
    code: 'division-by-zero',
    path: ['previous'],
  },
  {
    name: 'growthRate rejects an Infinity current figure',
    run: () => growthRate(Number.POSITIVE_INFINITY, 1),
    code: 'invalid-number',
    path: ['current'],
  },
  {
    name: 'growthRate of 0 from a negative figure is +100, exactly',
    run: () => growthRate(0, -5),
    returns: printsAs('100'),
  },
  {
    name: 'cagr refuses a starting figure of 0',
    run: () => cagr(0, 1, 1),
    code: 'invalid-argument',
    path: ['start'],
  },
  {
    name: 'cagr refuses a negative end figure',
    run: () => cagr(1, -1, 1),
    code: 'invalid-argument',
    path: ['end'],
  },
  {
    name: 'cagr refuses 0 years',
    run: () => cagr(1, 2, 0),
    code: 'invalid-argument',
    path: ['years'],
  },
  {
    name: 'cagr refuses -1 years',
    run: () => cagr(1, 2, -1),
    code: 'invalid-argument',
    path: ['years'],
  },
  {
    name: "cagr rejects years given as the text 'NaN'",
    run: () => cagr(1, 2, 'NaN'),
    code: 'invalid-number',
    path: ['years'],
  },
  {
    name: 'cagr over 1e-20 years is refused (the rate would be Infinity), not returned as Infinity',
    run: () => cagr(1, 2, '1e-20'),
    code: 'invalid-argument',
    path: ['years'],
  },
  {
    name: 'requiredGrowth over 0.0001 years is refused (2^10000 is past 1e1000)',
    run: () => requiredGrowth(100, 200, '0.0001'),
    code: 'invalid-argument',
    path: ['years'],
  },
  {
    name: 'requiredGrowth refuses a negative current figure',
    run: () => requiredGrowth(-5, 10, 2),
    code: 'invalid-argument',
    path: ['current'],
  },
  {
    name: 'requiredGrowth to the same figure is 0, unsigned',
    run: () => requiredGrowth(5, 5, 3),
    returns: printsAs('0'),
  },
  {
    name: 'pace refuses an elapsed share of 1.5',
    run: () => pace(1, over150, 1.5),
    code: 'invalid-argument',
    path: ['elapsed'],
  },
  {
    name: 'pace refuses an elapsed share of -0.1',
    run: () => pace(1, over150, -0.1),
    code: 'invalid-argument',
    path: ['elapsed'],
  },
  {
    name: 'pace rejects an elapsed share of NaN',
    run: () => pace(1, over150, Number.NaN),
    code: 'invalid-number',
    path: ['elapsed'],
  },
  {
    name: "pace rejects an elapsed share in Vietnamese notation ('0,5')",
    run: () => pace(1, over150, '0,5'),
    code: 'invalid-number',
    path: ['elapsed'],
  },
  {
    name: 'pace rejects a null target',
    run: () => pace(1, null as never, 0.5),
    code: 'invalid-target',
    path: ['target'],
  },
  {
    name: 'pace refuses null options',
    run: () => pace(1, over150, 0.5, null as never),
    code: 'invalid-argument',
    path: ['options'],
  },
  {
    name: 'pace refuses a negative tolerance',
    run: () => pace(1, over150, 0.5, { tolerance: -1 }),
    code: 'invalid-argument',
    path: ['options', 'tolerance'],
  },
  {
    name: 'pace of a change target without a baseline is missing-baseline',
    run: () => pace('3.96', povertyDown, 0.5),
    code: 'missing-baseline',
    path: ['options', 'baseline'],
  },
  {
    name: 'pace at the start of the period against a plan of 0 has no ratio (null)',
    run: () => pace(0, { kind: 'exact', value: toDecimal(0) }, 0),
    returns: (v) => {
      expect((v as Pace).ratio).toBeNull();
      expect((v as Pace).percentOfPlan).toBeNull();
    },
  },
  {
    name: 'progressStatus rejects null',
    run: () => progressStatus(null as never),
    code: 'invalid-argument',
    path: [],
  },
  {
    name: 'progressStatus rejects a NaN base year',
    run: () => progressStatus({ ...progress, baseYear: Number.NaN }),
    code: 'invalid-argument',
    path: ['baseYear'],
  },
  {
    name: "progressStatus rejects a year given as text ('2020')",
    run: () => progressStatus({ ...progress, baseYear: '2020' as never }),
    code: 'invalid-argument',
    path: ['baseYear'],
  },
  {
    name: 'progressStatus refuses a current year before the base year',
    run: () => progressStatus({ ...progress, currentYear: 2019 }),
    code: 'invalid-argument',
    path: ['currentYear'],
  },
  {
    name: 'progressStatus refuses a target year equal to the base year',
    run: () => progressStatus({ ...progress, targetYear: 2020 }),
    code: 'invalid-argument',
    path: ['targetYear'],
  },
  {
    name: "progressStatus rejects a base value in Vietnamese notation ('1,5')",
    run: () => progressStatus({ ...progress, baseValue: '1,5' }),
    code: 'invalid-number',
    path: ['baseValue'],
  },
  {
    name: "progressStatus refuses the unknown direction 'up'",
    run: () => progressStatus({ ...progress, direction: 'up' as never }),
    code: 'invalid-argument',
    path: ['direction'],
  },
  {
    name: 'progressStatus refuses a growth over a sliver of a year whose rate is past 1e1000',
    run: () =>
      progressStatus({ ...progress, baseValue: 1, currentYear: 2020.0001, currentValue: 1e10 }),
    code: 'invalid-argument',
    path: ['currentYear'],
  },
  {
    name: 'progressStatus from a base of 0 is a typed "not computable" (zero-base), never NaN',
    run: () => progressStatus({ ...progress, baseValue: 0, currentValue: 10 }),
    returns: (v) => expect(v).toMatchObject({ computable: false, reason: 'zero-base' }),
  },
  {
    name: 'parseAttainment rejects null',
    run: () => parseAttainment(null),
    code: 'invalid-argument',
    path: [],
  },
  {
    name: "parseAttainment rejects the unknown status 'great'",
    run: () =>
      parseAttainment({ ...JSON.parse(JSON.stringify(evaluate(169, over150))), status: 'great' }),
    code: 'invalid-argument',
    path: ['status'],
  },
  {
    name: 'parseAttainment rejects a ratio of "NaN" (a JSON with NaN written in)',
    run: () =>
      parseAttainment({ ...JSON.parse(JSON.stringify(evaluate(169, over150))), ratio: 'NaN' }),
    code: 'invalid-argument',
    path: ['ratio'],
  },
  {
    name: 'parseAttainment rejects a 10 000-deep array',
    run: () => parseAttainment(deepArray(10_000)),
    code: 'invalid-argument',
  },
  {
    name: 'parseAttainment reads back a JSON round trip',
    run: () => parseAttainment(JSON.parse(JSON.stringify(evaluate(169, over150)))).status,
    returns: (v) => expect(v).toBe('exceeded'),
  },
  {
    name: 'defaultDirection rejects null with invalid-target',
    run: () => defaultDirection(null as never),
    code: 'invalid-target',
    path: ['target'],
  },
  {
    name: 'defaultDirection rejects a change whose size (by) is null',
    run: () =>
      defaultDirection({
        kind: 'change',
        direction: 'increase',
        by: null,
        basis: 'points',
      } as never),
    code: 'invalid-target',
    path: ['target', 'by'],
  },
  {
    name: 'defaultDirection reads a target with plain-number values',
    run: () => defaultDirection({ kind: 'at-most', value: 4, strict: true }),
    returns: (v) => expect(v).toBe('lower-is-better'),
  },
  // Misspelled options (issue 19): refused at the key, never ignored.
  {
    name: "evaluate refuses the misspelled option 'strictnes' (did you mean 'strictness'?)",
    run: () =>
      evaluate(150, { kind: 'at-least', value: 150, strict: true }, {
        strictnes: 'literal',
      } as never),
    code: 'invalid-argument',
    path: ['options', 'strictnes'],
  },
  {
    name: "evaluate refuses the misspelled option 'baseLine'",
    run: () => evaluate(150, { kind: 'exact', value: 150 }, { baseLine: 100 } as never),
    code: 'invalid-argument',
    path: ['options', 'baseLine'],
  },
  {
    name: "change refuses the misspelled option 'measures'",
    run: () => change(5, 4, { measures: 'rate' } as never),
    code: 'invalid-argument',
    path: ['options', 'measures'],
  },
];
