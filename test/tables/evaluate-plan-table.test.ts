import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describePlanTable } from '../../src/tables/describe-plan-table.js';
import { directionFromWords, lowerIsBetterWords } from '../../src/tables/direction-words.js';
import { evaluatePlanTable } from '../../src/tables/evaluate-plan-table.js';
import { caught } from '../support/caught.js';

const HEAD = [
  'STT',
  'Chỉ tiêu',
  'ĐVT',
  'KH năm 2019',
  'TH năm 2018',
  'TH năm 2019',
  'TH/KH (%)',
  'Đánh giá',
];
const one = (cells: string[], options = {}) => {
  const e = evaluatePlanTable([HEAD, cells], options);
  return e.rows[0] as NonNullable<(typeof e.rows)[0]>;
};
const row = (
  name: string,
  unit: string,
  plan: string,
  result: string,
  verdict = '',
  previous = '',
  percent = '',
) => one(['1', name, unit, plan, previous, result, percent, verdict]);

describe("evaluatePlanTable: the issue's examples", () => {
  it('"1-1,5" → 1,1 marked "Vượt": met inside the range, the publisher\'s convention', () => {
    const r = row('Tỷ lệ hộ nghèo giảm', '%', '1-1,5', '1,1', 'Vượt');
    expect([r.status, r.printedStatus, r.agreement]).toEqual(['met', 'exceeded', 'convention']);
  });

  it('"< 7,6" → 7,6 marked "Đạt": a strict bound missed, inconsistent with the arithmetic', () => {
    const r = row('Tỷ lệ thất nghiệp khu vực thành thị', '%', '< 7,6', '7,6', 'Đạt');
    expect([r.status, r.attained, r.agreement]).toEqual(['not-met', false, 'inconsistent']);
    expect(r.reasons.join(' ')).toContain('7,6 so với < 7,6');
  });

  it('CPI "Khoảng 4" → 2,79 "Vượt" agrees; unemployment "Dưới 4" → 3,1 "Đạt" is a convention', () => {
    const cpi = row('Chỉ số giá tiêu dùng (CPI)', '%', 'Khoảng 4', '2,79', 'Vượt');
    expect([cpi.status, cpi.direction, cpi.directionFrom, cpi.agreement]).toEqual([
      'exceeded',
      'lower-is-better',
      'words',
      'agrees',
    ]);
    const u = row('Tỷ lệ thất nghiệp', '%', 'Dưới 4', '3,1', 'Đạt');
    expect([u.status, u.agreement]).toEqual(['exceeded', 'convention']);
  });

  it("passes on parseTarget's warnings about a plan cell", () => {
    const r = row('Tỷ lệ hộ nghèo', '', 'trên 13% trở lên', '14');
    expect(r.reasons.some((x) => x.startsWith('plan cell: '))).toBe(true);
  });

  it('says when only the default direction made a row inconsistent', () => {
    const r = row('Dân số trung bình', 'nghìn người', '670', '578', 'Đạt');
    expect([r.agreement, r.directionFrom]).toEqual(['inconsistent', 'default']);
    expect(r.reasons.join(' ')).toContain('taking higher as better');
    const u = row('Tỷ lệ thất nghiệp', '%', '< 7,6', '7,6', 'Đạt');
    expect(u.reasons.join(' ')).not.toContain('taking higher');
  });

  it('2.007 against 1.915 "Đạt" is exceeded by the arithmetic: a convention', () => {
    const r = row('Số doanh nghiệp thành lập mới', 'DN', '1.915', '2.007', 'Đạt');
    expect([r.status, r.agreement]).toEqual(['exceeded', 'convention']);
  });
});

