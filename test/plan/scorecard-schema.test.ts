import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { scorecard } from '../../src/plan/scorecard.js';
import { scorecardByGroupSchema, scorecardSchema } from '../../src/plan/scorecard-schema.js';

const card = { total: 39, exceeded: 20, met: 12, notMet: 7, pending: 0, attained: 32 };

describe('scorecardSchema', () => {
  it('accepts a scorecard that obeys its laws', () => {
    expect(z.parse(scorecardSchema, card)).toEqual(card);
  });

  it('rejects attained ≠ met + exceeded and total ≠ the sum of the parts, at their fields', () => {
    const result = z.safeParse(scorecardSchema, { ...card, attained: 31, total: 40 });
    expect(result.error?.issues.map((i) => i.path)).toEqual([['attained'], ['total']]);
  });

  it('takes back every scorecard() result sent as JSON', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ status: fc.constantFrom('exceeded', 'met', 'not-met', 'pending') })),
        (items) => {
          const c = scorecard(items);
          expect(z.parse(scorecardSchema, JSON.parse(JSON.stringify(c)))).toEqual(c);
        },
      ),
    );
  });

  describe('edge cases', () => {
    it('rejects negative and fractional counts', () => {
      expect(z.safeParse(scorecardSchema, { ...card, notMet: -7, total: 25 }).success).toBe(false);
      expect(z.safeParse(scorecardSchema, { ...card, met: 11.5, attained: 31.5 }).success).toBe(
        false,
      );
    });
  });

  it('does not mutate its input', () => {
    const input = { ...card };
    z.parse(scorecardSchema, input);
    expect(input).toEqual(card);
  });
});

describe('scorecardByGroupSchema', () => {
  it('accepts scorecards under the plan groups and ungrouped, nothing else', () => {
    expect(z.safeParse(scorecardByGroupSchema, { economy: card, ungrouped: card }).success).toBe(
      true,
    );
    expect(z.safeParse(scorecardByGroupSchema, { culture: card }).success).toBe(false);
  });
});

describe('scorecardSchema messages', () => {
  it('say what attained and total should have been', () => {
    const result = z.safeParse(scorecardSchema, {
      total: 40,
      exceeded: 20,
      met: 12,
      notMet: 7,
      pending: 0,
      attained: 31,
    });
    expect(result.error?.issues.map((i) => [i.path, i.message])).toMatchInlineSnapshot(`
      [
        [
          [
            "attained",
          ],
          "expected attained to be met + exceeded (32)",
        ],
        [
          [
            "total",
          ],
          "expected total to be exceeded + met + notMet + pending (39)",
        ],
      ]
    `);
  });
});
