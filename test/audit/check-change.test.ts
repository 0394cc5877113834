import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkChange } from '../../src/audit/check-change.js';
import { Decimal } from '../../src/numeric/decimal.js';
import type { Rounding } from '../../src/numeric/rounding.js';
import { caught } from '../support/caught.js';

describe('checkChange', () => {
  it('"381 tiêu chí đạt chuẩn (tăng 19 tiêu chí so với năm 2020)" agrees with 362 last year', () => {
    const r = checkChange(381, 362, 'tăng 19 tiêu chí so với năm 2020');
    expect(r.verdict).toBe('consistent');
    expect(r.consistent).toBe(true);
    expect(r.computed.toString()).toBe('19');
    expect(r.published.toString()).toBe('19');
    expect(r.difference.toString()).toBe('0');
    expect(r.impliedPrevious.toString()).toBe('362');
    expect(r.unit).toBe('tiêu chí');
    expect(r.comparedWith).toBe('năm 2020');
    expect(r.basis).toBe('absolute');
    expect(r.explanation).toBe(
      '381 − 362 = +19 tiêu chí; published "tăng 19 tiêu chí so với năm 2020" (+19) agrees',
    );
  });

  it('without a previous figure it works out the one implied: 381, "tăng 19" → 362', () => {
    const r = checkChange(381, null, 'tăng 19');
    expect(r.verdict).toBe('unchecked');
    expect(r.consistent).toBeNull();
    expect(r.computed).toBeNull();
    expect(r.difference).toBeNull();
    expect(r.impliedPrevious.toString()).toBe('362');
    expect(r.explanation).toBe(
      'Published change "tăng 19" (+19) on a current figure of 381 implies a previous figure of 362 (381 − 19); no previous figure to check it against',
    );
  });

  it('a rate falls in points: poverty 3,96%, "giảm 1,02%" implies 4,98%', () => {
    const r = checkChange('3.96', null, 'giảm 1,02%');
    expect(r.basis).toBe('points');
    expect(r.published.toString()).toBe('-1.02');
    expect(r.impliedPrevious.toString()).toBe('4.98');
    const checked = checkChange('3.96', '4.98', 'giảm 1,02%', { measure: 'rate' });
    expect(checked.verdict).toBe('consistent');
    expect(checked.computed.toString()).toBe('-1.02');
    expect(checked.explanation).toBe(
      '3.96 − 4.98 = -1.02 points (điểm phần trăm); published "giảm 1,02%" (-1.02) agrees',
    );
  });

  it('a negative change given as a signed number: 4,93% after 5,06% is −0,13', () => {
    expect(checkChange('4.93', '5.06', -0.13).consistent).toBe(true);
    expect(checkChange('4.93', '5.06', -0.13, { measure: 'rate' }).basis).toBe('points');
    expect(checkChange('4.93', '5.06', 0.13).consistent).toBe(false);
  });

  it('"tăng 121 đảng viên" against 50 admissions the year before differs by 2 and implies 48', () => {
    const r = checkChange(169, 50, 'tăng 121 đảng viên so với năm 2020');
    expect(r.verdict).toBe('unreproducible');
    expect(r.difference.toString()).toBe('-2');
    expect(r.impliedPrevious.toString()).toBe('48');
    expect(r.explanation).toBe(
      '169 − 50 = +119 đảng viên; published "tăng 121 đảng viên so với năm 2020" (+121) differs by -2; it implies a previous figure of 48 (169 − 121)',
    );
  });

  it('a change with the wrong sign is unreproducible: "giảm 19" for 362 → 381', () => {
    const r = checkChange(381, 362, 'giảm 19');
    expect(r.consistent).toBe(false);
    expect(r.difference.toString()).toBe('38');
    expect(r.impliedPrevious.toString()).toBe('400');
  });

  it('compares exactly by default: 1,016 points is not "1,02"', () => {
    expect(checkChange('3.96', 4.976, 'giảm 1,02%').consistent).toBe(false);
  });

  it('with decimals it accepts the computed change printed under a rounding mode', () => {
    const halfUp = checkChange('3.96', 4.976, 'giảm 1,02%', { decimals: 2 });
    expect(halfUp.consistent).toBe(true);
    expect(halfUp.matches).toEqual(['half-up']);
    expect(halfUp.decimals).toBe(2);
    expect(halfUp.explanation).toContain('agrees at 2 decimals under half-up (làm tròn)');
    const trunc = checkChange('3.96', 4.976, 'giảm 1,01%', { decimals: 2 });
    expect(trunc.matches).toEqual(['truncate']);
    const none = checkChange('3.96', '4.9', 'giảm 1,02%', { decimals: 2 });
    expect(none.verdict).toBe('unreproducible');
    expect(none.explanation).toContain(
      'differs at 2 decimals under half-up (làm tròn) or truncate (cắt bỏ) (by +0.08)',
    );
    expect(
      checkChange('3.96', 4.976, 'giảm 1,02%', { decimals: 2, modes: ['truncate'] }).consistent,
    ).toBe(false);
  });

  it('reads a published change written as a Vietnamese number', () => {
    expect(checkChange(381, 362, '+19').consistent).toBe(true);
    expect(checkChange('3.96', '4.98', '-1,02').consistent).toBe(true);
    expect(checkChange('3.96', '4.98', '−1,02%').basis).toBe('points');
    expect(checkChange(3365, null, 'thêm 97 mô hình').impliedPrevious.toString()).toBe('3268');
  });

  describe('edge cases', () => {
    it('no change: "tăng 0"', () => {
      const r = checkChange(5, 5, 'tăng 0');
      expect(r.consistent).toBe(true);
      expect(r.published.isNegative()).toBe(false);
    });

    it('refuses a "%" change of a count or amount: that is relative (unit-mismatch)', () => {
      const e = caught(() => checkChange(80, 71, 'tăng 12%', { measure: 'amount' }));
      expect(e.code).toBe('unit-mismatch');
      expect(e.path).toEqual(['publishedChange']);
      expect(e.message).toMatchInlineSnapshot(
        `"[chitieu] Unit mismatch (đơn vị tính) at publishedChange: expected a change in units for this amount indicator (a change in "%" of a count or amount is relative, tốc độ tăng: check it with reconcilePercent(published, current − previous, previous)); received "%""`,
      );
      expect(
        caught(() => checkChange(8, 7, 'tăng 1 điểm phần trăm', { measure: 'count' })).code,
      ).toBe('unit-mismatch');
    });

    it('refuses a rate change in other units', () => {
      const e = caught(() => checkChange('3.96', null, 'giảm 120 hộ', { measure: 'rate' }));
      expect(e.code).toBe('unit-mismatch');
    });

    it('rejects an unreadable phrase with unparseable-target at publishedChange', () => {
      const e = caught(() => checkChange(1, 2, 'tăng lên 90%'));
      expect(e.code).toBe('unparseable-target');
      expect(e.path).toEqual(['publishedChange']);
      expect(caught(() => checkChange(1, 2, '1,2,3')).code).toBe('invalid-number');
    });

    it('rejects bad figures at their path', () => {
      expect(caught(() => checkChange('x', 1, 1)).path).toEqual(['current']);
      expect(caught(() => checkChange(1, Number.NaN, 1)).path).toEqual(['previous']);
      expect(caught(() => checkChange(1, 1, Number.NaN)).path).toEqual(['publishedChange']);
    });

    it('rejects an unknown measure at options.measure', () => {
      const e = caught(() => checkChange(1, 1, 0, { measure: 'percent' as 'rate' }));
      expect(e.code).toBe('invalid-argument');
      expect(e.path).toEqual(['options', 'measure']);
    });

    it('rejects decimals fewer than the published change has, and bad modes', () => {
      const e = caught(() => checkChange('3.96', '4.98', 'giảm 1,02%', { decimals: 1 }));
      expect(e.code).toBe('invalid-argument');
      expect(e.path).toEqual(['options', 'decimals']);
      expect(caught(() => checkChange(1, 1, 0, { decimals: 1, modes: [] })).path).toEqual([
        'options',
        'modes',
      ]);
      expect(
        caught(() => checkChange(1, 1, 0, { decimals: 1, modes: ['nearest' as Rounding] })).path,
      ).toEqual(['options', 'modes', 0]);
    });
  });

  it('does not mutate its input', () => {
    const current = new Decimal(381);
    const options = Object.freeze({ decimals: 2, modes: Object.freeze(['half-up'] as Rounding[]) });
    checkChange(current, 362, 19, options);
    expect(current.toString()).toBe('381');
    expect(options.modes).toEqual(['half-up']);
  });

  describe('laws', () => {
    const figure = fc
      .tuple(fc.integer({ min: -1_000_000, max: 1_000_000 }), fc.constantFrom(0, 1, 2))
      .map(([n, d]) => new Decimal(n).div(10 ** d));

    it('checkChange(c, p, c − p) is consistent and implies p', () => {
      fc.assert(
        fc.property(figure, figure, (c, p) => {
          const r = checkChange(c, p, c.minus(p));
          expect(r.consistent).toBe(true);
          expect(r.impliedPrevious.eq(p)).toBe(true);
        }),
      );
    });

    it('a published change off by δ differs by −δ', () => {
      fc.assert(
        fc.property(figure, figure, figure, (c, p, delta) => {
          fc.pre(!delta.isZero());
          const r = checkChange(c, p, c.minus(p).plus(delta));
          expect(r.consistent).toBe(false);
          expect(r.difference.eq(delta.neg())).toBe(true);
        }),
      );
    });
  });
});

