import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { directionSchema, measureSchema } from '../../src/indicator/measure-schema.js';

describe('measureSchema and directionSchema', () => {
  it('accept the three measures and the two directions', () => {
    for (const m of ['count', 'amount', 'rate']) expect(z.parse(measureSchema, m)).toBe(m);
    for (const d of ['higher-is-better', 'lower-is-better'])
      expect(z.parse(directionSchema, d)).toBe(d);
  });

  describe('edge cases', () => {
    it('reject anything else', () => {
      expect(z.safeParse(measureSchema, 'percent').success).toBe(false);
      expect(z.safeParse(measureSchema, 'Rate').success).toBe(false);
      expect(z.safeParse(directionSchema, 'higher').success).toBe(false);
      expect(z.safeParse(directionSchema, null).success).toBe(false);
    });
  });

  it('does not mutate its input', () => {
    const input = ['rate'];
    z.parse(measureSchema, input[0]);
    expect(input).toEqual(['rate']);
  });
});
