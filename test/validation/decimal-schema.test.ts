import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { ChitieuError } from '../../src/errors.js';
import { Decimal } from '../../src/numeric/decimal.js';
import { decimalSchema, nonNegativeDecimalSchema } from '../../src/validation/decimal-schema.js';
import { parseWithSchema } from '../../src/validation/parse-with-schema.js';

describe('decimalSchema', () => {
  it('turns numbers, JS-notation strings and Decimals into chitieu Decimals', () => {
    expect(z.parse(decimalSchema, 1.5)).toBeInstanceOf(Decimal);
    expect(z.parse(decimalSchema, '112.5').toString()).toBe('112.5');
    expect(z.parse(decimalSchema, new Decimal(3)).toString()).toBe('3');
  });

  it('rejects Vietnamese notation, NaN and non-numbers', () => {
    for (const bad of ['51,5', Number.NaN, null, {}, '']) {
      expect(z.safeParse(decimalSchema, bad).success).toBe(false);
    }
  });

  it('nonNegativeDecimalSchema rejects negatives', () => {
    expect(z.safeParse(nonNegativeDecimalSchema, -1).success).toBe(false);
    expect(z.parse(nonNegativeDecimalSchema, 0).toString()).toBe('0');
  });
});

describe('parseWithSchema', () => {
  const schema = z.object({
    title: z.string(),
    items: z.array(z.object({ value: decimalSchema, kind: z.enum(['a', 'b']) })),
  });

  it('returns the parsed value', () => {
    const out = parseWithSchema(
      schema,
      { title: 't', items: [{ value: '1', kind: 'a' }] },
      'invalid-plan',
      'a plan',
    );
    expect(out.items[0]?.value.toString()).toBe('1');
  });

  it('lists every issue with its path, in chitieu words, never a zod error', () => {
    try {
      parseWithSchema(
        schema,
        { title: 3, items: [{ value: 'x', kind: 'c' }, { value: 1 }] },
        'invalid-plan',
        'a plan',
      );
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ChitieuError);
      const e = error as ChitieuError;
      expect(e.code).toBe('invalid-plan');
      expect(e.path).toEqual(['title']);
      expect(e.details.issues?.map((i) => i.path)).toEqual([
        ['title'],
        ['items', 0, 'value'],
        ['items', 0, 'kind'],
        ['items', 1, 'kind'],
      ]);
      expect(e.message).toMatchInlineSnapshot(
        `"[chitieu] Invalid plan (kế hoạch): expected a plan; 4 problems: title: expected string; received 3; items[0].value: expected a finite number or a numeric string in JavaScript notation ("51.5"); received "x"; items[0].kind: expected one of "a", "b"; received "c"; items[1].kind: expected one of "a", "b"; received nothing (the field is missing)"`,
      );
    }
  });

  it('prefixes a base path', () => {
    try {
      parseWithSchema(z.number(), 'x', 'invalid-target', 'a number', ['target']);
      expect.unreachable();
    } catch (error) {
      expect((error as ChitieuError).path).toEqual(['target']);
    }
  });
});
