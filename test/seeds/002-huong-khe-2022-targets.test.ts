/**
 * Seed 002_6f9d0d73f558c892.txt (Báo Hà Tĩnh, Hương Khê, January 2022): the 2022 targets
 * ("Huyện đề ra chỉ tiêu: …"), each read by parseTarget into the exact Target and unit.
 */
import { describe, expect, it } from 'vitest';
import { indicators } from '../../src/indicator/catalogue.js';
import { formatTarget } from '../../src/targets/format-target.js';
import { parseTarget } from '../../src/targets/parse-target.js';

function json(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value));
}

const increaseBy = (value: string) => ({
  kind: 'change',
  direction: 'increase',
  by: { kind: 'exact', value },
  basis: 'absolute',
});

describe('seed 002_6f9d0d73f558c892.txt: Hương Khê targets for 2022', () => {
  const table = [
    {
      phrase: 'tốc độ tăng tổng giá trị sản xuất trên 13%',
      target: { kind: 'at-least', value: '13', strict: true },
      unit: '%',
      subject: 'tốc độ tăng tổng giá trị sản xuất',
    },
    {
      phrase: 'thu nhập bình quân đầu người trên 51,5 triệu đồng/người/năm',
      target: { kind: 'at-least', value: '51.5', strict: true },
      unit: 'triệu đồng/người/năm',
      subject: 'thu nhập bình quân đầu người',
    },
    {
      phrase: 'thu ngân sách trên địa bàn đạt 72 tỷ đồng',
      target: { kind: 'exact', value: '72' },
      unit: 'tỷ đồng',
      subject: 'thu ngân sách trên địa bàn',
    },
    {
      phrase: 'tổng giá trị đầu tư toàn xã hội trên 3.200 tỷ đồng',
      target: { kind: 'at-least', value: '3200', strict: true },
      unit: 'tỷ đồng',
      subject: 'tổng giá trị đầu tư toàn xã hội',
    },
    {
      phrase: 'có thêm 2 tiêu chí huyện đạt chuẩn NTM',
      target: increaseBy('2'),
      unit: 'tiêu chí huyện đạt chuẩn NTM',
      subject: null,
    },
    {
      phrase: 'xây dựng thêm 2 xã đạt chuẩn NTM',
      target: increaseBy('2'),
      unit: 'xã đạt chuẩn NTM',
      subject: 'xây dựng',
    },
    {
      phrase: '2 xã đạt chuẩn NTM nâng cao',
      target: { kind: 'exact', value: '2' },
      unit: 'xã đạt chuẩn NTM nâng cao',
      subject: null,
    },
    {
      phrase: 'Phấn đấu kết nạp trên 150 đảng viên',
      target: { kind: 'at-least', value: '150', strict: true },
      unit: 'đảng viên',
      subject: 'Phấn đấu kết nạp',
    },
    {
      phrase:
        'có trên 80% tổ chức cơ sở đảng được xếp loại chất lượng “Hoàn thành tốt nhiệm vụ” trở lên',
      target: { kind: 'at-least', value: '80', strict: true },
      unit: '%',
      subject: 'có tổ chức cơ sở đảng được xếp loại chất lượng “Hoàn thành tốt nhiệm vụ” trở lên',
    },
  ] as const;

  it.each(table)('"$phrase"', ({ phrase, target, unit, subject }) => {
    const parsed = parseTarget(phrase);
    expect(json(parsed.target)).toEqual(target);
    expect(parsed.unit).toBe(unit);
    expect(parsed.subject).toBe(subject);
    expect(parsed.perYear).toBe(false);
    expect(parsed.rest).toBeNull();
  });

  it('"trên 80% … “Hoàn thành tốt nhiệm vụ” trở lên": the "trở lên" is the rating\'s, so "trên" stays strict', () => {
    const parsed = parseTarget(
      'có trên 80% tổ chức cơ sở đảng được xếp loại chất lượng “Hoàn thành tốt nhiệm vụ” trở lên',
      { measure: indicators.partyOrganisationsRatedGood.measure },
    );
    expect(json(parsed.target)).toEqual({ kind: 'at-least', value: '80', strict: true });
  });

  it("each target reads the same with its catalogue indicator's measure", () => {
    const measures = [
      indicators.productionValueGrowth,
      indicators.incomePerCapita,
      indicators.budgetRevenue,
      indicators.totalSocialInvestment,
      indicators.ntmDistrictCriteriaMet,
      indicators.ntmCommunes,
      indicators.ntmAdvancedCommunes,
      indicators.partyAdmissions,
      indicators.partyOrganisationsRatedGood,
    ].map((i) => i.measure);
    table.forEach(({ phrase, target }, k) => {
      const measure = measures[k];
      expect(json(parseTarget(phrase, measure === undefined ? {} : { measure }).target)).toEqual(
        target,
      );
    });
  });

  it('the targets print back as the article words them', () => {
    const [growth, income, revenue, investment, districtCriteria, communes, , admissions] = table;
    expect(formatTarget(parseTarget(growth.phrase).target, { unit: '%' })).toBe('trên 13%');
    expect(formatTarget(parseTarget(income.phrase).target, { unit: income.unit })).toBe(
      'trên 51,5 triệu đồng/người/năm',
    );
    expect(formatTarget(parseTarget(revenue.phrase).target, { unit: 'tỷ đồng' })).toBe(
      'đạt 72 tỷ đồng',
    );
    expect(formatTarget(parseTarget(investment.phrase).target, { unit: 'tỷ đồng' })).toBe(
      'trên 3.200 tỷ đồng',
    );
    expect(formatTarget(parseTarget(districtCriteria.phrase).target, { unit: 'tiêu chí' })).toBe(
      'có thêm 2 tiêu chí',
    );
    expect(formatTarget(parseTarget(communes.phrase).target, { unit: 'xã đạt chuẩn NTM' })).toBe(
      'có thêm 2 xã đạt chuẩn NTM',
    );
    expect(formatTarget(parseTarget(admissions.phrase).target, { unit: 'đảng viên' })).toBe(
      'trên 150 đảng viên',
    );
  });

  it('a list of targets reads one target per clause, and not as one phrase', () => {
    const list = table
      .slice(0, 6)
      .map((row) => row.phrase)
      .join('; ');
    expect(list.split('; ').map((clause) => json(parseTarget(clause).target))).toEqual(
      table.slice(0, 6).map((row) => row.target),
    );
    expect(() => parseTarget(list)).toThrow(
      expect.objectContaining({ code: 'unparseable-target' }),
    );
  });
});
