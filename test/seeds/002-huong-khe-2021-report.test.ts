/**
 * Seed 002_6f9d0d73f558c892.txt (Báo Hà Tĩnh: huyện Hương Khê, tổng kết năm 2021): the plan
 * report sentences, reproduced from examples/data/huong-khe-2021.json and huong-khe-2022.json.
 */
import { readFileSync } from 'node:fs';
import {
  Decimal,
  describeAttainment,
  describePlanReport,
  describeScorecard,
  evaluatePlan,
  type Plan,
  type PlanItemResult,
} from 'chitieu';
import { parsePlan } from 'chitieu/schemas';
import { describe, expect, it } from 'vitest';
import { impliedPlan, previousFrom, stated } from './published.js';

function load(name: string): Plan {
  const url = new URL(`../../examples/data/${name}.json`, import.meta.url);
  return parsePlan(JSON.parse(readFileSync(url, 'utf8')));
}

const plan2021 = load('huong-khe-2021');
const result2021 = evaluatePlan(plan2021);
const byId = (id: string): PlanItemResult => {
  const found = result2021.items.find((r) => r.item.id === id);
  if (found === undefined) throw new Error(`no item ${id}`);
  return found;
};

describe('seed 002: Hương Khê, results of 2021', () => {
  it('"kết nạp 169 đảng viên mới, tăng 121 đảng viên so với năm 2020, đạt 112,6% kế hoạch năm"', () => {
    const admissions = byId('party-admissions');
    expect(describeAttainment(admissions, { planWord: 'kế hoạch năm' })).toBe(
      'kết nạp 169 đảng viên mới, tăng 121 đảng viên so với năm 2020, đạt 112,6% kế hoạch năm',
    );
    // 169/150 = 112,666…%: the report truncates; half-up would print 112,7%
    expect(admissions.attainment?.percentOfPlan?.toFixed(3)).toBe('112.667');
    expect(admissions.status).toBe('exceeded');
  });

  it('"32/39 chỉ tiêu kinh tế - xã hội đạt và vượt kế hoạch" and "32/39 chỉ tiêu vượt và đạt kế hoạch" (published totals)', () => {
    const published = plan2021.published;
    expect(published).toMatchObject({ total: 39, attained: 32 });
    if (published === undefined) return;
    expect(describeScorecard(published, { qualifier: 'kinh tế - xã hội' })).toBe(
      '32/39 chỉ tiêu kinh tế - xã hội đạt và vượt kế hoạch',
    );
    expect(`năm 2021 có ${describeScorecard(published, { order: 'exceeded-first' })}`).toBe(
      'năm 2021 có 32/39 chỉ tiêu vượt và đạt kế hoạch',
    );
    expect(describePlanReport(result2021)[1]).toBe(
      'Theo báo cáo, năm 2021 có 32/39 chỉ tiêu kinh tế - xã hội đạt và vượt kế hoạch.',
    );
  });

  it('"Tỷ lệ hộ nghèo còn 3,96%, giảm 1,02%; hộ cận nghèo còn 4,93%, giảm 0,13%"', () => {
    expect(describeAttainment(byId('poverty-rate'))).toBe('tỷ lệ hộ nghèo còn 3,96%, giảm 1,02%');
    expect(describeAttainment(byId('near-poverty-rate'))).toBe(
      'tỷ lệ hộ cận nghèo còn 4,93%, giảm 0,13%',
    );
    expect(byId('poverty-rate').change?.unit).toBe('points');
  });

  it('"381 tiêu chí đạt chuẩn (tăng 19 tiêu chí so với năm 2020)"', () => {
    const criteria = byId('ntm-criteria-met');
    expect(criteria.item.actual?.toString()).toBe('381');
    expect(criteria.change?.absolute.toString()).toBe('19');
    expect(describeAttainment(criteria)).toBe(
      '381 tiêu chí nông thôn mới đạt chuẩn (dự kiến, tổng các xã), tăng 19 tiêu chí so với năm 2020',
    );
  });

  it('"tốc độ tăng tổng giá trị sản xuất 12,1%; thu nhập bình quân đầu người đạt 49,22 triệu đồng/người/năm"', () => {
    expect(describeAttainment(byId('production-value-growth'))).toBe(
      'tốc độ tăng tổng giá trị sản xuất đạt 12,1%',
    );
    expect(describeAttainment(byId('income-per-capita'))).toMatch(
      /^thu nhập bình quân đầu người đạt 49,22 triệu đồng\/người\/năm/,
    );
  });

  it('"phát triển thêm 97 mô hình, lũy kế toàn huyện có 3.365 mô hình"', () => {
    expect(describeAttainment(byId('farm-models'))).toMatch(/^3\.365 mô hình .*, tăng 97 mô hình/);
  });

  it('"có thêm 4 xã đạt chuẩn NTM, 3 xã đạt chuẩn NTM nâng cao", "lũy kế đến nay có 4/9 tiêu chí đạt chuẩn", "thêm 10 sản phẩm đạt chuẩn OCOP"', () => {
    expect(byId('new-ntm-communes').item.actual?.toString()).toBe('4');
    expect(byId('new-ntm-advanced-communes').item.actual?.toString()).toBe('3');
    expect(describeScorecard({ total: 9, attained: 4 }, { noun: 'tiêu chí' })).toBe(
      '4/9 tiêu chí đạt và vượt kế hoạch',
    );
    expect(byId('new-ocop-products').item.actual?.toString()).toBe('10');
  });

  it('"đã tiêm được 87.646 người …, đạt tỷ lệ 97,1%"', () => {
    expect(describeAttainment(byId('covid-vaccination'))).toBe(
      'tỷ lệ tiêm vắc xin COVID-19 (87.646 người thuộc đối tượng) đạt 97,1%',
    );
  });

  it('lists the items the report names as attained without figures as such, never as failed', () => {
    for (const id of ['budget-revenue', 'food-output', 'new-enterprises', 'model-gardens']) {
      const r = byId(id);
      expect(r.status).toBe('pending');
      expect(describeAttainment(r)).toMatch(/: đạt và vượt kế hoạch \(không nêu số liệu\)$/);
    }
  });
});

