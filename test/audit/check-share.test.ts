import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkShare } from '../../src/audit/check-share.js';
import { formatViPercent } from '../../src/notation/format-vi-percent.js';
import { Decimal } from '../../src/numeric/decimal.js';
import type { Rounding } from '../../src/numeric/rounding.js';
import { caught } from '../support/caught.js';

describe('checkShare', () => {
  it('"18/20 xã, thị trấn (90%)" is consistent', () => {
    const r = checkShare(18, 20, '90%');
    expect(r.verdict).toBe('consistent');
    expect(r.consistent).toBe(true);
    expect(r.share.toString()).toBe('90');
    expect(r.published.toString()).toBe('90');
    expect(r.reconciliation.matches).toHaveLength(5);
  });

  it('"6/6 cụm" is 100%', () => {
    const r = checkShare(6, 6);
    expect(r.share.toString()).toBe('100');
    expect(r.verdict).toBe('unchecked');
    expect(r.consistent).toBeNull();
    expect(r.reconciliation).toBeNull();
    expect(r.explanation).toBe('6 / 6 = 100% exactly; no published percentage to check');
    expect(checkShare(6, 6, '100%').consistent).toBe(true);
  });

  it('"2.567 xã (42,4%)" matches neither 7.669 nor 6.084', () => {
    expect(checkShare(2567, 7669, '42,4%').verdict).toBe('unreproducible');
    expect(checkShare(2567, 6084, '42,4%').verdict).toBe('unreproducible');
  });

  it('reconciles with the rounding that prints it: 5.775/8.227 "70,2%" half-up; 32/39 "82,0%" truncation', () => {
    expect(checkShare(5775, 8227, '70,2%').reconciliation.matches).toContain('half-up');
    expect(checkShare(32, 39, '82,0%').reconciliation.matches).toEqual(['truncate', 'floor']);
    expect(checkShare(32, 39).explanation).toBe(
      '32 / 39 = 82.051…%; no published percentage to check',
    );
  });

  it('passes the decimals on to the reconciliation', () => {
    const r = checkShare(18, 20, '90%', { decimals: 1 });
    expect(r.reconciliation.decimals).toBe(1);
    expect(r.reconciliation.candidates.truncate).toBe('90,0%');
  });

  describe('edge cases', () => {
    it('0 of a total is 0%', () => {
      expect(checkShare(0, 5, '0%').consistent).toBe(true);
    });

    it('rejects a count above the total with invalid-argument at count', () => {
      const e = caught(() => checkShare(21, 20));
      expect(e.code).toBe('invalid-argument');
      expect(e.path).toEqual(['count']);
      expect(e.message).toMatchInlineSnapshot(
        `"[chitieu] Invalid argument at count: expected a count not above the total (20); received "21""`,
      );
    });

    it('rejects counts that are not whole or are negative', () => {
      expect(caught(() => checkShare(1.5, 20)).path).toEqual(['count']);
      expect(caught(() => checkShare(-1, 20)).path).toEqual(['count']);
      expect(caught(() => checkShare(1, '20.5')).path).toEqual(['total']);
      expect(caught(() => checkShare(1, 'x')).code).toBe('invalid-number');
    });

    it('rejects a total of 0 with division-by-zero at total', () => {
      const e = caught(() => checkShare(0, 0));
      expect(e.code).toBe('division-by-zero');
      expect(e.path).toEqual(['total']);
    });

    it('rejects a malformed percentage at published', () => {
      const e = caught(() => checkShare(1, 2, '50.0%'));
      expect(e.code).toBe('invalid-number');
      expect(e.path).toEqual(['published']);
    });
  });

  it('does not mutate its input', () => {
    const count = new Decimal(18);
    const options = Object.freeze({ decimals: 0 });
    checkShare(count, 20, '90%', options);
    expect(count.toString()).toBe('18');
    expect(options).toEqual({ decimals: 0 });
  });

  it('a share printed with truncation or half-up is always consistent', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 10_000 })
          .chain((t) => fc.tuple(fc.integer({ min: 0, max: t }), fc.constant(t))),
        fc.constantFrom(0, 1, 2),
        fc.constantFrom<Rounding>('truncate', 'half-up'),
        ([c, t], d, m) => {
          const printed = formatViPercent(new Decimal(c).times(100).div(t), {
            decimals: d,
            rounding: m,
          });
          const r = checkShare(c, t, printed);
          expect(r.consistent).toBe(true);
          expect(r.reconciliation.matches).toContain(m);
        },
      ),
    );
  });
});

describe('checkShare: exact shares and messages', () => {
  it('calls a share of three decimals exact', () => {
    expect(checkShare(1, 800).explanation).toBe(
      '1 / 800 = 0.125% exactly; no published percentage to check',
    );
    expect(checkShare(1, 3).explanation).toBe('1 / 3 = 33.333…%; no published percentage to check');
  });

  it('pins the messages for a count that is not whole and a total of 0', () => {
    expect(caught(() => checkShare(1.5, 2)).message).toMatchInlineSnapshot(
      `"[chitieu] Invalid argument at count: expected a whole number that is not negative; received "1.5""`,
    );
    expect(caught(() => checkShare(0, 0)).message).toMatchInlineSnapshot(
      `"[chitieu] Division by zero at total: expected a total that is not 0: a share of nothing is not defined; received 0"`,
    );
  });
});
