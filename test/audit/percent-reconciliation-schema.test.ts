import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import {
  type PercentReconciliation,
  percentReconciliationSchema,
} from '../../src/audit/percent-reconciliation-schema.js';
import { reconcilePercent } from '../../src/audit/reconcile-percent.js';
import { Decimal } from '../../src/numeric/decimal.js';

const roundTrip = (r: PercentReconciliation) =>
  z.parse(percentReconciliationSchema, JSON.parse(JSON.stringify(r)));

describe('percentReconciliationSchema', () => {
  it('brings a result back from JSON with Decimals inside', () => {
    const r = reconcilePercent('112,6%', 169, 150);
    const back = roundTrip(r);
    expect(back.computed).toBeInstanceOf(Decimal);
    expect(back.computed.eq(r.computed)).toBe(true);
    expect(JSON.parse(JSON.stringify(back))).toEqual(JSON.parse(JSON.stringify(r)));
  });

  it('round-trips any reconciliation', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -5000, max: 5000 }),
        fc.integer({ min: 1, max: 5000 }),
        fc.constantFrom('112,6%', '0%', '-3,33%', '100%'),
        (a, p, published) => {
          const r = reconcilePercent(published, a, p);
          expect(JSON.parse(JSON.stringify(roundTrip(r)))).toEqual(JSON.parse(JSON.stringify(r)));
        },
      ),
    );
  });

  it('rejects a malformed result', () => {
    const json = JSON.parse(JSON.stringify(reconcilePercent('90%', 18, 20)));
    expect(z.safeParse(percentReconciliationSchema, { ...json, verdict: 'ok' }).success).toBe(
      false,
    );
    expect(z.safeParse(percentReconciliationSchema, { ...json, decimals: -1 }).success).toBe(false);
    expect(z.safeParse(percentReconciliationSchema, { ...json, matches: ['up'] }).success).toBe(
      false,
    );
    expect(z.safeParse(percentReconciliationSchema, { ...json, computed: 'NaN' }).success).toBe(
      false,
    );
    const { candidates: _, ...missing } = json;
    expect(z.safeParse(percentReconciliationSchema, missing).success).toBe(false);
  });
});
