import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { roundings } from '../../src/numeric/rounding.js';
import { roundingSchema } from '../../src/numeric/rounding-schema.js';

describe('roundingSchema', () => {
  it('accepts every rounding mode, in the order of roundings', () => {
    expect(roundingSchema.options).toEqual([...roundings]);
    for (const mode of roundings) expect(z.parse(roundingSchema, mode)).toBe(mode);
  });

  it('rejects other names', () => {
    expect(z.safeParse(roundingSchema, 'round').success).toBe(false);
  });
});
