import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readReport } from '../../src/claims/read-report.js';
import { ChitieuError } from '../../src/errors.js';
import { caught } from '../support/caught.js';

const kinds = (text: string) => readReport(text).claims.map((c) => c.kind);
const roles = (text: string, i = 0) =>
  readReport(text).claims[i]?.figures.map((f) => `${f.role} ${f.value.toString()}`);

describe('readReport: claim kinds', () => {
  it('reads a tally and a percent of plan, with spans into the text as given', () => {
    const text =
      'Có 18/31 chỉ tiêu vượt và đạt kế hoạch. Kết nạp 169 đảng viên, đạt 112,6% kế hoạch.';
    const r = readReport(text);
    expect(r.text).toBe(text);
    expect(r.claims.map((c) => c.kind)).toEqual(['tally', 'percent-of-plan']);
    for (const c of r.claims) expect(text.slice(c.span.start, c.span.end)).toBe(c.quote);
    expect(r.claims[0]?.quote).toBe('18/31');
    expect(roles(text, 1)).toEqual(['actual 169', 'percent 112.6']);
    expect(r.claims[1]?.unit).toBe('đảng viên');
  });

  it('reads "bằng 105% dự toán" and "đạt 48,3% so với nghị quyết" as percent of plan', () => {
    expect(kinds('Thu ngân sách 500 tỷ đồng, bằng 105% dự toán.')).toEqual(['percent-of-plan']);
    expect(kinds('Kết nạp 1.351 đảng viên, đạt 48,3% so với nghị quyết.')).toEqual([
      'percent-of-plan',
    ]);
  });

  it('reads a quoted plan with parseTarget', () => {
    expect(roles('Kết nạp 169 đảng viên, đạt 112,6% kế hoạch (150 đảng viên).')).toEqual([
      'actual 169',
      'percent 112.6',
      'plan 150',
    ]);
  });

  it('reads part-of-whole fractions with their percentage', () => {
    const text = 'Đã giải quyết 238/316 vụ việc, đạt tỷ lệ 88,9%.';
    expect(kinds(text)).toEqual(['part-of-whole']);
    expect(roles(text)).toEqual(['count 238', 'total 316', 'percent 88.9']);
    expect(kinds('1.702/1.718 thôn có nhà văn hóa, chiếm 99,1%.')).toEqual(['part-of-whole']);
  });

  it('does not read dates, document numbers or "x/y" with x above y as fractions', () => {
    expect(kinds('Ngày 3/7, huyện tổ chức hội nghị.')).toEqual([]);
    expect(kinds('Thực hiện Nghị định số 12/2020/NĐ-CP của Chính phủ.')).toEqual([]);
    expect(kinds('Hội nghị diễn ra ngày 15/12/2023.')).toEqual([]);
    expect(kinds('Tháng 6/2023 tổ chức sơ kết.')).toEqual([]);
  });

  it('reads the parts of a "trong đó" breakdown against the whole before it, in one group', () => {
    const text =
      'Năm 2023 kết nạp 1.351 đảng viên, đạt 48,3% kế hoạch, trong đó 564 nữ (20,14%), 31 người dân tộc thiểu số (1,11%).';
    const r = readReport(text);
    expect(r.claims.map((c) => c.kind)).toEqual([
      'percent-of-plan',
      'part-of-whole',
      'part-of-whole',
    ]);
    expect(r.claims[1]?.figures.map((f) => `${f.role} ${f.text}`)).toEqual([
      'count 564',
      'percent 20,14%',
      'total 1.351',
    ]);
    expect(r.claims[1]?.group).not.toBeNull();
    expect(r.claims[1]?.group).toBe(r.claims[2]?.group);
    expect(r.claims[0]?.period).toBe('Năm 2023');
  });

  it('groups the shares of one sentence', () => {
    const r = readReport(
      'Cơ cấu kinh tế: nông, lâm, thủy sản chiếm 36,11%; công nghiệp, xây dựng chiếm 36,17%; dịch vụ chiếm 27,72%.',
    );
    expect(r.claims.map((c) => c.kind)).toEqual(['share', 'share', 'share']);
    expect(new Set(r.claims.map((c) => c.group)).size).toBe(1);
    expect(r.claims[0]?.subject).toBe('nông, lâm, thủy sản');
  });

  it('reads changes with their current and previous figures', () => {
    const text = 'Toàn Đảng bộ có 3.365 đảng viên, tăng 119 so với năm trước (3.246).';
    const r = readReport(text);
    expect(r.claims.map((c) => c.kind)).toEqual(['change']);
    expect(roles(text)).toEqual(['current 3365', 'change 119', 'previous 3246']);
    expect(r.claims[0]?.change?.comparedWith).toBe('năm trước');
    expect(roles('Tỷ lệ hộ nghèo còn 3,96%, giảm 0,87%.', 1)).toEqual([
      'current 3.96',
      'change 0.87',
    ]);
    expect(
      readReport('Tỷ lệ hộ nghèo còn 3,96%, giảm 0,87%.').claims[1]?.change?.value.toString(),
    ).toBe('-0.87');
  });

  it('reads "tăng lên 90%" as a level, not a change, and "tăng trưởng" as no change', () => {
    expect(kinds('Tỷ lệ tham gia bảo hiểm y tế tăng lên 90%.')).toEqual(['level']);
    expect(kinds('Tốc độ tăng trưởng kinh tế đạt 8,5%.')).toEqual(['level']);
  });

  it('reads levels and sums', () => {
    const r = readReport('Thu nhập bình quân đầu người đạt 46,3 triệu đồng/người/năm.');
    expect(r.claims.map((c) => c.kind)).toEqual(['level']);
    expect(r.claims[0]?.unit).toBe('triệu đồng');
    expect(r.claims[0]?.subject).toBe('Thu nhập bình quân đầu người');
    expect(
      roles('Toàn huyện có 68 đảng bộ và 31 chi bộ cơ sở, tổng 99 tổ chức cơ sở đảng.'),
    ).toEqual(['part 68', 'part 31', 'total 99']);
    expect(roles('Tổng số 99 tổ chức cơ sở đảng, gồm 68 đảng bộ và 31 chi bộ.')).toEqual([
      'part 68',
      'part 31',
      'total 99',
    ]);
  });
});

