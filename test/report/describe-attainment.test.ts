import { describe, expect, it } from 'vitest';
import { change } from '../../src/attainment/change.js';
import { evaluate } from '../../src/attainment/evaluate.js';
import { ChitieuError } from '../../src/errors.js';
import { evaluatePlan } from '../../src/plan/evaluate-plan.js';
import { parsePlan } from '../../src/plan/parse-plan.js';
import { parsePlanItemResult } from '../../src/plan/parse-plan-result.js';
import type { PlanItemResult } from '../../src/plan/plan-result-schema.js';
import {
  type AttainmentFigure,
  type DescribeAttainmentOptions,
  describeAttainment,
} from '../../src/report/describe-attainment.js';
import { parseTarget } from '../../src/targets/parse-target.js';

/** Evaluate one plan item written as in a plan file. */
function result(item: Record<string, unknown>, strictness?: 'literal'): PlanItemResult {
  const plan = parsePlan({
    id: 'p',
    title: 't',
    issuer: 'i',
    period: { kind: 'year', year: 2021 },
    items: [{ id: 'x', ...item }],
  });
  const [first] = evaluatePlan(plan, strictness === undefined ? {} : { strictness }).items;
  if (first === undefined) throw new Error('no item');
  return first;
}

/** Marks of a well-formed Vietnamese phrase: no doubled spaces or commas, no dangling punctuation. */
function expectWellFormed(text: string): void {
  expect(text).not.toMatch(/\s{2}|\s,|,,|,$|^\s|\s$|undefined|null|NaN/);
  expect(text.charAt(0)).toBe(text.charAt(0).toLocaleLowerCase('vi'));
}

