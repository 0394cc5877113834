import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import {
  describeDistrictProgressOptionsSchema,
  describeNtmRollupOptionsSchema,
} from '../../src/ntm/describe-ntm-schema.js';

describe('describe option schemas', () => {
  it('read since, scope, average and previous', () => {
    expect(
      z.parse(describeNtmRollupOptionsSchema, { since: 'năm 2020', average: { decimals: 1 } }),
    ).toEqual({
      since: 'năm 2020',
      average: { decimals: 1 },
    });
    expect(z.parse(describeDistrictProgressOptionsSchema, { previous: 2 }).previous).toBe(2);
  });

  describe('edge cases', () => {
    it('reject a rounding that is not named and a negative previous count', () => {
      expect(
        z.safeParse(describeNtmRollupOptionsSchema, { average: { decimals: 1, rounding: 'up' } })
          .success,
      ).toBe(false);
      expect(z.safeParse(describeDistrictProgressOptionsSchema, { previous: -1 }).success).toBe(
        false,
      );
    });
  });
});