describe('readReport: sentences', () => {
  it('does not split on "1.351" nor after "TT."', () => {
    const r = readReport('TT. Hương Khê kết nạp 1.351 đảng viên, đạt 48,3% kế hoạch.');
    expect(r.claims).toHaveLength(1);
    expect(r.claims[0]?.sentence.start).toBe(0);
  });

  it('does not carry a figure across a sentence end', () => {
    expect(kinds('Kết nạp 169 đảng viên. Tuyển quân đạt 100% chỉ tiêu.')).toEqual([
      'percent-of-plan',
    ]);
    expect(roles('Kết nạp 169 đảng viên. Tuyển quân đạt 100% chỉ tiêu.')).toEqual(['percent 100']);
  });

  it('splits at line breaks and at a stop glued to the next sentence', () => {
    const r = readReport(
      'đạt kết quả cao.Có 18/31 chỉ tiêu đạt\nKết nạp 20 đảng viên, đạt 100% kế hoạch',
    );
    expect(r.claims.map((c) => c.sentence.start)).toEqual([16, 38]);
  });
});

describe('readReport: limits and bad input', () => {
  it('refuses a text over 1 000 000 characters and a text that is not a string', () => {
    expect(caught(() => readReport('a'.repeat(1_000_001))).code).toBe('input-too-long');
    expect(caught(() => readReport(42 as unknown as string)).code).toBe('invalid-argument');
  });

  it('refuses a misspelled option, with its path', () => {
    const e = caught(() => readReport('x', { maxClaim: 3 } as never));
    expect(e.code).toBe('invalid-argument');
    expect(e.message).toContain('maxClaim');
  });

  it('stops after maxClaims', () => {
    expect(readReport('Đạt 1%. Đạt 2%. Đạt 3%.', { maxClaims: 2 }).claims).toHaveLength(2);
  });

  it('reads 100 000 digits, lone surrogates and 1 MB of junk in linear time', {
    timeout: 60_000,
  }, () => {
    const t0 = performance.now();
    expect(readReport('9'.repeat(100_000)).claims).toEqual([]);
    expect(readReport(`\uD800 tăng \uDC00 5% \uD83D`).claims.length).toBeGreaterThanOrEqual(0);
    const junk = 'đạt 1.2.3,4,5% (trong đó 5/ /6 tăng 7,% ; '.repeat(24_000).slice(0, 1_000_000);
    readReport(junk);
    expect(performance.now() - t0).toBeLessThan(20_000);
  });

  it('returns frozen results', () => {
    const r = readReport('Kết nạp 169 đảng viên, đạt 112,6% kế hoạch.');
    expect(Object.isFrozen(r)).toBe(true);
    expect(Object.isFrozen(r.claims)).toBe(true);
    expect(Object.isFrozen(r.claims[0])).toBe(true);
    expect(Object.isFrozen(r.claims[0]?.figures[0])).toBe(true);
  });
});

describe('readReport: properties', () => {
  const words = fc.constantFrom(
    'kết nạp ',
    'đạt ',
    'tăng ',
    'giảm ',
    'chiếm ',
    'trong đó ',
    'tổng ',
    'kế hoạch',
    '. ',
    ', ',
    '; ',
    '(',
    ')',
    '1.351',
    '20,14%',
    '18/31 ',
    'TT. ',
    ' và ',
  );
  const text = fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: 200 }),
    fc
      .array(fc.oneof(words, fc.string({ unit: 'grapheme', maxLength: 3 })), { maxLength: 40 })
      .map((a) => a.join('')),
  );

  it('any string gives claims in order, inside the text, quoting their span (or a ChitieuError)', () => {
    fc.assert(
      fc.property(text, (t) => {
        let r: ReturnType<typeof readReport>;
        try {
          r = readReport(t);
        } catch (error) {
          expect(error).toBeInstanceOf(ChitieuError);
          return;
        }
        let last = -1;
        for (const c of r.claims) {
          expect(c.span.start).toBeGreaterThanOrEqual(0);
          expect(c.span.end).toBeLessThanOrEqual(t.length);
          expect(c.span.start).toBeLessThan(c.span.end);
          expect(c.span.start).toBeGreaterThanOrEqual(last);
          expect(t.slice(c.span.start, c.span.end)).toBe(c.quote);
          for (const f of c.figures) expect(t.slice(f.span.start, f.span.end)).toBe(f.text);
          last = c.span.start;
        }
      }),
      { numRuns: 300 },
    );
  });
});
