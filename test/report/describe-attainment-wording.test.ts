import { describe, expect, it } from 'vitest';
import { change } from '../../src/attainment/change.js';
import { evaluate } from '../../src/attainment/evaluate.js';
import { evaluatePlan } from '../../src/plan/evaluate-plan.js';
import { parsePlan } from '../../src/plan/parse-plan.js';
import type { PlanItemResult } from '../../src/plan/plan-result-schema.js';
import { type AttainmentFigure, describeAttainment } from '../../src/report/describe-attainment.js';
import { parseTarget } from '../../src/targets/parse-target.js';

/** Evaluate one plan item written as in a plan file. */
function result(item: Record<string, unknown>): PlanItemResult {
  const plan = parsePlan({
    id: 'p',
    title: 't',
    issuer: 'i',
    period: { kind: 'year', year: 2021 },
    items: [{ id: 'x', ...item }],
  });
  const [first] = evaluatePlan(plan).items;
  if (first === undefined) throw new Error('no item');
  return first;
}

describe('describeAttainment: the percent of plan of a change target', () => {
  it('is given when the change goes the indicator way, left out when it goes against it', () => {
    expect(
      describeAttainment(
        result({
          indicator: 'ntm-district-criteria-met',
          target: 'có thêm 2 tiêu chí',
          actual: 7,
          baseline: 4,
        }),
      ),
    ).toMatchInlineSnapshot(
      `"7 tiêu chí huyện nông thôn mới đạt chuẩn, tăng 3 tiêu chí, đạt 150% kế hoạch"`,
    );
    expect(
      describeAttainment(
        result({ indicator: 'poverty-rate', target: 'giảm 1%', actual: '3.96', baseline: '4.98' }),
      ),
    ).toMatchInlineSnapshot(`"tỷ lệ hộ nghèo còn 3,96%, giảm 1,02%, đạt 102% kế hoạch"`);
    expect(
      describeAttainment(
        result({ indicator: 'poverty-rate', target: 'tăng 1%', actual: '6', baseline: '4.98' }),
      ),
    ).toMatchInlineSnapshot(`"tỷ lệ hộ nghèo là 6%, tăng 1,02%, chưa đạt kế hoạch"`);
    expect(
      describeAttainment(
        result({ indicator: 'ntm-communes', target: 'giảm 2 xã', actual: 5, baseline: 8 }),
      ),
    ).toMatchInlineSnapshot(`"5 xã đạt chuẩn nông thôn mới, giảm 3 xã, chưa đạt kế hoạch"`);
  });
});

describe('describeAttainment: the period of the baseline', () => {
  it('is trimmed as a plan file may give it padded', () => {
    expect(
      describeAttainment(
        result({
          indicator: 'party-admissions',
          actual: 169,
          baseline: 48,
          baselineLabel: ' năm 2020 ',
        }),
      ),
    ).toBe('kết nạp 169 đảng viên mới, tăng 121 đảng viên so với năm 2020');
  });
});

