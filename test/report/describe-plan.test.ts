import { describe, expect, it } from 'vitest';
import { ChitieuError } from '../../src/errors.js';
import { evaluatePlan } from '../../src/plan/evaluate-plan.js';
import { parsePlan } from '../../src/plan/parse-plan.js';
import { parsePlanResult } from '../../src/plan/parse-plan-result.js';
import type { PlanResult } from '../../src/plan/plan-result-schema.js';
import {
  type DescribePlanReportOptions,
  describePlanReport,
} from '../../src/report/describe-plan.js';

function evaluated(
  extra: Record<string, unknown> = {},
  items?: readonly Record<string, unknown>[],
): PlanResult {
  return evaluatePlan(
    parsePlan({
      id: 'hk-2021',
      title: 'Kết quả thực hiện nhiệm vụ',
      issuer: 'Huyện ủy Hương Khê',
      period: { kind: 'year', year: 2021 },
      items: items ?? [
        {
          id: 'admissions',
          indicator: 'party-admissions',
          label: 'kết nạp đảng viên mới',
          target: '150 đảng viên',
          actual: 169,
          baseline: 48,
          baselineLabel: 'năm 2020',
        },
        { id: 'budget', indicator: 'budget-revenue', target: 'đạt 72 tỷ đồng', actual: 65 },
        { id: 'poverty', indicator: 'poverty-rate', actual: '3.96', baseline: '4.98' },
        { id: 'investment', indicator: 'total-social-investment', target: 'trên 3.200 tỷ đồng' },
      ],
      ...extra,
    }),
  );
}