describe('describeAttainment', () => {
  it('reproduces the seed sentence: "kết nạp 169 đảng viên mới, tăng 121 đảng viên so với năm 2020, đạt 112,6% kế hoạch năm"', () => {
    const r = result({
      indicator: 'party-admissions',
      label: 'kết nạp đảng viên mới',
      target: '150 đảng viên',
      actual: 169,
      baseline: 48,
      baselineLabel: 'năm 2020',
    });
    expect(describeAttainment(r, { planWord: 'kế hoạch năm' })).toBe(
      'kết nạp 169 đảng viên mới, tăng 121 đảng viên so với năm 2020, đạt 112,6% kế hoạch năm',
    );
    expect(describeAttainment(r, { rounding: 'half-up' })).toBe(
      'kết nạp 169 đảng viên mới, tăng 121 đảng viên so với năm 2020, đạt 112,7% kế hoạch',
    );
    expect(describeAttainment(r, { decimals: 2 })).toBe(
      'kết nạp 169 đảng viên mới, tăng 121 đảng viên so với năm 2020, đạt 112,66% kế hoạch',
    );
  });

  it('says a rate with "còn" and its change in points: "tỷ lệ hộ nghèo còn 3,96%, giảm 1,02%"', () => {
    const r = result({ indicator: 'poverty-rate', actual: '3.96', baseline: '4.98' });
    expect(describeAttainment(r)).toBe('tỷ lệ hộ nghèo còn 3,96%, giảm 1,02%');
    expect(describeAttainment(r, { pointsWord: true })).toBe(
      'tỷ lệ hộ nghèo còn 3,96%, giảm 1,02 điểm phần trăm',
    );
  });

  describe('gives grammatical Vietnamese for every status', () => {
    const table: readonly [string, Record<string, unknown>, string, ('literal' | undefined)?][] = [
      [
        'exceeded, above 100% of plan',
        { indicator: 'party-admissions', target: 'trên 150', actual: 169 },
        'kết nạp 169 đảng viên mới, đạt 112,6% kế hoạch',
      ],
      [
        'exceeded, but the truncated percentage shows 100%',
        { indicator: 'budget-revenue', target: 'đạt 72 tỷ đồng', actual: '72.01' },
        'thu ngân sách trên địa bàn đạt 72,01 tỷ đồng, vượt kế hoạch',
      ],
      [
        'exceeded on a lower-is-better rate (no percent of plan)',
        { indicator: 'poverty-rate', target: 'dưới 4%', actual: '3.96' },
        'tỷ lệ hộ nghèo còn 3,96%, vượt kế hoạch',
      ],
      [
        'exceeded against a bound of 0 (no percent of plan)',
        { indicator: 'ntm-communes', target: 'ít nhất 0 xã', actual: 2 },
        '2 xã đạt chuẩn nông thôn mới, vượt kế hoạch',
      ],
      [
        'met on the value',
        { indicator: 'budget-revenue', target: 'đạt 72 tỷ đồng', actual: 72 },
        'thu ngân sách trên địa bàn đạt 72 tỷ đồng, đạt 100% kế hoạch',
      ],
      [
        'met inside a range',
        { indicator: 'production-value-growth', target: 'từ 12 đến 13%', actual: '12.5' },
        'tốc độ tăng tổng giá trị sản xuất đạt 12,5%, đạt kế hoạch',
      ],
      [
        'met near "khoảng"',
        { indicator: 'total-social-investment', target: 'khoảng 3.200 tỷ đồng', actual: 3100 },
        'tổng vốn đầu tư toàn xã hội đạt 3.100 tỷ đồng, đạt kế hoạch',
      ],
      [
        'met on a lower-is-better bound',
        { indicator: 'poverty-rate', target: 'không quá 5%', actual: 5 },
        'tỷ lệ hộ nghèo còn 5%, đạt kế hoạch',
      ],
      [
        'met by a decrease in points',
        {
          indicator: 'poverty-rate',
          target: 'giảm 1–1,5%',
          actual: '3.96',
          baseline: '4.98',
          baselineLabel: 'năm 2020',
        },
        'tỷ lệ hộ nghèo còn 3,96%, giảm 1,02% so với năm 2020, đạt kế hoạch',
      ],
      [
        'not met, below 100% of plan',
        { indicator: 'budget-revenue', target: 'đạt 72 tỷ đồng', actual: 65 },
        'thu ngân sách trên địa bàn đạt 65 tỷ đồng, đạt 90,2% kế hoạch, chưa đạt kế hoạch',
      ],
      [
        'not met exactly on a strict bound, read literally',
        { indicator: 'party-admissions', target: 'trên 150', actual: 150 },
        'kết nạp 150 đảng viên mới, chưa đạt kế hoạch',
        'literal',
      ],
      [
        'not met on a lower-is-better rate that rose',
        { indicator: 'poverty-rate', target: 'dưới 4%', actual: '4.5', baseline: '4.2' },
        'tỷ lệ hộ nghèo là 4,5%, tăng 0,3%, chưa đạt kế hoạch',
      ],
      [
        'pending: no figure yet',
        { indicator: 'budget-revenue', target: 'thu ngân sách trên địa bàn đạt 72 tỷ đồng' },
        'thu ngân sách trên địa bàn: chưa có số liệu (chỉ tiêu: thu ngân sách trên địa bàn đạt 72 tỷ đồng)',
      ],
      [
        'pending: a change target without its baseline',
        { indicator: 'ntm-communes', target: 'có thêm 2 xã', actual: 10 },
        '10 xã đạt chuẩn nông thôn mới, chưa đánh giá được so với kế hoạch (thiếu số liệu kỳ gốc)',
      ],
      [
        'a figure without a plan',
        {
          indicator: 'income-per-capita',
          actual: '49.22',
          baseline: '46.3',
          baselineLabel: 'năm 2020',
        },
        'thu nhập bình quân đầu người đạt 49,22 triệu đồng/người/năm, tăng 2,92 triệu đồng/người/năm so với năm 2020',
      ],
      [
        'a status the publisher states without a figure',
        { indicator: 'budget-revenue', reportedStatus: 'attained' },
        'thu ngân sách trên địa bàn: đạt và vượt kế hoạch (không nêu số liệu)',
      ],
      [
        'a figure with a status the publisher states without a plan',
        { indicator: 'ocop-products', actual: 10, reportedStatus: 'exceeded' },
        '10 sản phẩm OCOP, vượt kế hoạch',
      ],
    ];
    for (const [name, item, expected, strictness] of table) {
      it(name, () => {
        const text = describeAttainment(result(item, strictness));
        expect(text).toBe(expected);
        expectWellFormed(text);
      });
    }

    it('says "không đạt" when asked', () => {
      const r = result({ indicator: 'budget-revenue', target: 'đạt 72 tỷ đồng', actual: 65 });
      expect(describeAttainment(r, { notMetWord: 'không đạt' })).toBe(
        'thu ngân sách trên địa bàn đạt 65 tỷ đồng, đạt 90,2% kế hoạch, không đạt kế hoạch',
      );
    });
  });

  describe('a figure without a plan item', () => {
    it('takes a label, the figure, its unit, and the attainment and change computed for it', () => {
      const figure: AttainmentFigure = {
        label: 'kết nạp đảng viên mới',
        unit: 'đảng viên',
        attainment: evaluate(169, parseTarget('trên 150 đảng viên').target),
        change: change(169, 48),
        baselineLabel: 'năm 2020',
      };
      expect(describeAttainment(figure, { planWord: 'kế hoạch năm' })).toBe(
        'kết nạp 169 đảng viên mới, tăng 121 đảng viên so với năm 2020, đạt 112,6% kế hoạch năm',
      );
    });

    it('drops "số" when the figure goes before the unit: "số xã đạt chuẩn" → "4 xã đạt chuẩn"', () => {
      expect(
        describeAttainment({ label: 'số xã đạt chuẩn nông thôn mới', actual: 4, unit: 'xã' }),
      ).toBe('4 xã đạt chuẩn nông thôn mới');
    });

    it('uses the verb it is given', () => {
      expect(
        describeAttainment(
          { label: 'tốc độ tăng tổng giá trị sản xuất', actual: '12.1', unit: '%' },
          { verb: 'là' },
        ),
      ).toBe('tốc độ tăng tổng giá trị sản xuất là 12,1%');
    });

    it('says a figure without a unit bare, and no figure as no data', () => {
      expect(describeAttainment({ label: 'số doanh nghiệp thành lập mới', actual: 120 })).toBe(
        'số doanh nghiệp thành lập mới đạt 120',
      );
      expect(describeAttainment({ label: 'tổng sản lượng lương thực', unit: 'tấn' })).toBe(
        'tổng sản lượng lương thực: chưa có số liệu',
      );
    });
  });

  describe('edge cases', () => {
    it('finds the unit only as whole words', () => {
      expect(describeAttainment({ label: 'số đảng viênmới', actual: 2, unit: 'đảng viên' })).toBe(
        'số đảng viênmới đạt 2 đảng viên',
      );
    });

    it('puts the figure where the label says, for units inside word groups ("hợp tác xã")', () => {
      const figure = { label: 'thành lập mới {value} hợp tác xã', actual: 12, unit: 'xã' };
      expect(describeAttainment(figure)).toBe('thành lập mới 12 hợp tác xã');
      expect(describeAttainment({ ...figure, actual: null })).toBe(
        'thành lập mới hợp tác xã: chưa có số liệu',
      );
    });

    it('keeps a percent figure after the verb, even when the label holds a "%"', () => {
      expect(
        describeAttainment({
          label: 'tỷ lệ % hộ nghèo',
          actual: '3.96',
          unit: '%',
          direction: 'lower-is-better',
        }),
      ).toBe('tỷ lệ % hộ nghèo còn 3,96%');
    });

    it("says the figure and the change in the indicator's unit without the spaces around it", () => {
      const bare = result({
        indicator: {
          id: 'budget',
          name: 'Thu ngân sách',
          unit: 'tỷ đồng ',
          measure: 'amount',
          direction: 'higher-is-better',
        },
        actual: 80,
        baseline: 72,
        baselineLabel: 'năm 2020',
      });
      expect(describeAttainment(bare)).toBe(
        'thu ngân sách đạt 80 tỷ đồng, tăng 8 tỷ đồng so với năm 2020',
      );
      const r = result({
        indicator: {
          id: 'budget',
          name: 'Thu ngân sách',
          unit: ' tỷ đồng ',
          measure: 'amount',
          direction: 'higher-is-better',
        },
        label: 'thu ngân sách đạt {value} tỷ đồng',
        actual: 80,
        baseline: 72,
        baselineLabel: 'năm 2020',
      });
      expect(describeAttainment(r)).toBe(
        'thu ngân sách đạt 80 tỷ đồng, tăng 8 tỷ đồng so với năm 2020',
      );
    });

    it('prints large and decimal figures in Vietnamese notation, exactly', () => {
      expect(
        describeAttainment({ label: 'số người được tiêm', actual: 87646, unit: 'người' }),
      ).toBe('87.646 người được tiêm');
      expect(
        describeAttainment({ label: 'thu nhập', actual: '1234.5678', unit: 'triệu đồng' }),
      ).toBe('thu nhập đạt 1.234,5678 triệu đồng');
    });

    it('rejects a malformed item or options', () => {
      expect(() => describeAttainment(null as unknown as AttainmentFigure)).toThrow(ChitieuError);
      expect(() => describeAttainment({ label: '', actual: 1 })).toThrow(ChitieuError);
      expect(() =>
        describeAttainment({ label: 'x', actual: '3,96' }),
      ).toThrowErrorMatchingInlineSnapshot(
        `[ChitieuError: [chitieu] Invalid number at item.actual: expected a finite number, a numeric string in JavaScript notation ("51.5") or a Decimal; received "3,96"]`,
      );
      const r = result({ indicator: 'party-admissions', target: 'trên 150', actual: 169 });
      expect(() => describeAttainment(r, { planWord: '' })).toThrow(ChitieuError);
      expect(() =>
        describeAttainment(r, { notMetWord: 'chưa' } as unknown as DescribeAttainmentOptions),
      ).toThrow(ChitieuError);
      expect(() => describeAttainment(r, { decimals: 1.5 })).toThrow(ChitieuError);
    });

    it('describes a plan item result loaded back from JSON, once read by parsePlanItemResult, like the result itself', () => {
      for (const item of [
        { indicator: 'party-admissions', target: 'trên 150', actual: 169, baseline: 48 },
        { indicator: 'poverty-rate', actual: '3.96', baseline: '4.98' },
        { indicator: 'budget-revenue', target: 'đạt 72 tỷ đồng' },
      ]) {
        const r = result(item);
        const back = JSON.parse(JSON.stringify(r)) as PlanItemResult;
        if (r.attainment !== null || r.change !== null) {
          expect(() => describeAttainment(back)).toThrow(
            expect.objectContaining({ code: 'invalid-argument', path: ['item'] }),
          );
        }
        expect(describeAttainment(parsePlanItemResult(back), { planWord: 'kế hoạch năm' })).toBe(
          describeAttainment(r, { planWord: 'kế hoạch năm' }),
        );
      }
    });

    it('refuses a malformed plan item result at item, naming the reader of JSON results', () => {
      try {
        describeAttainment({ item: {} } as unknown as PlanItemResult);
        expect.unreachable();
      } catch (error) {
        expect((error as ChitieuError).code).toBe('invalid-argument');
        expect((error as ChitieuError).path).toEqual(['item']);
        expect((error as ChitieuError).message).toContain('parsePlanItemResult');
      }
      const r = result({ indicator: 'party-admissions', target: 'trên 150', actual: 169 });
      expect(() =>
        describeAttainment({ ...r, status: 'great' } as unknown as PlanItemResult),
      ).toThrow(expect.objectContaining({ code: 'invalid-argument', path: ['item'] }));
    });

    it('reports the change and attainment of a figure at item.change and item.attainment', () => {
      const bad = { ...change(169, 48), absolute: 'zz' };
      expect(() =>
        describeAttainment({ label: 'x', actual: 1, change: bad } as unknown as AttainmentFigure),
      ).toThrow(expect.objectContaining({ code: 'invalid-argument', path: ['item', 'change'] }));
      const target = parseTarget('trên 150 đảng viên').target;
      const attainment = { ...evaluate(169, target), percentOfPlan: 'x' };
      expect(() =>
        describeAttainment({ label: 'x', attainment } as unknown as AttainmentFigure),
      ).toThrow(
        expect.objectContaining({ code: 'invalid-argument', path: ['item', 'attainment'] }),
      );
    });

    it('checks every field of a figure given by hand', () => {
      const cases: readonly (readonly [Record<string, unknown>, readonly string[]])[] = [
        [{ label: 5 }, ['item', 'label']],
        [{ label: 'x', actual: 1, unit: 5 }, ['item', 'unit']],
        [{ label: 'x', actual: 1, unit: '' }, ['item', 'unit']],
        [{ label: 'x', actual: 1, measure: 'x' }, ['item', 'measure']],
        [{ label: 'x', actual: 1, direction: 'up' }, ['item', 'direction']],
        [{ label: 'x', actual: 1, baselineLabel: '' }, ['item', 'baselineLabel']],
        [{ label: 'x', actual: 1, attainment: 'x' }, ['item', 'attainment']],
        [{ label: 'x', actual: 1, change: [] }, ['item', 'change']],
      ];
      for (const [figure, path] of cases) {
        expect(() => describeAttainment(figure as unknown as AttainmentFigure)).toThrow(
          expect.objectContaining({ code: 'invalid-argument', path }),
        );
      }
      for (const item of [[], 'x', 5, undefined]) {
        expect(() => describeAttainment(item as unknown as AttainmentFigure)).toThrow(
          expect.objectContaining({ code: 'invalid-argument', path: ['item'] }),
        );
      }
    });

    it('reports bad options under options.*, and options that are not an object at options', () => {
      const figure = { label: 'kết nạp', actual: 169 };
      const cases: readonly (readonly [unknown, readonly string[]])[] = [
        [null, ['options']],
        ['kế hoạch', ['options']],
        [{ planWord: '' }, ['options', 'planWord']],
        [{ verb: 1 }, ['options', 'verb']],
        [{ notMetWord: 'tệ' }, ['options', 'notMetWord']],
        [{ decimals: -1 }, ['options', 'decimals']],
        [{ rounding: 'round' }, ['options', 'rounding']],
        [{ pointsWord: 'yes' }, ['options', 'pointsWord']],
      ];
      for (const [options, path] of cases) {
        expect(() => describeAttainment(figure, options as DescribeAttainmentOptions)).toThrow(
          expect.objectContaining({ code: 'invalid-argument', path }),
        );
      }
    });
  });

  it('does not mutate its input', () => {
    const r = result({
      indicator: 'party-admissions',
      target: 'trên 150',
      actual: 169,
      baseline: 48,
    });
    const before = JSON.stringify(r);
    describeAttainment(r, { planWord: 'kế hoạch năm' });
    expect(JSON.stringify(r)).toBe(before);
  });
});
