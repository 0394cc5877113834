/**
 * Seed 000_05cd33d1b0abd4bb.txt (huyện Hương Khê, hội nghị xây dựng cơ sở VMTD năm 2020): the
 * published scorecard and the figures of examples/data/huong-khe-2020.json.
 */
import { readFileSync } from 'node:fs';
import { describeAttainment, describePlanReport, describeScorecard, evaluatePlan } from 'chitieu';
import { parsePlan } from 'chitieu/schemas';
import { describe, expect, it } from 'vitest';

const plan = parsePlan(
  JSON.parse(
    readFileSync(new URL('../../examples/data/huong-khe-2020.json', import.meta.url), 'utf8'),
  ),
);
const result = evaluatePlan(plan);

describe('seed 000: Hương Khê, results of 2020', () => {
  it('"Có 18/31 chỉ tiêu vượt và đạt kế hoạch" (a published total: per-item statuses are not stated)', () => {
    expect(plan.published).toMatchObject({ total: 31, attained: 18, order: 'exceeded-first' });
    if (plan.published === undefined) return;
    expect(`Có ${describeScorecard(plan.published, { order: 'exceeded-first' })}`).toBe(
      'Có 18/31 chỉ tiêu vượt và đạt kế hoạch',
    );
    expect(describePlanReport(result)[1]).toBe(
      'Theo báo cáo, năm 2020 có 18/31 chỉ tiêu vượt và đạt kế hoạch.',
    );
  });

  it('the published total implies 13 of 31 not attained; the plan file does not invent which', () => {
    if (plan.published === undefined) throw new Error('no published scorecard');
    expect(
      describeScorecard(plan.published, { order: 'exceeded-first', mentionNotMet: true }),
    ).toBe('18/31 chỉ tiêu vượt và đạt kế hoạch; 13 chỉ tiêu chưa đạt');
    expect(result.scorecard.total).toBe(1);
  });

  it('"Tốc độ tăng tổng giá trị sản xuất đạt 15,3%", "thu nhập bình quân đầu người đạt 46,3 triệu đồng/người/năm"', () => {
    const [growth, income] = result.items;
    expect(growth && describeAttainment(growth)).toBe(
      'tốc độ tăng tổng giá trị sản xuất đạt 15,3%',
    );
    expect(income && describeAttainment(income)).toBe(
      'thu nhập bình quân đầu người đạt 46,3 triệu đồng/người/năm',
    );
  });

  it('"tuyển, giao quân đạt 100% chỉ tiêu"', () => {
    const recruitment = result.items.find((r) => r.item.id === 'military-recruitment');
    expect(recruitment?.status).toBe('met');
    expect(recruitment && describeAttainment(recruitment)).toBe(
      'tuyển, giao quân đạt 100%, đạt 100% kế hoạch',
    );
  });
});