describe('evaluatePlanTable: results as printed', () => {
  it('a range result is met only if the whole range meets, otherwise uncertain', () => {
    expect(row('Tỷ lệ trường đạt chuẩn', '%', '60', '61-62').status).toBe('exceeded');
    const r = row('Tỷ lệ trường đạt chuẩn', '%', '61,5', '61-62', 'Đạt');
    expect([r.status, r.attained, r.agreement]).toEqual(['unchecked', null, null]);
    const both = row('Tỷ lệ trường đạt chuẩn', '%', '61 - 65', '61-62');
    expect([both.status, both.attained]).toEqual(['met', true]);
    const open = row('Tỷ lệ trường đạt chuẩn', '%', '61,5 - 61,8', '61,6-62');
    expect([open.status, open.attained]).toEqual(['unchecked', true]);
  });

  it('hedged results: "trên" decides when the bound is already passed, "khoảng" spans ±5 %', () => {
    expect(row('Diện tích trồng rừng mới', 'ha', '45', 'trên 46,8 ha').status).toBe('exceeded');
    expect(row('Diện tích trồng rừng mới', 'ha', '50', 'trên 46,8 ha').status).toBe('unchecked');
    expect(
      row('Số lao động được giải quyết việc làm', 'nghìn người', '20', 'khoảng 24').status,
    ).toBe('exceeded');
    expect(
      row('Số lao động được giải quyết việc làm', 'nghìn người', '24', 'khoảng 24').status,
    ).toBe('unchecked');
    expect(row('Tỷ lệ che phủ rừng', '%', '90', 'gần 80%').status).toBe('not-met');
    // the printed figure is an open end: "gần 80%" is under 80, "trên 4" above 4
    expect(row('Tỷ lệ che phủ rừng', '%', '80', 'gần 80%').status).toBe('not-met');
    expect(row('Giảm tỷ lệ hộ nghèo tại các huyện nghèo', '%', '4', 'Trên 4').status).toBe(
      'exceeded',
    );
    expect(row('Tỷ lệ thất nghiệp', '%', '4', 'dưới 4').status).toBe('exceeded');
  });

  it('a negative result and a text result', () => {
    expect(row('Tốc độ tăng trưởng GRDP', '%', '6 - 6,5', '-4,13%', 'Không đạt').agreement).toBe(
      'agrees',
    );
    const t = row('Cán cân thương mại', '', 'Xuất siêu', 'Xuất siêu', 'Đạt');
    expect([t.status, t.agreement]).toEqual(['unchecked', null]);
    expect(t.reasons[0]).toContain('text');
    expect(row('Số xã đạt chuẩn', 'xã', '3', 'Đạt chuẩn').status).toBe('unchecked');
  });
});

describe('evaluatePlanTable: change targets', () => {
  it('a growth rate\'s "tăng 7,4 - 8,4%" is the level of the rate', () => {
    expect(row('Tốc độ tăng trưởng kinh tế (GRDP)', '%', 'tăng 7,4 - 8,4%', '7,5').status).toBe(
      'met',
    );
  });

  it("a change judged from last year's figure, or from the change beside the result", () => {
    const r = row('Tổng vốn đầu tư toàn xã hội', 'Tỷ đồng', 'tăng 10%', '1.200', '', '1.000');
    expect(r.status).toBe('exceeded');
    expect(row('Kim ngạch xuất khẩu', 'Triệu USD', 'tăng 15%', '600 (tăng 12%)').status).toBe(
      'not-met',
    );
    expect(row('Kim ngạch xuất khẩu', 'Triệu USD', 'tăng 15%', '600').reasons[0]).toContain(
      "last year's figure",
    );
    expect(
      row('Kim ngạch xuất khẩu', 'Triệu USD', 'giảm 28,3% so với thực hiện năm 2020', 'giảm 30%')
        .status,
    ).toBe('exceeded');
  });

  it('"0,7% (còn 4,33%)" against "0,8% (còn 4,2%)": the levels are compared', () => {
    const r = row('Tỷ lệ hộ nghèo', '%', '0,7% (còn 4,33%)', '0,8% (còn 4,2%)', 'Vượt');
    expect([r.status, r.agreement]).toEqual(['exceeded', 'agrees']);
  });
});

describe('evaluatePlanTable: strictness, percents, options', () => {
  it('a word bound is lenient, a symbol literal, unless options.strictness says', () => {
    expect(row('Tỷ lệ thất nghiệp', '%', 'dưới 4', '4').status).toBe('met');
    expect(row('Tỷ lệ thất nghiệp', '%', '< 4', '4').status).toBe('not-met');
    expect(
      one(['1', 'Tỷ lệ thất nghiệp', '%', '< 4', '', '4', '', ''], { strictness: 'lenient' })
        .status,
    ).toBe('met');
  });

  it('reconciles the printed percent against the plan, else last year', () => {
    const ok = row('Thu ngân sách', 'Tỷ đồng', '150', '169', 'Vượt', '', '112,6');
    expect([ok.percentAgainst, ok.percent?.consistent]).toEqual(['plan', true]);
    const prev = row('Thu ngân sách', 'Tỷ đồng', '150', '169', 'Vượt', '130', '130');
    expect([prev.percentAgainst, prev.percent?.consistent]).toEqual(['previous', true]);
    const bad = row('Thu ngân sách', 'Tỷ đồng', '150', '169', 'Vượt', '', '115');
    expect(bad.percent?.consistent).toBe(false);
    expect(bad.reasons.join(' ')).toContain('115');
  });

  it('refuses a misspelled option with its path', () => {
    const e = caught(() => evaluatePlanTable([HEAD], { strictnes: 'literal' } as never));
    expect([e.code, e.path]).toEqual(['invalid-argument', ['options', 'strictnes']]);
    expect(caught(() => evaluatePlanTable([HEAD], 'x' as never)).path).toEqual(['options']);
    const c = caught(() => evaluatePlanTable([HEAD], { columns: { verdit: 6 } } as never));
    expect(c.path).toEqual(['options', 'columns', 'verdit']);
    expect(caught(() => evaluatePlanTable([HEAD], { year: 2023.5 })).path).toEqual([
      'options',
      'year',
    ]);
    expect(caught(() => evaluatePlanTable([HEAD], { id: '' })).path).toEqual(['options', 'id']);
    expect(caught(() => evaluatePlanTable([HEAD], { columns: { plan: -1 } })).path).toEqual([
      'options',
      'columns',
      'plan',
    ]);
    expect(caught(() => evaluatePlanTable([HEAD], { strictness: 'loose' } as never)).path).toEqual([
      'options',
      'strictness',
    ]);
  });
});