describe('checkChange: readings, explanations and messages', () => {
  it('a signed number in text is trimmed, and has a unit only when it ends in "%"', () => {
    const r = checkChange(381, 362, ' +19 ');
    expect(r.consistent).toBe(true);
    expect(r.publishedText).toBe('+19');
    expect(r.unit).toBeNull();
    expect(r.basis).toBe('absolute');
    expect(r.explanation).toBe('381 − 362 = +19; published "+19" (+19) agrees');
    expect(checkChange('3.96', '4.98', '-1,02%').unit).toBe('%');
  });

  it('a phrase without a unit adds no unit words; the quoted phrase is trimmed', () => {
    expect(checkChange(381, 362, '  tăng 19  ').explanation).toBe(
      '381 − 362 = +19; published "tăng 19" (+19) agrees',
    );
  });

  it('puts negative figures in parentheses where they are subtracted', () => {
    expect(checkChange(381, null, 'giảm 19').explanation).toBe(
      'Published change "giảm 19" (-19) on a current figure of 381 implies a previous figure of 400 (381 − (-19)); no previous figure to check it against',
    );
    expect(checkChange(-2, -5, 4).explanation).toBe(
      '-2 − (-5) = +3; published +4 differs by -1; it implies a previous figure of -6 (-2 − 4)',
    );
  });

  it('rejects an unknown measure even with no previous figure, naming the measures', () => {
    const e = caught(() => checkChange(1, null, 0, { measure: 'percent' as 'rate' }));
    expect(e.code).toBe('invalid-argument');
    expect(e.path).toEqual(['options', 'measure']);
    expect(e.message).toMatchInlineSnapshot(
      `"[chitieu] Invalid argument at options.measure: expected a measure (count, amount, rate); received "percent""`,
    );
  });

  it('pins the message of a rate change in other units', () => {
    const e = caught(() => checkChange('3.96', null, 'giảm 120 hộ', { measure: 'rate' }));
    expect(e.path).toEqual(['publishedChange']);
    expect(e.details.received).toBe('"hộ"');
    expect(e.message).toMatchInlineSnapshot(
      `"[chitieu] Unit mismatch (đơn vị tính) at publishedChange: expected a change of a rate in percentage points ("%", "điểm phần trăm"); received "hộ""`,
    );
  });

  it('says how many decimals are needed, in the right number', () => {
    expect(
      caught(() => checkChange('3.96', '4.98', 'giảm 1,02%', { decimals: 1 })).message,
    ).toMatchInlineSnapshot(
      `"[chitieu] Invalid argument at options.decimals: expected at least 2 decimal places, as many as the published change has; received 1"`,
    );
    expect(caught(() => checkChange(3, 1, '+1,5', { decimals: 0 })).message).toMatchInlineSnapshot(
      `"[chitieu] Invalid argument at options.decimals: expected at least 1 decimal place, as many as the published change has; received 0"`,
    );
  });
});
