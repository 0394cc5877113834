import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkTally } from '../../src/audit/check-tally.js';
import { Decimal, type Numeric } from '../../src/numeric/decimal.js';
import { caught } from '../support/caught.js';

describe('checkTally', () => {
  it('a district economic structure adds up: 36,11 + 36,17 + 27,72 = 100', () => {
    const r = checkTally(['36.11', '36.17', '27.72'], 100);
    expect(r.consistent).toBe(true);
    expect(r.verdict).toBe('consistent');
    expect(r.computed.toString()).toBe('100');
    expect(r.difference.toString()).toBe('0');
    expect(r.explanation).toBe('36.11 + 36.17 + 27.72 = 100; published total 100 agrees');
  });

  it('the national GDP structure has four parts: 11,55 + 36,44 + 43,35 + 8,66 = 100', () => {
    expect(checkTally(['11.55', '36.44', '43.35', '8.66'], 100).consistent).toBe(true);
  });

  it('commune quotas against a district total that does not add up', () => {
    const r = checkTally([7, 7, 9, 12, 8], 45);
    expect(r.verdict).toBe('unreproducible');
    expect(r.computed.toString()).toBe('43');
    expect(r.difference.toString()).toBe('-2');
    expect(r.explanation).toBe('7 + 7 + 9 + 12 + 8 = 43; published total 45 differs by -2');
  });

  it('is exact where floating point is not: 0,1 + 0,2 = 0,3', () => {
    expect(checkTally([0.1, 0.2], 0.3).consistent).toBe(true);
  });

  it('accepts a rounding gap within the tolerance', () => {
    const r = checkTally(['33.3', '33.3', '33.3'], 100, { tolerance: '0.1' });
    expect(r.consistent).toBe(true);
    expect(r.tolerance.toString()).toBe('0.1');
    expect(r.explanation).toBe(
      '33.3 + 33.3 + 33.3 = 99.9; published total 100 agrees within 0.1 (off by -0.1)',
    );
    expect(checkTally(['33.3', '33.3', '33.3'], 100, { tolerance: '0.09' }).consistent).toBe(false);
  });

  describe('edge cases', () => {
    it('no parts add up to 0', () => {
      expect(checkTally([], 0).consistent).toBe(true);
      expect(checkTally([], 1).explanation).toBe('no parts: 0; published total 1 differs by -1');
    });

    it('negative parts are shown in brackets', () => {
      expect(checkTally([5, -2], 3).explanation).toBe('5 + (-2) = 3; published total 3 agrees');
    });

    it('a long list is summarised', () => {
      const r = checkTally(Array(12).fill(1), 12);
      expect(r.explanation).toBe('the 12 parts add up to 12; published total 12 agrees');
    });

    it('rejects a bad part at its index', () => {
      const e = caught(() => checkTally([1, 'x'], 1));
      expect(e.code).toBe('invalid-number');
      expect(e.path).toEqual(['parts', 1]);
      expect(caught(() => checkTally([1], Number.NaN)).path).toEqual(['publishedTotal']);
    });

    it('rejects a negative tolerance and parts that are not a list', () => {
      const e = caught(() => checkTally([1], 1, { tolerance: -1 }));
      expect(e.code).toBe('invalid-argument');
      expect(e.path).toEqual(['options', 'tolerance']);
      expect(caught(() => checkTally('1,2' as unknown as Numeric[], 3)).path).toEqual(['parts']);
    });
  });

  it('does not mutate its input', () => {
    const parts = Object.freeze(['36.11', '36.17', '27.72']);
    const r = checkTally(parts, 100);
    expect(parts).toEqual(['36.11', '36.17', '27.72']);
    expect(r.parts).not.toBe(parts);
  });

  describe('laws', () => {
    const part = fc
      .tuple(fc.integer({ min: -1_000_000, max: 1_000_000 }), fc.constantFrom(0, 1, 2))
      .map(([n, d]) => new Decimal(n).div(10 ** d));

    it('the sum of the parts is always consistent with itself', () => {
      fc.assert(
        fc.property(fc.array(part, { maxLength: 20 }), (parts) => {
          const total = parts.reduce((s, p) => s.plus(p), new Decimal(0));
          expect(checkTally(parts, total).consistent).toBe(true);
        }),
      );
    });

    it('a total off by δ differs by −δ, whatever the order of the parts', () => {
      fc.assert(
        fc.property(fc.array(part, { maxLength: 20 }), part, (parts, delta) => {
          const total = parts.reduce((s, p) => s.plus(p), new Decimal(0)).plus(delta);
          const r = checkTally([...parts].reverse(), total);
          expect(r.difference.eq(delta.neg())).toBe(true);
          expect(r.consistent).toBe(delta.isZero());
        }),
      );
    });
  });
});

describe('checkTally: messages and the listed sum', () => {
  it('lists up to eight parts in the sum', () => {
    expect(checkTally([1, 1, 1, 1, 1, 1, 1, 1], 8).explanation).toBe(
      '1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 = 8; published total 8 agrees',
    );
    expect(checkTally([1, 1, 1, 1, 1, 1, 1, 1, 1], 9).explanation).toBe(
      'the 9 parts add up to 9; published total 9 agrees',
    );
  });

  it('pins the messages for parts that are not a list and for a bad tolerance', () => {
    expect(caught(() => checkTally('1' as unknown as Numeric[], 1)).message).toMatchInlineSnapshot(
      `"[chitieu] Invalid argument at parts: expected a list of parts; received "1""`,
    );
    const bad = caught(() => checkTally([1], 1, { tolerance: 'x' }));
    expect(bad.path).toEqual(['options', 'tolerance']);
    expect(bad.message).toMatchInlineSnapshot(
      `"[chitieu] Invalid number at options.tolerance: expected a finite number, a numeric string in JavaScript notation ("51.5") or a Decimal; received "x""`,
    );
    expect(caught(() => checkTally([1], 1, { tolerance: -1 })).message).toMatchInlineSnapshot(
      `"[chitieu] Invalid argument at options.tolerance: expected a tolerance that is not negative; received "-1""`,
    );
  });
});