describe('seed 002: the figures the plan file infers are the ones the article implies', () => {
  // examples/data/huong-khe-2021.json holds plans and 2020 baselines the article does not
  // state; each is checked here against the article's own words, read by the library.
  it.each([
    ['party-admissions', '169', 'tăng 121 đảng viên so với năm 2020'],
    ['poverty-rate', '3,96', 'giảm 1,02%'],
    ['near-poverty-rate', '4,93', 'giảm 0,13%'],
    // "phát triển thêm 97 mô hình": the change reader takes the verb "thêm", not "phát triển"
    ['farm-models', '3.365', 'thêm 97 mô hình'],
    ['ntm-criteria-met', '381', '(tăng 19 tiêu chí so với năm 2020)'],
    ['ntm-district-criteria-met', '4', 'Thêm 2 tiêu chí'],
  ])('%s: the actual figure is "%s" and the baseline follows from "%s"', (id, actual, change) => {
    const { item } = byId(id);
    expect(item.actual?.eq(stated(actual))).toBe(true);
    expect(item.baseline?.eq(previousFrom(actual, change))).toBe(true);
  });

  it('party-admissions: the plan is the one "đạt 112,6% kế hoạch năm" implies', () => {
    const { item } = byId('party-admissions');
    const plan = impliedPlan('169', '112,6%');
    expect(item.target).toMatchObject({ value: plan });
    expect(item.target?.kind === 'exact' && item.target.value.eq(plan)).toBe(true);
  });
});

describe('seed 002: Hương Khê, targets for 2022 ("Huyện đề ra chỉ tiêu …")', () => {
  const plan2022 = load('huong-khe-2022');
  const target = (id: string) => plan2022.items.find((i) => i.id === id)?.target;

  it('reads every target phrase of the article', () => {
    expect(target('production-value-growth')).toEqual({
      kind: 'at-least',
      value: new Decimal(13),
      strict: true,
    });
    expect(target('income-per-capita')).toEqual({
      kind: 'at-least',
      value: new Decimal('51.5'),
      strict: true,
    });
    expect(target('budget-revenue')).toEqual({ kind: 'exact', value: new Decimal(72) });
    expect(target('total-social-investment')).toEqual({
      kind: 'at-least',
      value: new Decimal(3200),
      strict: true,
    });
    expect(target('ntm-district-criteria-met')).toEqual({
      kind: 'change',
      direction: 'increase',
      by: { kind: 'exact', value: new Decimal(2) },
      basis: 'absolute',
    });
    expect(target('new-ntm-communes')).toEqual({ kind: 'exact', value: new Decimal(2) });
    expect(target('new-ntm-advanced-communes')).toEqual({ kind: 'exact', value: new Decimal(2) });
    expect(target('party-admissions')).toEqual({
      kind: 'at-least',
      value: new Decimal(150),
      strict: true,
    });
    expect(target('party-organisations-rated-good')).toEqual({
      kind: 'at-least',
      value: new Decimal(80),
      strict: true,
    });
  });

  it('has no results yet: every target pending', () => {
    const result = evaluatePlan(plan2022);
    expect(result.scorecard).toEqual({
      total: 9,
      exceeded: 0,
      met: 0,
      notMet: 0,
      pending: 9,
      attained: 0,
    });
    expect(describePlanReport(result)[1]).toBe(
      'Năm 2022 có 0/9 chỉ tiêu đạt và vượt kế hoạch; 9 chỉ tiêu chưa có số liệu.',
    );
  });

  it('169 admissions against "trên 150" (the 2022 phrasing) would also be 112,6% of plan', () => {
    const admissions = plan2022.items.find((i) => i.id === 'party-admissions');
    if (admissions === undefined) throw new Error('no admissions item');
    const result = evaluatePlan({
      ...plan2022,
      items: [{ ...admissions, actual: new Decimal(169) }],
    });
    expect(
      describeAttainment(result.items[0] as PlanItemResult, { planWord: 'kế hoạch năm' }),
    ).toBe('kết nạp 169 đảng viên mới, đạt 112,6% kế hoạch năm');
  });
});
