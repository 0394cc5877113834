import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { reconcilePercent } from '../../src/audit/reconcile-percent.js';
import { formatViPercent } from '../../src/notation/format-vi-percent.js';
import { Decimal } from '../../src/numeric/decimal.js';
import type { Rounding } from '../../src/numeric/rounding.js';
import { caught } from '../support/caught.js';

describe('reconcilePercent', () => {
  it('169 admissions against a plan of 150 published "112,6%" is truncation (cắt bỏ), not half-up', () => {
    const r = reconcilePercent('112,6%', 169, 150);
    expect(r.computed.toFixed(6)).toBe('112.666667');
    expect(r.decimals).toBe(1);
    expect(r.published.toString()).toBe('112.6');
    expect(r.matches).toEqual(['truncate', 'floor']);
    expect(r.matches).not.toContain('half-up');
    expect(r.consistent).toBe(true);
    expect(r.verdict).toBe('consistent');
    expect(r.candidates).toEqual({
      'half-up': '112,7%',
      'half-even': '112,7%',
      truncate: '112,6%',
      ceil: '112,7%',
      floor: '112,6%',
    });
    expect(r.explanation).toBe(
      '169 / 150 = 112.666…%; published "112,6%" (1 decimal) matches truncate (cắt bỏ) and floor (làm tròn xuống), not half-up (làm tròn)',
    );
  });

  it('5.775 of 8.227 communes published "70,2%" is half-up (làm tròn), not truncation', () => {
    const r = reconcilePercent('70,2%', 5775, 8227);
    expect(r.computed.toFixed(4)).toBe('70.1957');
    expect(r.matches).toEqual(['half-up', 'half-even', 'ceil']);
    expect(r.explanation).toBe(
      '5775 / 8227 = 70.195…%; published "70,2%" (1 decimal) matches half-up (làm tròn), half-even (làm tròn về số chẵn) and ceil (làm tròn lên), not truncate (cắt bỏ)',
    );
  });

  it('"2.567 xã (42,4%)" is unreproducible against 7.669 communes (33,5%) and against 6.084 (42,2%)', () => {
    const all = reconcilePercent('42,4%', 2567, 7669);
    expect(all.verdict).toBe('unreproducible');
    expect(all.consistent).toBe(false);
    expect(all.matches).toEqual([]);
    expect(all.candidates['half-up']).toBe('33,5%');
    const ntm = reconcilePercent('42,4%', 2567, 6084);
    expect(ntm.verdict).toBe('unreproducible');
    expect(ntm.candidates['half-up']).toBe('42,2%');
    expect(ntm.explanation).toBe(
      '2567 / 6084 = 42.192…%; published "42,4%" (1 decimal) matches no rounding mode: half-up (làm tròn) gives "42,2%", truncate (cắt bỏ) gives "42,1%"',
    );
  });

  it('a figure both half-up and truncation print: 112,61% published "112,6%"', () => {
    const r = reconcilePercent('112,6%', 11261, 10000);
    expect(r.matches).toEqual(['half-up', 'half-even', 'truncate', 'floor']);
    expect(r.explanation).toContain('matches half-up (làm tròn), half-even');
    expect(r.explanation).not.toContain(', not ');
  });

  it('an exact share matches every mode: 18/20 = "90%"', () => {
    const r = reconcilePercent('90%', 18, 20);
    expect(r.matches).toEqual(['half-up', 'half-even', 'truncate', 'ceil', 'floor']);
    expect(r.explanation).toBe(
      '18 / 20 = 90% exactly; published "90%" (0 decimals) matches every rounding mode',
    );
  });

  it('0 decimals: 169/150 prints "112%" truncated and "113%" half-up', () => {
    expect(reconcilePercent('112%', 169, 150).matches).toEqual(['truncate', 'floor']);
    expect(reconcilePercent('113%', 169, 150).matches).toEqual(['half-up', 'half-even', 'ceil']);
    expect(reconcilePercent('102%', 51, 50).decimals).toBe(0);
  });

  it('2 decimals: "98,05%" is 1.961/2.000 exactly; "112,66%" truncated and "112,67%" half-up', () => {
    expect(reconcilePercent('98,05%', 1961, 2000).decimals).toBe(2);
    expect(reconcilePercent('98,05%', 1961, 2000).consistent).toBe(true);
    expect(reconcilePercent('112,66%', 169, 150).matches).toEqual(['truncate', 'floor']);
    expect(reconcilePercent('112,67%', 169, 150).matches).toEqual(['half-up', 'half-even', 'ceil']);
  });

  it('percentages over 100: 300 of 200 is "150%"', () => {
    expect(reconcilePercent('150%', 300, 200).consistent).toBe(true);
    expect(reconcilePercent('150,1%', 300, 200).consistent).toBe(false);
  });

  it('half-even (làm tròn về số chẵn) differs from half-up on a tie: 49/400 = 12,25%', () => {
    const r = reconcilePercent('12,2%', 49, 400);
    expect(r.matches).toEqual(['half-even', 'truncate', 'floor']);
    expect(reconcilePercent('12,3%', 49, 400).matches).toEqual(['half-up', 'ceil']);
  });

  it('reads the decimals from the text as printed: "112,60%" has 2', () => {
    const r = reconcilePercent('112,60%', 169, 150);
    expect(r.decimals).toBe(2);
    expect(r.publishedText).toBe('112,60%');
    expect(r.verdict).toBe('unreproducible');
  });

  it('takes a number or Decimal as the published value, its decimals from the value', () => {
    const r = reconcilePercent(112.6, 169, 150);
    expect(r.decimals).toBe(1);
    expect(r.publishedText).toBe('112,6%');
    expect(r.matches).toContain('truncate');
    expect(reconcilePercent(new Decimal('90'), 18, 20).publishedText).toBe('90%');
  });

  it('options.decimals overrides the printed decimals', () => {
    const r = reconcilePercent('112,6%', 169, 150, { decimals: 2 });
    expect(r.decimals).toBe(2);
    expect(r.candidates.truncate).toBe('112,66%');
    expect(r.verdict).toBe('unreproducible');
    expect(reconcilePercent(90, 18, 20, { decimals: 1 }).candidates['half-up']).toBe('90,0%');
  });

  it('keeps its inputs in the result', () => {
    const r = reconcilePercent('112,6%', '169', 150);
    expect(r.numerator.toString()).toBe('169');
    expect(r.denominator.toString()).toBe('150');
  });

  describe('edge cases', () => {
    it('rejects a zero denominator with division-by-zero at denominator', () => {
      expect(() => reconcilePercent('50%', 1, 0)).toThrowErrorMatchingInlineSnapshot(
        `[ChitieuError: [chitieu] Division by zero at denominator: expected a non-zero denominator (mẫu số): a percentage of 0 is not defined; received 0]`,
      );
      expect(caught(() => reconcilePercent('50%', 1, '0')).path).toEqual(['denominator']);
    });

    it('a zero numerator is 0%', () => {
      expect(reconcilePercent('0%', 0, 7).matches).toHaveLength(5);
      expect(reconcilePercent('0,0%', 0, 7).consistent).toBe(true);
    });

    it('negative figures (a fall) round with their sign: −1/3 = −33,33…%', () => {
      const r = reconcilePercent('-33,3%', -1, 3);
      expect(r.matches).toEqual(['half-up', 'half-even', 'truncate', 'ceil']);
      expect(r.candidates.floor).toBe('-33,4%');
    });

    it('rejects a malformed published figure with invalid-number at published', () => {
      const e = caught(() => reconcilePercent('1,2,3%', 1, 2));
      expect(e.code).toBe('invalid-number');
      expect(e.path).toEqual(['published']);
      expect(caught(() => reconcilePercent('112.6', 1, 2)).code).toBe('invalid-number');
      expect(caught(() => reconcilePercent(Number.NaN, 1, 2)).path).toEqual(['published']);
    });

    it('rejects bad numerators and denominators at their path', () => {
      expect(caught(() => reconcilePercent('1%', 'x', 2)).path).toEqual(['numerator']);
      expect(caught(() => reconcilePercent('1%', 1, Number.POSITIVE_INFINITY)).path).toEqual([
        'denominator',
      ]);
    });

    it('rejects decimals fewer than the figure shows, or not whole', () => {
      const e = caught(() => reconcilePercent('112,6%', 169, 150, { decimals: 0 }));
      expect(e.code).toBe('invalid-argument');
      expect(e.path).toEqual(['options', 'decimals']);
      expect(e.message).toMatchInlineSnapshot(
        `"[chitieu] Invalid argument at options.decimals: expected at least 1 decimal place, as many as the published figure has; received 0"`,
      );
      expect(caught(() => reconcilePercent('1%', 1, 2, { decimals: 1.5 })).path).toEqual([
        'options',
        'decimals',
      ]);
    });
  });

  it('does not mutate its input', () => {
    const n = new Decimal(169);
    const d = new Decimal(150);
    const options = Object.freeze({ decimals: 1 });
    reconcilePercent('112,6%', n, d, options);
    expect(n.toString()).toBe('169');
    expect(d.toString()).toBe('150');
    expect(options).toEqual({ decimals: 1 });
  });

  describe('laws', () => {
    const cases = fc.record({
      a: fc.integer({ min: 0, max: 20_000 }),
      p: fc.integer({ min: 1, max: 10_000 }),
      d: fc.constantFrom(0, 1, 2),
    });

    it('a truncated figure always lists truncate; a half-up figure always lists half-up', () => {
      fc.assert(
        fc.property(cases, fc.constantFrom<Rounding>('truncate', 'half-up'), ({ a, p, d }, m) => {
          const exact = new Decimal(a).times(100).div(p);
          const printed = formatViPercent(exact, { decimals: d, rounding: m });
          expect(reconcilePercent(printed, a, p).matches).toContain(m);
          expect(reconcilePercent(printed, a, p, { decimals: d }).matches).toContain(m);
        }),
      );
    });

    it('every candidate is reproduced by its own mode', () => {
      fc.assert(
        fc.property(cases, ({ a, p, d }) => {
          const r = reconcilePercent('0%', a, p, { decimals: d });
          for (const [mode, printed] of Object.entries(r.candidates)) {
            expect(reconcilePercent(printed, a, p, { decimals: d }).matches).toContain(mode);
          }
        }),
      );
    });
  });
});

