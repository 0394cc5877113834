import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { checkTally } from '../../src/audit/check-tally.js';
import { tallyCheckSchema } from '../../src/audit/tally-check-schema.js';
import { Decimal } from '../../src/numeric/decimal.js';

describe('tallyCheckSchema', () => {
  it('round-trips a tally check', () => {
    const r = checkTally(['36.11', '36.17', '27.72'], 100);
    const back = z.parse(tallyCheckSchema, JSON.parse(JSON.stringify(r)));
    expect(JSON.parse(JSON.stringify(back))).toEqual(JSON.parse(JSON.stringify(r)));
    expect(back.parts[0]).toBeInstanceOf(Decimal);
  });

  it('rejects a malformed one', () => {
    const json = JSON.parse(JSON.stringify(checkTally([1], 1)));
    expect(z.safeParse(tallyCheckSchema, { ...json, parts: ['1,5'] }).success).toBe(false);
    expect(z.safeParse(tallyCheckSchema, { ...json, verdict: 'unchecked' }).success).toBe(false);
  });
});
