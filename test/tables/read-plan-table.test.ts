import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluatePlan } from '../../src/plan/evaluate-plan.js';
import { readPlanTable } from '../../src/tables/read-plan-table.js';
import { caught } from '../support/caught.js';

const HEAD = [
  'STT',
  'Chỉ tiêu',
  'ĐVT',
  'KH năm 2023',
  'Ước TH năm 2023',
  'So sánh (%)',
  'Đánh giá',
];

describe('readPlanTable: the header', () => {
  it('finds a one-row header by its Vietnamese names, below a title', () => {
    const t = readPlanTable([
      ['BIỂU CHỈ TIÊU KINH TẾ - XÃ HỘI NĂM 2023'],
      HEAD,
      ['1', 'Thu ngân sách', 'Tỷ đồng', '2.300', '2.400', '104,3', 'Vượt'],
    ]);
    expect(t.header.rows).toEqual([1]);
    expect(t.header.columns).toEqual({
      index: 0,
      indicator: 1,
      unit: 2,
      plan: 3,
      result: 4,
      previous: null,
      percent: 5,
      verdict: 6,
    });
    expect(t.header.year).toBe(2023);
    expect(t.rows.map((r) => r.index)).toEqual([2]);
  });

  it('joins a header split over two rows with merged (empty) cells and skips a numbering row', () => {
    const t = readPlanTable([
      [
        'TT',
        'Nội dung',
        'Đơn vị tính',
        'Năm 2022',
        '',
        'Năm 2023',
        '',
        'So sánh (%)',
        '',
        'Ghi chú',
      ],
      ['', '', '', 'KH', 'TH', 'KH', 'Ước TH', 'TH/KH', 'TH/cùng kỳ', ''],
      ['A', 'B', 'C', '1', '2', '3', '4', '5=4/3', '6=4/2', '7'],
      ['1', 'Tổng vốn đầu tư', 'Tỷ đồng', '900', '950', '1.000', '1.100', '110', '115,8', ''],
    ]);
    expect(t.header.rows).toEqual([0, 1, 2]);
    expect(t.header.year).toBe(2023);
    expect(t.header.columns).toMatchObject({
      plan: 5,
      result: 6,
      previous: 4,
      percent: 7,
      verdict: 9,
    });
    expect(t.rows[0]?.previous?.toString()).toBe('950');
  });

  it('reads "TH năm trước", "Cùng kỳ" as last year and "TH so KH" as the percent', () => {
    const t = readPlanTable(
      [
        ['STT', 'Chỉ tiêu', 'TH năm trước', 'KH', 'TH', 'TH so KH', 'Kết quả'],
        ['1', 'Số xã đạt chuẩn nông thôn mới', '10', '12', '13', '108,3', 'Vượt'],
      ],
      { year: 2022 },
    );
    expect(t.header.columns).toMatchObject({
      previous: 2,
      plan: 3,
      result: 4,
      percent: 5,
      verdict: 6,
    });
  });

  it('takes a column from options.columns and refuses one outside the table', () => {
    const t = readPlanTable(
      [
        ['Chỉ tiêu', 'KH 2023', 'TH 2023', 'Nhận xét'],
        ['GRDP', '7', '7,2', 'Đạt'],
      ],
      { columns: { verdict: 3 } },
    );
    expect(t.rows[0]?.printedVerdict).toBe('met');
    expect(
      caught(() => readPlanTable([['Chỉ tiêu', 'KH 2023']], { columns: { verdict: 9 } })).path,
    ).toEqual(['options', 'columns', 'verdict']);
  });

  it('reports a table without a header, or without a year', () => {
    const e = caught(() =>
      readPlanTable([
        ['a', 'b'],
        ['1', '2'],
      ]),
    );
    expect([e.code, e.path]).toEqual(['invalid-argument', ['rows']]);
    const y = caught(() =>
      readPlanTable([
        ['Chỉ tiêu', 'KH', 'TH'],
        ['GRDP', '7', '7'],
      ]),
    );
    expect(y.path).toEqual(['options', 'year']);
  });
});

