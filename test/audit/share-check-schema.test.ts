import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { checkShare } from '../../src/audit/check-share.js';
import { type ShareCheck, shareCheckSchema } from '../../src/audit/share-check-schema.js';
import { Decimal } from '../../src/numeric/decimal.js';

const roundTrip = (r: ShareCheck) => z.parse(shareCheckSchema, JSON.parse(JSON.stringify(r)));

describe('shareCheckSchema', () => {
  it('round-trips checked and unchecked shares', () => {
    for (const r of [
      checkShare(18, 20, '90%'),
      checkShare(6, 6),
      checkShare(2567, 6084, '42,4%'),
    ]) {
      const back = roundTrip(r);
      expect(JSON.parse(JSON.stringify(back))).toEqual(JSON.parse(JSON.stringify(r)));
      expect(back.share).toBeInstanceOf(Decimal);
    }
  });

  it('rejects an unchecked share with a reconciliation', () => {
    const json = JSON.parse(JSON.stringify(checkShare(6, 6)));
    const rec = JSON.parse(JSON.stringify(checkShare(6, 6, '100%').reconciliation));
    expect(z.safeParse(shareCheckSchema, { ...json, reconciliation: rec }).success).toBe(false);
  });
});
