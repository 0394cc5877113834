import { describe, expect, it } from 'vitest';
import { checkShare } from '../../src/audit/check-share.js';
import { inferPlan } from '../../src/audit/infer-plan.js';
import { readChangePhrase } from '../../src/audit/read-change-phrase.js';
import { reconcilePercent } from '../../src/audit/reconcile-percent.js';

describe('reconcilePercent reads a whole phrase, as checkChange does', () => {
  it('takes the one percentage of "đạt 112,6% kế hoạch"', () => {
    const r = reconcilePercent('đạt 112,6% kế hoạch', 169, 150);
    expect(r.published.toString()).toBe('112.6');
    expect(r.matches).toEqual(['truncate', 'floor']);
    expect(r.explanation).toContain('published "112,6%"');
  });

  it('reads the percentage after a count, in parentheses, with a space before "%"', () => {
    expect(reconcilePercent('2.567 xã (42,4%)', 2567, 6084).verdict).toBe('unreproducible');
    expect(reconcilePercent('(đạt 112,6 % kế hoạch năm)', 169, 150).decimals).toBe(1);
  });

  it('refuses a phrase with no percentage or several, naming why', () => {
    for (const [phrase, reason] of [
      ['đạt kế hoạch', 'no percentage'],
      ['đạt 112,6% kế hoạch, tăng 5%', 'holds 2'],
    ] as const) {
      expect(() => reconcilePercent(phrase, 169, 150)).toThrow(
        expect.objectContaining({
          code: 'invalid-number',
          path: ['published'],
          details: expect.objectContaining({ reason: expect.stringContaining(reason) }),
        }),
      );
    }
  });

  it('keeps the old errors for a figure alone', () => {
    expect(() => reconcilePercent('1,2,3', 1, 2)).toThrow(/Vietnamese notation/);
  });

  it('checkShare and inferPlan read phrases the same way', () => {
    expect(checkShare(2567, 6084, 'chiếm 42,2%').verdict).toBe('consistent');
    expect(inferPlan(169, 'đạt 112,6% kế hoạch').byMode.truncate?.integers.map(String)).toEqual([
      '150',
    ]);
  });
});

describe('readChangePhrase errors', () => {
  it('speak of a change phrase, not a target phrase', () => {
    expect(() => readChangePhrase('xyz')).toThrow(
      /^\[chitieu\] Unreadable change phrase \(tăng \/ giảm\)/,
    );
    expect(() => readChangePhrase('xyz')).toThrow(
      expect.objectContaining({ code: 'unparseable-target' }),
    );
  });
});