describe('describePlanReport', () => {
  it('writes the heading, the scorecard with the shortfalls named, and one sentence per item', () => {
    expect(describePlanReport(evaluated(), { planWord: 'kế hoạch năm' })).toEqual([
      'Kết quả thực hiện nhiệm vụ — Huyện ủy Hương Khê, năm 2021',
      'Năm 2021 có 1/3 chỉ tiêu đạt và vượt kế hoạch; 1 chỉ tiêu chưa đạt: thu ngân sách trên địa bàn; 1 chỉ tiêu chưa có số liệu.',
      '- Kết nạp 169 đảng viên mới, tăng 121 đảng viên so với năm 2020, đạt 112,6% kế hoạch năm.',
      '- Thu ngân sách trên địa bàn đạt 65 tỷ đồng, đạt 90,2% kế hoạch năm, chưa đạt kế hoạch.',
      '- Tỷ lệ hộ nghèo còn 3,96%, giảm 1,02%.',
      '- Tổng vốn đầu tư toàn xã hội: chưa có số liệu (chỉ tiêu: trên 3.200 tỷ đồng).',
    ]);
  });

  it('states a published scorecard as published, before the one computed from the items', () => {
    const lines = describePlanReport(
      evaluated({ published: { total: 39, attained: 32, qualifier: 'kinh tế - xã hội' } }),
    );
    expect(lines.slice(1, 3)).toEqual([
      'Theo báo cáo, năm 2021 có 32/39 chỉ tiêu kinh tế - xã hội đạt và vượt kế hoạch.',
      'Tính từ số liệu từng chỉ tiêu dưới đây: 1/3 chỉ tiêu đạt và vượt kế hoạch; 1 chỉ tiêu chưa đạt: thu ngân sách trên địa bàn; 1 chỉ tiêu chưa có số liệu.',
    ]);
    const exceededFirst = describePlanReport(
      evaluated({ published: { total: 31, attained: 18, order: 'exceeded-first' } }),
    );
    expect(exceededFirst[1]).toBe('Theo báo cáo, năm 2021 có 18/31 chỉ tiêu vượt và đạt kế hoạch.');
  });

  it('puts items under group headings when asked', () => {
    const lines = describePlanReport(evaluated(), { groupHeadings: true, bullet: '  • ' });
    expect(lines.slice(2)).toEqual([
      'Kinh tế:',
      '  • Thu ngân sách trên địa bàn đạt 65 tỷ đồng, đạt 90,2% kế hoạch, chưa đạt kế hoạch.',
      '  • Tổng vốn đầu tư toàn xã hội: chưa có số liệu (chỉ tiêu: trên 3.200 tỷ đồng).',
      'Văn hóa - xã hội:',
      '  • Tỷ lệ hộ nghèo còn 3,96%, giảm 1,02%.',
      'Xây dựng Đảng và hệ thống chính trị:',
      '  • Kết nạp 169 đảng viên mới, tăng 121 đảng viên so với năm 2020, đạt 112,6% kế hoạch.',
    ]);
  });

  it('follows the layout options: order, qualifier, no shortfall names', () => {
    const lines = describePlanReport(evaluated(), {
      order: 'exceeded-first',
      qualifier: 'chủ yếu',
      listShortfalls: false,
    });
    expect(lines[1]).toBe(
      'Năm 2021 có 1/3 chỉ tiêu chủ yếu vượt và đạt kế hoạch; 1 chỉ tiêu chưa có số liệu.',
    );
  });

  describe('edge cases', () => {
    it('a plan with no items says so', () => {
      expect(describePlanReport(evaluated({}, []))).toEqual([
        'Kết quả thực hiện nhiệm vụ — Huyện ủy Hương Khê, năm 2021',
        'Năm 2021 không có chỉ tiêu nào.',
      ]);
    });

    it('names a multi-year period: "giai đoạn 2021–2025"', () => {
      const lines = describePlanReport(
        evaluated({ period: { kind: 'stage', startYear: 2021, endYear: 2025 } }),
      );
      expect(lines[0]).toBe('Kết quả thực hiện nhiệm vụ — Huyện ủy Hương Khê, giai đoạn 2021–2025');
      expect(lines[1]?.startsWith('Giai đoạn 2021–2025 có 1/3 chỉ tiêu')).toBe(true);
    });

    it('items without a group go under "Chỉ tiêu khác"', () => {
      const lines = describePlanReport(
        evaluated({}, [
          {
            id: 'x',
            indicator: {
              id: 'x',
              name: 'Số hộ dùng nước sạch',
              unit: 'hộ',
              measure: 'count',
              direction: 'higher-is-better',
            },
            actual: 120,
          },
        ]),
        { groupHeadings: true },
      );
      expect(lines.slice(2)).toEqual(['Chỉ tiêu khác:', '- 120 hộ dùng nước sạch.']);
    });

    it('rejects what is not a plan result and bad options', () => {
      expect(() => describePlanReport(null as unknown as PlanResult)).toThrow(ChitieuError);
      expect(() => describePlanReport({ plan: {} } as unknown as PlanResult)).toThrow(ChitieuError);
      expect(() =>
        describePlanReport(evaluated(), { bullet: 3 } as unknown as DescribePlanReportOptions),
      ).toThrow(ChitieuError);
    });

    it('writes the same report from a result loaded back from JSON and read by parsePlanResult', () => {
      const result = evaluated({
        published: { total: 39, attained: 32, qualifier: 'kinh tế - xã hội' },
      });
      const back = JSON.parse(JSON.stringify(result)) as PlanResult;
      expect(() => describePlanReport(back)).toThrow(
        expect.objectContaining({ code: 'invalid-argument', path: ['result'] }),
      );
      expect(describePlanReport(parsePlanResult(back), { groupHeadings: true })).toEqual(
        describePlanReport(result, { groupHeadings: true }),
      );
    });

    it('refuses a malformed result at result; parsePlanResult names the bad field', () => {
      expect(() => describePlanReport({ plan: {}, items: [] } as unknown as PlanResult)).toThrow(
        expect.objectContaining({ code: 'invalid-argument', path: ['result'] }),
      );
      expect(() => parsePlanResult({ plan: {}, items: [] })).toThrow(
        expect.objectContaining({ code: 'invalid-argument', path: ['plan', 'id'] }),
      );
      const result = evaluated();
      const badItem = { ...result, items: [{ ...result.items[0], status: 'great' }] };
      expect(() => describePlanReport(badItem as unknown as PlanResult)).toThrow(
        expect.objectContaining({ code: 'invalid-argument', path: ['result'] }),
      );
      expect(() => parsePlanResult(badItem)).toThrow(
        expect.objectContaining({ code: 'invalid-argument', path: ['items', 0, 'status'] }),
      );
      const badPeriod = {
        ...result,
        plan: { ...result.plan, period: { kind: 'year', year: 1.5 } },
      };
      expect(() => describePlanReport(badPeriod as unknown as PlanResult)).toThrow(
        expect.objectContaining({ code: 'invalid-argument', path: ['result'] }),
      );
      expect(() => parsePlanResult(badPeriod)).toThrow(
        expect.objectContaining({ code: 'invalid-argument', path: ['plan', 'period', 'year'] }),
      );
      for (const notAResult of [undefined, 'x', 5, []]) {
        expect(() => describePlanReport(notAResult as unknown as PlanResult)).toThrow(
          expect.objectContaining({ code: 'invalid-argument', path: ['result'] }),
        );
      }
    });

    it('refuses a scorecard that does not count the items not met', () => {
      const result = evaluated();
      const bad = {
        ...result,
        scorecard: {
          ...result.scorecard,
          notMet: 0,
          met: result.scorecard.met + 1,
          attained: result.scorecard.attained + 1,
        },
      };
      expect(() => describePlanReport(bad)).toThrowErrorMatchingInlineSnapshot(
        `[ChitieuError: [chitieu] Invalid argument at result.scorecard.notMet: expected the count of items not met (1) in the scorecard; received 0]`,
      );
    });

    it('reports bad counts in a hand-made scorecard at result.scorecard, and in the published one at result.plan.published', () => {
      const result = evaluated({ published: { total: 39, attained: 32 } });
      const badCard = { ...result, scorecard: { ...result.scorecard, total: 1.5 } };
      expect(() => describePlanReport(badCard)).toThrow(
        expect.objectContaining({
          code: 'invalid-argument',
          path: ['result', 'scorecard', 'total'],
        }),
      );
      const published = { total: 3, attained: 4 };
      const badPublished = { ...result, plan: { ...result.plan, published } };
      expect(() => describePlanReport(badPublished)).toThrow(
        expect.objectContaining({
          code: 'invalid-argument',
          path: ['result', 'plan', 'published', 'attained'],
        }),
      );
      expect(() =>
        describePlanReport(evaluated(), {
          order: 'random',
        } as unknown as DescribePlanReportOptions),
      ).toThrow(expect.objectContaining({ path: ['options', 'order'] }));
    });

    it('reports a published scorecard it cannot say at result.plan.published', () => {
      const result = evaluated({ published: { total: 39, attained: 32 } });
      const published = { ...result.plan.published, noun: ' ' };
      const bad = { ...result, plan: { ...result.plan, published } } as unknown as PlanResult;
      expect(() => describePlanReport(bad)).toThrowErrorMatchingInlineSnapshot(
        `[ChitieuError: [chitieu] Invalid argument at result.plan.published.noun: expected a text that is not blank (something besides spaces); received " "]`,
      );
    });

    it('reports bad options under options.*, and options that are not an object at options', () => {
      const result = evaluated();
      const cases: readonly (readonly [unknown, readonly string[]])[] = [
        [null, ['options']],
        ['- ', ['options']],
        [{ bullet: 5 }, ['options', 'bullet']],
        [{ groupHeadings: 'yes' }, ['options', 'groupHeadings']],
        [{ listShortfalls: 0 }, ['options', 'listShortfalls']],
        [{ order: 'random' }, ['options', 'order']],
        [{ qualifier: '' }, ['options', 'qualifier']],
        [{ planWord: 5 }, ['options', 'planWord']],
        [{ decimals: 101 }, ['options', 'decimals']],
      ];
      for (const [options, path] of cases) {
        expect(() => describePlanReport(result, options as DescribePlanReportOptions)).toThrow(
          expect.objectContaining({ code: 'invalid-argument', path }),
        );
      }
    });
  });

  it('names what it expected for something that is not a plan result, or a bad bullet', () => {
    expect(() =>
      describePlanReport(null as unknown as PlanResult),
    ).toThrowErrorMatchingInlineSnapshot(
      `[ChitieuError: [chitieu] Invalid argument at result: expected a plan result, as evaluatePlan returns it; received null]`,
    );
    expect(() =>
      describePlanReport([] as unknown as PlanResult),
    ).toThrowErrorMatchingInlineSnapshot(
      `[ChitieuError: [chitieu] Invalid argument at result: expected a plan result, as evaluatePlan returns it; received an array of 0]`,
    );
    expect(() =>
      describePlanReport('kế hoạch' as unknown as PlanResult),
    ).toThrowErrorMatchingInlineSnapshot(
      `[ChitieuError: [chitieu] Invalid argument at result: expected a plan result, as evaluatePlan returns it; received "kế hoạch"]`,
    );
    expect(() =>
      describePlanReport(evaluated(), { bullet: 3 } as unknown as DescribePlanReportOptions),
    ).toThrowErrorMatchingInlineSnapshot(
      `[ChitieuError: [chitieu] Invalid argument at options.bullet: expected a string for bullet; received 3]`,
    );
  });

  it('does not mutate its input', () => {
    const result = evaluated();
    const before = JSON.stringify(result);
    describePlanReport(result, { groupHeadings: true });
    expect(JSON.stringify(result)).toBe(before);
  });
});
