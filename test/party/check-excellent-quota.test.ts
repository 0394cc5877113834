import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { type Rounding, roundings } from '../../src/numeric/rounding.js';
import { checkExcellentQuota } from '../../src/party/check-excellent-quota.js';
import { excellentQuotaCheckSchema } from '../../src/party/check-excellent-quota-schema.js';
import type { RatingCounts } from '../../src/party/rating-level-schema.js';
import { caught } from '../support/caught.js';

const twelveGood: RatingCounts = { excellent: 3, good: 12, completed: 1, 'not-completed': 0 };

describe('checkExcellentQuota', () => {
  it('20% of 12 HTTNV is 2,4, rounded down to 2: 3 HTXSNV is over the quota by 1', () => {
    const check = checkExcellentQuota(twelveGood);
    expect(check.exactMax.toString()).toBe('2.4');
    expect(check.maxExcellent).toBe(2);
    expect(check.allowed).toBe(false);
    expect(check.excess).toBe(1);
    expect(check.base).toBe(12);
    expect(check.baseOf).toBe('good');
    expect(check.rounding).toBe('floor');
    expect(check.rule).toBe('hd-21-2019');
    expect(check.quotaPercent.toString()).toBe('20');
    expect(check.explanation).toBe(
      'Số HTXSNV (3) vượt 20% số HTTNV: 20% × 12 = 2,4, làm tròn xuống thành 2; vượt 1.',
    );
  });

  it('2 HTXSNV out of 12 HTTNV is allowed', () => {
    const check = checkExcellentQuota({ ...twelveGood, excellent: 2 });
    expect([check.allowed, check.excess]).toEqual([true, 0]);
    expect(check.explanation).toBe(
      'Số HTXSNV (2) không vượt quá 20% số HTTNV: 20% × 12 = 2,4, làm tròn xuống thành 2.',
    );
  });

  it('a whole quota needs no rounding: 20% of 15 is 3', () => {
    const check = checkExcellentQuota({ excellent: 3, good: 15, completed: 0, 'not-completed': 0 });
    expect([check.allowed, check.maxExcellent]).toEqual([true, 3]);
    expect(check.explanation).toBe('Số HTXSNV (3) không vượt quá 20% số HTTNV: 20% × 15 = 3.');
  });

  it('takes the quota of HTTNV + HTXSNV when asked (a secondary reading): 20% of 15 is 3', () => {
    const check = checkExcellentQuota(twelveGood, { base: 'good-or-better' });
    expect([check.base, check.maxExcellent, check.allowed]).toEqual([15, 3, true]);
    expect(check.explanation).toContain('20% số HTTNV trở lên');
  });

  it('rounds a fractional quota as told: 2,4 → 3 with ceil, 2 with half-up', () => {
    expect(checkExcellentQuota(twelveGood, { rounding: 'ceil' }).maxExcellent).toBe(3);
    expect(checkExcellentQuota(twelveGood, { rounding: 'ceil' }).allowed).toBe(true);
    expect(checkExcellentQuota(twelveGood, { rounding: 'half-up' }).maxExcellent).toBe(2);
    const half = { excellent: 0, good: 25, completed: 0, 'not-completed': 0 };
    expect(checkExcellentQuota(half, { rounding: 'half-up' }).maxExcellent).toBe(5);
    expect(checkExcellentQuota(half, { quota: 10, rounding: 'half-up' }).maxExcellent).toBe(3);
    expect(checkExcellentQuota(half, { quota: 10, rounding: 'half-even' }).maxExcellent).toBe(2);
  });

  it('follows NĐ 335/2025 for công chức with the same 20%', () => {
    const check = checkExcellentQuota(twelveGood, { rule: 'nd-335-2025' });
    expect([check.rule, check.maxExcellent]).toEqual(['nd-335-2025', 2]);
  });

  it('takes a custom quota in percent', () => {
    expect(checkExcellentQuota(twelveGood, { quota: '25' }).maxExcellent).toBe(3);
    expect(checkExcellentQuota(twelveGood, { quota: 12.5 }).exactMax.toString()).toBe('1.5');
  });

  describe('edge cases', () => {
    it('with no HTTNV the quota is 0: one HTXSNV is over it', () => {
      const check = checkExcellentQuota({
        excellent: 1,
        good: 0,
        completed: 3,
        'not-completed': 0,
      });
      expect([check.maxExcellent, check.allowed]).toEqual([0, false]);
      expect(
        checkExcellentQuota({ excellent: 0, good: 0, completed: 0, 'not-completed': 0 }).allowed,
      ).toBe(true);
    });

    it('rejects bad counts at the level, and options out of their domain', () => {
      expect(caught(() => checkExcellentQuota({ ...twelveGood, good: -12 })).path).toEqual([
        'counts',
        'good',
      ]);
      expect(caught(() => checkExcellentQuota(twelveGood, { quota: 120 })).path).toEqual([
        'options',
        'quota',
      ]);
      expect(caught(() => checkExcellentQuota(twelveGood, { quota: -1 })).code).toBe(
        'invalid-argument',
      );
      expect(caught(() => checkExcellentQuota(twelveGood, { quota: 'x' })).code).toBe(
        'invalid-number',
      );
      expect(
        caught(() => checkExcellentQuota(twelveGood, { rounding: 'up' as Rounding })).path,
      ).toEqual(['options', 'rounding']);
      expect(caught(() => checkExcellentQuota(twelveGood, { base: 'all' as never })).path).toEqual([
        'options',
        'base',
      ]);
      expect(
        caught(() => checkExcellentQuota(twelveGood, { rule: 'qd-366-2025' as never })).path,
      ).toEqual(['options', 'rule']);
    });

    it('says what it expected of each option', () => {
      const options = caught(() => checkExcellentQuota(twelveGood, 'floor' as never));
      expect([options.code, options.path]).toEqual(['invalid-argument', ['options']]);
      expect(options.message).toContain('expected an options object');
      expect(
        caught(() => checkExcellentQuota(twelveGood, { rule: 'qd-366-2025' as never })).message,
      ).toContain("expected a quota rule ('hd-21-2019', 'nd-335-2025')");
      expect(
        caught(() => checkExcellentQuota(twelveGood, { base: 'all' as never })).message,
      ).toContain("expected a quota base ('good', 'good-or-better')");
      expect(
        caught(() => checkExcellentQuota(twelveGood, { rounding: 'up' as Rounding })).message,
      ).toContain(`expected a rounding mode (${roundings.join(', ')}); received "up"`);
      expect(caught(() => checkExcellentQuota(twelveGood, { quota: 120 })).message).toContain(
        'expected a quota in percent from 0 to 100; received "120"',
      );
    });
  });

  it('survives a JSON round trip through its schema', () => {
    const check = checkExcellentQuota(twelveGood, { quota: '12.5', rounding: 'truncate' });
    expect(z.parse(excellentQuotaCheckSchema, JSON.parse(JSON.stringify(check)))).toEqual(check);
  });

  it('does not mutate its input', () => {
    const input = { ...twelveGood };
    const options = { quota: 20, rounding: 'floor' as const };
    checkExcellentQuota(input, options);
    expect(input).toEqual(twelveGood);
    expect(options).toEqual({ quota: 20, rounding: 'floor' });
  });

  it('the cap never exceeds quota × base / 100 when rounding down, and allowed means within it', () => {
    const count = fc.integer({ min: 0, max: 5000 });
    fc.assert(
      fc.property(count, count, fc.integer({ min: 0, max: 100 }), (excellent, good, quota) => {
        const check = checkExcellentQuota(
          { excellent, good, completed: 0, 'not-completed': 0 },
          { quota },
        );
        expect(check.exactMax.minus(check.maxExcellent).gte(0)).toBe(true);
        expect(check.exactMax.minus(check.maxExcellent).lt(1)).toBe(true);
        expect(check.allowed).toBe(excellent <= check.maxExcellent);
        expect(check.excess).toBe(Math.max(0, excellent - check.maxExcellent));
      }),
    );
  });

  it('every rounding mode gives a cap within one person of the exact quota', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 5000 }), fc.constantFrom(...roundings), (good, r) => {
        const check = checkExcellentQuota(
          { excellent: 0, good, completed: 0, 'not-completed': 0 },
          { rounding: r },
        );
        expect(check.exactMax.minus(check.maxExcellent).abs().lt(1)).toBe(true);
      }),
    );
  });
});
