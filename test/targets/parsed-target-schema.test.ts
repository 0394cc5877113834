import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { Decimal } from '../../src/numeric/decimal.js';
import { parseTarget } from '../../src/targets/parse-target.js';
import { parsedTargetSchema } from '../../src/targets/parsed-target-schema.js';

describe('parsedTargetSchema', () => {
  it('brings a stringified parse result back with Decimals inside', () => {
    const parsed = parseTarget('thu nhập bình quân đầu người trên 51,5 triệu đồng/người/năm');
    const back = z.parse(parsedTargetSchema, JSON.parse(JSON.stringify(parsed)));
    expect(back).toEqual(parsed);
    expect(back.target.kind === 'at-least' && back.target.value).toBeInstanceOf(Decimal);
  });

  describe('edge cases', () => {
    it('rejects a result with a missing flag or a bad target', () => {
      const good = JSON.parse(JSON.stringify(parseTarget('trên 150')));
      expect(z.safeParse(parsedTargetSchema, { ...good, perYear: undefined }).success).toBe(false);
      expect(z.safeParse(parsedTargetSchema, { ...good, target: { kind: 'x' } }).success).toBe(
        false,
      );
      expect(z.safeParse(parsedTargetSchema, { ...good, unit: 3 }).success).toBe(false);
    });
  });

  it('does not mutate its input', () => {
    const input = JSON.parse(JSON.stringify(parseTarget('giảm 1–1,5%')));
    const copy = structuredClone(input);
    z.parse(parsedTargetSchema, input);
    expect(input).toEqual(copy);
  });
});