describe('readPlanTable: hierarchy and units', () => {
  const t = readPlanTable([
    HEAD,
    ['I', 'CHỈ TIÊU KINH TẾ', '', '', '', '', ''],
    ['1', 'Thu nhập bình quân đầu người (USD)', '', '3.000', '3.100', '', ''],
    ['2', 'Tổng thu ngân sách', 'Tỷ đồng', '2.000', '2.100', '', ''],
    ['', 'Trong đó:', '', '', '', '', ''],
    ['', '- Thu nội địa', 'Tỷ đồng', '1.500', '1.400', '', ''],
    ['a)', 'Thu xuất nhập khẩu', 'Tỷ đồng', '500', '700', '', ''],
    ['II', 'CHỈ TIÊU XÃ HỘI', '', '', '', '', ''],
    ['3', 'Tỷ lệ hộ nghèo', '', '< 2%', '1,8', '', ''],
    ['4', 'Tỷ suất sinh thô (‰)', '', '14', '13,5', '', ''],
    ['', '', '', '', '', '', ''],
  ]);
  const row = (i: number) => t.rows.find((r) => r.index === i);

  it('reads sections, items, "Trong đó:" parts and marked sub-items', () => {
    expect(t.rows.map((r) => [r.index, r.kind, r.level, r.parent])).toEqual([
      [1, 'heading', 0, null],
      [2, 'item', 1, 1],
      [3, 'item', 1, 1],
      [4, 'parts', 1, 3],
      [5, 'item', 2, 3],
      [6, 'item', 2, 3],
      [7, 'heading', 0, null],
      [8, 'item', 1, 7],
      [9, 'item', 1, 7],
      [10, 'empty', 1, null],
    ]);
    expect([row(2)?.group, row(8)?.group, row(8)?.section]).toEqual(['economy', 'society', 7]);
    expect([row(5)?.label, row(5)?.marker]).toEqual(['Thu nội địa', '-']);
  });

  it("takes the unit from ĐVT, the name's parentheses, or the figure", () => {
    expect([row(2)?.unit, row(2)?.unitFrom]).toEqual(['USD', 'name']);
    expect([row(3)?.unit, row(3)?.unitFrom]).toEqual(['Tỷ đồng', 'column']);
    expect([row(8)?.unit, row(8)?.unitFrom, row(8)?.measure]).toEqual(['%', 'cell', 'rate']);
    expect([row(9)?.unit, row(9)?.measure]).toEqual(['‰', 'rate']);
  });

  it('returns a plan evaluatePlan takes as it is', () => {
    const result = evaluatePlan(t.plan);
    expect(result.items.map((r) => r.status)).toEqual([
      'exceeded',
      'exceeded',
      'not-met',
      'exceeded',
      'exceeded',
      'not-met', // 13,5 against 14: no word says the birth rate is lower-is-better
    ]);
  });

  it("returns a plan in parsePlan's form, one item per item row", () => {
    expect(t.plan.items.map((i) => i.id)).toEqual([
      'row-2',
      'row-3',
      'row-5',
      'row-6',
      'row-8',
      'row-9',
    ]);
    expect(t.plan.items[4]?.indicator.direction).toBe('lower-is-better');
    expect(t.plan.items[0]?.actual?.toString()).toBe('3100');
  });
});

describe('readPlanTable: cells it cannot read', () => {
  it('reports each with its row, column, role, text and reason', () => {
    const t = readPlanTable([HEAD, ['1', 'GRDP', '%', '7 tới tám', '7,2', 'khoảng', 'Cơ bản đạt']]);
    expect(t.unreadable.map((u) => [u.row, u.column, u.role, u.text])).toEqual([
      [1, 3, 'plan', '7 tới tám'],
      [1, 5, 'percent', 'khoảng'],
      [1, 6, 'verdict', 'Cơ bản đạt'],
    ]);
    for (const u of t.unreadable) expect(u.reason).not.toBe('');
  });

  it('keeps a row parsePlan refuses a field of, and says which field was left out', () => {
    const t = readPlanTable([
      ['Chỉ tiêu', 'ĐVT', 'TH năm trước', 'KH 2023', 'TH 2023'],
      ['Thu ngân sách', 'tỷ đồng', '0', 'tăng 10%', '5'],
    ]);
    expect(t.plan.items[0]?.baseline).toBeUndefined();
    expect(t.plan.items[0]?.note).toContain('baseline left out');
    expect(t.rows[0]?.previous?.toString()).toBe('0');
  });

  it('does not report notes in a "Ghi chú" column', () => {
    const t = readPlanTable([
      ['Chỉ tiêu', 'KH 2023', 'TH 2023', 'Ghi chú'],
      ['GRDP', '7', '7,2', 'Số liệu sơ bộ'],
    ]);
    expect(t.unreadable).toEqual([]);
  });

  it('refuses rows that are not arrays of strings, and misspelled options', () => {
    expect(caught(() => readPlanTable([HEAD, ['1', 7 as unknown as string]])).path).toEqual([
      'rows',
      1,
      1,
    ]);
    const e = caught(() => readPlanTable([HEAD], { yaer: 2023 } as never));
    expect([e.code, e.path]).toEqual(['invalid-argument', ['options', 'yaer']]);
    const s = caught(() => readPlanTable([HEAD], { strictness: 'literal' } as never));
    expect(s.path).toEqual(['options', 'strictness']);
    expect(e.message).toContain('yaer');
  });

  it('keeps every row after the header, whatever the cells say (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.string({ unit: 'grapheme', maxLength: 12 }), { maxLength: 7 }), {
          maxLength: 8,
        }),
        (body) => {
          const t = readPlanTable([HEAD, ...body]);
          expect(t.rows.map((r) => r.index)).toEqual(body.map((_, i) => i + 1));
          expect(t.plan.items.length).toBe(t.rows.filter((r) => r.kind === 'item').length);
        },
      ),
      { numRuns: 200 },
    );
  });
});
