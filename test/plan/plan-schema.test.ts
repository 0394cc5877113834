import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { Decimal } from '../../src/numeric/decimal.js';
import {
  itemEvaluationSchema,
  type PlanInput,
  planItemSchema,
  planSchema,
  publishedScorecardSchema,
  reportedStatusSchema,
} from '../../src/plan/plan-schema.js';
import { scorecardSchema } from '../../src/plan/scorecard-schema.js';

const inlineIndicator = {
  id: 'food-output',
  name: 'Tổng sản lượng lương thực',
  unit: 'tấn',
  measure: 'amount',
  direction: 'higher-is-better',
} as const;

describe('planItemSchema', () => {
  it('normalises an item: indicator resolved, phrase read with the measure, numbers as Decimals', () => {
    const item = z.parse(planItemSchema, {
      id: 'poverty',
      indicator: 'poverty-rate',
      target: 'giảm 1–1,5%',
      actual: '3.96',
      baseline: 4.98,
    });
    expect(item.indicator.id).toBe('poverty-rate');
    expect(item.target).toEqual({
      kind: 'change',
      direction: 'decrease',
      by: { kind: 'range', min: new Decimal(1), max: new Decimal('1.5') },
      basis: 'points',
    });
    expect(item.targetText).toBe('giảm 1–1,5%');
    expect(item.actual?.eq('3.96')).toBe(true);
    expect(item.baseline?.eq('4.98')).toBe(true);
  });

  it('resolves a catalogue indicator by its key as well as its id', () => {
    const byKey = z.parse(planItemSchema, { id: 'a', indicator: 'partyAdmissions' });
    const byId = z.parse(planItemSchema, { id: 'a', indicator: 'party-admissions' });
    expect(byKey.indicator).toBe(byId.indicator);
  });

  it('keeps the optional fields given and only those', () => {
    const item = z.parse(planItemSchema, {
      id: 'food',
      indicator: inlineIndicator,
      label: 'tổng sản lượng lương thực',
      group: 'economy',
      reportedStatus: 'attained',
      evaluation: { strictness: 'literal' },
      note: 'không nêu số liệu',
      source: '002_6f9d0d73f558c892.txt',
    });
    expect(Object.keys(item)).toEqual([
      'id',
      'indicator',
      'label',
      'group',
      'reportedStatus',
      'evaluation',
      'note',
      'source',
    ]);
  });

  it('rejects unknown fields instead of dropping them (a misspelt "actaul" is not silently pending)', () => {
    const result = z.safeParse(planItemSchema, {
      id: 'a',
      indicator: 'party-admissions',
      actaul: 169,
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.code).toBe('unrecognized_keys');
  });

  describe('edge cases', () => {
    it('an inline indicator passes through unchanged', () => {
      const item = z.parse(planItemSchema, { id: 'a', indicator: inlineIndicator });
      expect(item.indicator).toEqual(inlineIndicator);
    });

    it('checks counts only for measure "count"', () => {
      expect(
        z.safeParse(planItemSchema, { id: 'a', indicator: 'poverty-rate', actual: -1 }).success,
      ).toBe(true);
      expect(
        z.safeParse(planItemSchema, { id: 'a', indicator: 'ntm-communes', actual: -1 }).success,
      ).toBe(false);
      expect(
        z.safeParse(planItemSchema, {
          id: 'a',
          indicator: 'ntm-communes',
          target: { kind: 'range', min: -2, max: 3 },
        }).success,
      ).toBe(false);
    });

    it('reads "có thêm 2 tiêu chí" as a change of 2 on a count', () => {
      const item = z.parse(planItemSchema, {
        id: 'a',
        indicator: 'ntm-district-criteria-met',
        target: 'có thêm 2 tiêu chí huyện đạt chuẩn NTM',
        baseline: 4,
      });
      expect(item.target).toMatchObject({
        kind: 'change',
        direction: 'increase',
        basis: 'absolute',
      });
    });
  });

  it('does not mutate its input', () => {
    const input = { id: 'a', indicator: 'party-admissions', target: 'trên 150', actual: 169 };
    const copy = structuredClone(input);
    z.parse(planItemSchema, input);
    expect(input).toEqual(copy);
  });
});

describe('planSchema', () => {
  const json: PlanInput = {
    id: 'hk-2022',
    title: 'Chỉ tiêu năm 2022',
    issuer: 'Huyện ủy Hương Khê',
    period: { kind: 'year', year: 2022 },
    items: [{ id: 'budget', indicator: 'budget-revenue', target: 'đạt 72 tỷ đồng' }],
  };

  it('parses a plan document into a frozen plan', () => {
    const plan = z.parse(planSchema, json);
    expect(plan.items[0]?.target).toEqual({ kind: 'exact', value: new Decimal(72) });
    expect(Object.isFrozen(plan)).toBe(true);
  });

  it('reports duplicate ids even when other fields are also wrong', () => {
    const result = z.safeParse(planSchema, {
      ...json,
      title: 5,
      items: [json.items[0], { ...json.items[0], actual: 'x' }],
    });
    expect(result.error?.issues.map((i) => i.path)).toEqual([
      ['title'],
      ['items', 1, 'actual'],
      ['items', 1, 'id'],
    ]);
  });

  it('does not mutate its input', () => {
    const copy = structuredClone(json);
    z.parse(planSchema, json);
    expect(json).toEqual(copy);
  });
});

describe('publishedScorecardSchema', () => {
  it('holds a published total with the article wording', () => {
    expect(
      z.parse(publishedScorecardSchema, {
        total: 31,
        attained: 18,
        order: 'exceeded-first',
        text: 'Có 18/31 chỉ tiêu vượt và đạt kế hoạch',
      }),
    ).toEqual({
      total: 31,
      attained: 18,
      order: 'exceeded-first',
      text: 'Có 18/31 chỉ tiêu vượt và đạt kế hoạch',
    });
  });

  it('rejects counts that do not add up, negative or fractional counts', () => {
    expect(
      z.safeParse(publishedScorecardSchema, { total: 10, attained: 8, notMet: 3 }).success,
    ).toBe(false);
    expect(z.safeParse(publishedScorecardSchema, { total: 10, attained: -1 }).success).toBe(false);
    expect(z.safeParse(publishedScorecardSchema, { total: 10.5, attained: 1 }).success).toBe(false);
  });
});

describe('itemEvaluationSchema and reportedStatusSchema', () => {
  it('accept the evaluation settings and reported statuses', () => {
    expect(z.parse(itemEvaluationSchema, { tolerance: '0.1' }).tolerance?.toString()).toBe('0.1');
    expect(z.safeParse(itemEvaluationSchema, { strictness: 'strict' }).success).toBe(false);
    expect(z.safeParse(reportedStatusSchema, 'attained').success).toBe(true);
    expect(z.safeParse(reportedStatusSchema, 'pending').success).toBe(false);
  });
});

describe('the issues planSchema and scorecardSchema raise for checks of their own', () => {
  it('are custom issues', () => {
    const head = {
      id: 'p',
      title: 'Kế hoạch',
      issuer: 'UBND huyện',
      period: { kind: 'year', year: 2022 },
    };
    const item = { id: 'a', indicator: 'party-admissions' };
    const codes = (input: unknown) =>
      z.safeParse(planSchema, input).error?.issues.map((i) => [i.path.join('.'), i.code]);
    expect(
      codes({
        ...head,
        items: [
          { id: 'a', indicator: 'party-admission' },
          { ...item, id: 'b', target: '   ' },
          { ...item, id: 'c', actual: -1 },
          { ...item, id: 'd', target: 'phấn đấu làm tốt' },
          { ...item, id: 'e', target: 'dưới 150' },
          { ...item, id: 'f', target: 'từ -3 đến 4' },
          { ...item, id: 'a' },
        ],
      }),
    ).toEqual([
      ['items.0.indicator', 'custom'],
      ['items.1.target', 'custom'],
      ['items.2.actual', 'custom'],
      ['items.3.target', 'custom'],
      ['items.4.target', 'custom'],
      ['items.5.target', 'custom'],
      ['items.6.id', 'custom'],
    ]);
    expect(
      codes({
        ...head,
        items: [item],
        published: { total: 10, attained: 8, notMet: 3 },
      }),
    ).toEqual([['published.attained', 'custom']]);
    const card = { total: 40, exceeded: 20, met: 12, notMet: 7, pending: 0, attained: 31 };
    expect(z.safeParse(scorecardSchema, card).error?.issues.map((i) => i.code)).toEqual([
      'custom',
      'custom',
    ]);
  });
});