describe('describeAttainment: a figure given by hand', () => {
  const target = parseTarget('trên 150 đảng viên').target;

  it('takes null attainment, change and unit as absent', () => {
    expect(
      describeAttainment({
        label: 'kết nạp đảng viên mới',
        actual: 169,
        unit: null,
        attainment: null,
        change: null,
      }),
    ).toBe('kết nạp đảng viên mới đạt 169');
  });

  it('writes the change of a figure without a unit bare', () => {
    expect(
      describeAttainment({
        label: 'số doanh nghiệp thành lập mới',
        actual: 120,
        unit: null,
        change: change(120, 100),
        baselineLabel: 'năm 2020',
      }),
    ).toMatchInlineSnapshot(`"số doanh nghiệp thành lập mới đạt 120, tăng 20 so với năm 2020"`);
  });

  it('takes the measure from the attainment or the change: a rate without a unit is in %', () => {
    const rateTarget = parseTarget('trên 95%', { measure: 'rate' }).target;
    expect(
      describeAttainment({
        label: 'tỷ lệ tham gia bảo hiểm y tế',
        attainment: evaluate('96.5', rateTarget, { measure: 'rate' }),
      }),
    ).toMatchInlineSnapshot(`"tỷ lệ tham gia bảo hiểm y tế đạt 96,5%, đạt 101,5% kế hoạch"`);
    expect(
      describeAttainment({
        label: 'tỷ lệ tham gia bảo hiểm y tế',
        actual: '96.5',
        change: change('96.5', '95', { measure: 'rate' }),
      }),
    ).toMatchInlineSnapshot(`"tỷ lệ tham gia bảo hiểm y tế đạt 96,5%, tăng 1,5%"`);
    expect(
      describeAttainment({
        label: 'tỷ lệ tham gia bảo hiểm y tế',
        actual: '96.5',
        measure: 'rate',
      }),
    ).toMatchInlineSnapshot(`"tỷ lệ tham gia bảo hiểm y tế đạt 96,5%"`);
    expect(
      describeAttainment({
        label: 'mật độ bác sĩ',
        actual: 9,
        unit: 'bác sĩ/vạn dân',
        measure: 'rate',
      }),
    ).toBe('mật độ bác sĩ đạt 9 bác sĩ/vạn dân');
  });

  it('is a figure, not a plan item result, when it has a label, even beside an item field', () => {
    expect(
      describeAttainment({
        label: 'kết nạp đảng viên mới',
        actual: 169,
        unit: 'đảng viên',
        item: 'ghi chú',
      } as AttainmentFigure),
    ).toBe('kết nạp 169 đảng viên mới');
  });

  it('puts a percentage where the label says', () => {
    expect(
      describeAttainment({ label: 'độ che phủ rừng đạt {value}', actual: '57.2', unit: '%' }),
    ).toBe('độ che phủ rừng đạt 57,2%');
  });

  it('leaves no stray space where a placeholder at either end was, and keeps words apart', () => {
    expect(describeAttainment({ label: '{value} hợp tác xã thành lập mới', unit: 'xã' })).toBe(
      'hợp tác xã thành lập mới: chưa có số liệu',
    );
    expect(describeAttainment({ label: 'thành lập mới{value}hợp tác xã', unit: 'xã' })).toBe(
      'thành lập mới hợp tác xã: chưa có số liệu',
    );
  });

  it('finds the unit at the end of the label and before a comma, never inside a word', () => {
    expect(describeAttainment({ label: 'số đảng viên', actual: 2, unit: 'đảng viên' })).toBe(
      '2 đảng viên',
    );
    expect(describeAttainment({ label: 'số hộ, chiếm phần lớn', actual: 12, unit: 'hộ' })).toBe(
      '12 hộ, chiếm phần lớn',
    );
    expect(describeAttainment({ label: 'số thànhviên mới', actual: 2, unit: 'viên' })).toBe(
      'số thànhviên mới đạt 2 viên',
    );
  });

  it('drops only a leading "số" that stands alone before the unit, however spaced', () => {
    expect(describeAttainment({ label: 'tổng số xã đạt chuẩn', actual: 4, unit: 'xã' })).toBe(
      'tổng số 4 xã đạt chuẩn',
    );
    expect(
      describeAttainment({ label: 'số việc làm mới cho lao động', actual: 2, unit: 'lao động' }),
    ).toBe('số việc làm mới cho 2 lao động');
    expect(describeAttainment({ label: 'số  xã đạt chuẩn', actual: 4, unit: 'xã' })).toBe(
      '4 xã đạt chuẩn',
    );
  });

  it('says met on the value with 100% and exceeded above it, by the attainment given', () => {
    expect(
      describeAttainment({
        label: 'kết nạp đảng viên mới',
        unit: 'đảng viên',
        attainment: evaluate(150, parseTarget('150 đảng viên').target),
      }),
    ).toBe('kết nạp 150 đảng viên mới, đạt 100% kế hoạch');
    expect(
      describeAttainment({
        label: 'kết nạp đảng viên mới',
        unit: 'đảng viên',
        attainment: evaluate(169, target),
      }),
    ).toBe('kết nạp 169 đảng viên mới, đạt 112,6% kế hoạch');
  });

  it('rejects something that is not an object with the expected shape in its message', () => {
    expect(() =>
      describeAttainment(null as unknown as AttainmentFigure),
    ).toThrowErrorMatchingInlineSnapshot(
      `[ChitieuError: [chitieu] Invalid argument at item: expected a plan item result or { label, actual, unit, attainment?, change? }; received null]`,
    );
  });
});