describe('reconcilePercent: explanations', () => {
  it('calls a percentage exact up to two decimals more than printed (at least three)', () => {
    expect(reconcilePercent('0,1%', 1, 800).explanation).toMatchInlineSnapshot(
      `"1 / 800 = 0.125% exactly; published "0,1%" (1 decimal) matches half-up (làm tròn), half-even (làm tròn về số chẵn), truncate (cắt bỏ) and floor (làm tròn xuống)"`,
    );
    expect(reconcilePercent('0,06%', 1, 1600).explanation).toMatchInlineSnapshot(
      `"1 / 1600 = 0.0625% exactly; published "0,06%" (2 decimals) matches half-up (làm tròn), half-even (làm tròn về số chẵn), truncate (cắt bỏ) and floor (làm tròn xuống)"`,
    );
    expect(reconcilePercent('112,67%', 169, 150).explanation).toMatchInlineSnapshot(
      `"169 / 150 = 112.6666…%; published "112,67%" (2 decimals) matches half-up (làm tròn), half-even (làm tròn về số chẵn) and ceil (làm tròn lên), not truncate (cắt bỏ)"`,
    );
  });

  it('names no missed mode when half-up and truncate both match', () => {
    expect(reconcilePercent('33,3%', 1, 3).explanation).toMatchInlineSnapshot(
      `"1 / 3 = 33.333…%; published "33,3%" (1 decimal) matches half-up (làm tròn), half-even (làm tròn về số chẵn), truncate (cắt bỏ) and floor (làm tròn xuống)"`,
    );
  });
});