describe('evaluatePlanTable: rows and summary', () => {
  const e = evaluatePlanTable([
    HEAD,
    ['I', 'CHỈ TIÊU KINH TẾ', '', '', '', '', '', ''],
    ['1', 'Thu ngân sách', 'Tỷ đồng', '150', '', '169', '112,6', 'Vượt'],
    ['2', 'Tỷ lệ thất nghiệp', '%', '< 7,6', '', '7,6', '', 'Đạt'],
    ['3', 'Số xã đạt chuẩn', 'xã', '5', '', 'năm', '', 'Chưa đạt'],
    ['', '', '', '', '', '', '', ''],
  ]);

  it('has one entry per data row, in input order, with its input index', () => {
    expect(e.rows.map((r) => r.index)).toEqual([2, 3, 4]);
  });

  it('counts attained, disagreements and unreadable cells', () => {
    expect(e.summary).toMatchObject({
      rows: 3,
      exceeded: 1,
      notMet: 1,
      unchecked: 1,
      attained: 1,
      printed: 3,
      compared: 2,
      agreements: 1,
      inconsistencies: 1,
      percentsChecked: 1,
      unreadableCells: 0,
      headings: 1,
      emptyRows: 1,
    });
  });

  it('describes it in Vietnamese, naming each inconsistency', () => {
    const text = describePlanTable(e);
    expect(text).toContain(
      'Bảng có 3 chỉ tiêu: 1 đạt và vượt (vượt 1, đạt 0), 1 không đạt, 1 chưa xác định được.',
    );
    expect(text).toContain(
      '- Dòng 3 "Tỷ lệ thất nghiệp": 7,6 so với < 7,6 là không đạt, bảng ghi "đạt".',
    );
    expect(caught(() => describePlanTable(null as never)).path).toEqual(['evaluation']);
    expect(
      caught(() => describePlanTable({ ...e, summary: { ...e.summary, met: -1 } })).path,
    ).toEqual(['evaluation', 'summary', 'met']);
    expect(caught(() => describePlanTable({ ...e, rows: null as never })).path).toEqual([
      'evaluation',
      'rows',
    ]);
  });

  it('evaluates any table of cells without dropping a row (property)', () => {
    const cell = fc.oneof(
      fc.constantFrom(
        '',
        '-',
        '< 7,6',
        '1-1,5',
        'trên 5',
        '61-62',
        'Xuất siêu',
        'Đạt',
        'Vượt',
        '12,5',
        'tăng 5%',
      ),
      fc.string({ unit: 'grapheme', maxLength: 8 }),
    );
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 8, maxLength: 8 }), { maxLength: 6 }),
        (body) => {
          const out = evaluatePlanTable([HEAD, ...body]);
          expect(out.rows.map((r) => r.index)).toEqual(
            out.table.rows.filter((r) => r.kind === 'item').map((r) => r.index),
          );
          expect(out.table.rows.length).toBe(body.length);
          for (const r of out.rows)
            if (r.status === 'unchecked') expect(r.reasons.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('direction words', () => {
  it('one list, lower-is-better unless the name is a reduction', () => {
    expect(lowerIsBetterWords).toContain('suy dinh dưỡng');
    expect(
      directionFromWords('Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi')?.direction,
    ).toBe('lower-is-better');
    expect(directionFromWords('Chỉ số giá tiêu dùng')?.direction).toBe('lower-is-better');
    expect(directionFromWords('Mức giảm tỷ lệ hộ nghèo')?.direction).toBe('higher-is-better');
    expect(directionFromWords('Tỷ lệ hộ nghèo đa chiều')?.direction).toBe('lower-is-better');
    expect(directionFromWords('Tỷ lệ lao động qua đào tạo')).toBeNull();
    expect(caught(() => directionFromWords(7 as never)).path).toEqual(['name']);
    expect(caught(() => directionFromWords('x'.repeat(2001))).code).toBe('invalid-argument');
  });
});
