import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { chitieuError } from '../../src/errors.js';
import { parseWithSchema } from '../../src/validation/parse-with-schema.js';
import { caught } from '../support/caught.js';

/** The one issue message parseWithSchema gives for `input` against `schema`. */
function issueMessage(schema: z.ZodMiniType, input: unknown): string | undefined {
  const issues = caught(() => parseWithSchema(schema, input, 'invalid-argument', 'x')).details
    .issues;
  expect(issues).toHaveLength(1);
  return issues?.[0]?.message;
}

describe('parseWithSchema', () => {
  describe('puts every kind of zod issue in chitieu words', () => {
    it('invalid_type: the expected type, "a whole number" for an int, and what was found', () => {
      expect(issueMessage(z.number(), 'x')).toBe('expected number; received "x"');
      expect(issueMessage(z.int(), 1.5)).toBe('expected a whole number; received 1.5');
      expect(issueMessage(z.object({ a: z.number() }), {})).toBe(
        'expected number; received nothing (the field is missing)',
      );
    });

    it('invalid_value: the allowed values as JSON', () => {
      expect(issueMessage(z.enum(['a', 'b']), 'c')).toBe('expected one of "a", "b"; received "c"');
      expect(issueMessage(z.literal([1, null]), 2)).toBe('expected one of 1, null; received 2');
    });

    describe('invalid_union', () => {
      const shape = z.discriminatedUnion('kind', [
        z.object({ kind: z.literal('year'), year: z.number() }),
        z.object({ kind: z.literal('term'), startYear: z.number() }),
      ]);

      it('a discriminated union names the allowed tags and the tag found', () => {
        expect(issueMessage(shape, { kind: 'week', year: 2021 })).toBe(
          'expected one of "year", "term"; received "week"',
        );
        expect(issueMessage(shape, { kind: 7 })).toBe('expected one of "year", "term"; received 7');
      });

      it('a discriminated union says when the tag is missing', () => {
        expect(issueMessage(shape, { year: 2021 })).toBe(
          'expected one of "year", "term"; received nothing (the field is missing)',
        );
      });

      it('a plain union asks for one of the allowed shapes', () => {
        expect(issueMessage(z.union([z.string(), z.number()]), true)).toBe(
          'expected a value matching one of the allowed shapes; received true',
        );
      });
    });

    it('unrecognized_keys: every unexpected field, quoted', () => {
      expect(issueMessage(z.strictObject({ a: z.number() }), { a: 1, b: 2, 'c d': 3 })).toBe(
        'unexpected field(s) "b", "c d"',
      );
    });

    it('too_small: at least n characters or items; a bound for numbers, ≥ or >', () => {
      expect(issueMessage(z.string().check(z.minLength(3)), 'ab')).toBe(
        'expected at least 3 character(s); received "ab"',
      );
      expect(issueMessage(z.array(z.number()).check(z.minLength(2)), [1])).toBe(
        'expected at least 2 item(s); received an array of 1',
      );
      expect(issueMessage(z.number().check(z.gte(0)), -1)).toBe(
        'expected a value ≥ 0; received -1',
      );
      expect(issueMessage(z.number().check(z.gt(0)), 0)).toBe('expected a value > 0; received 0');
    });

    it('too_big: at most n characters or items; a bound for numbers, ≤ or <', () => {
      expect(issueMessage(z.string().check(z.maxLength(2)), 'abc')).toBe(
        'expected at most 2 character(s); received "abc"',
      );
      expect(issueMessage(z.array(z.number()).check(z.maxLength(1)), [1, 2])).toBe(
        'expected at most 1 item(s); received an array of 2',
      );
      expect(issueMessage(z.number().check(z.lte(100)), 101)).toBe(
        'expected a value ≤ 100; received 101',
      );
      expect(issueMessage(z.number().check(z.lt(100)), 100)).toBe(
        'expected a value < 100; received 100',
      );
    });

    it('invalid_format: a string in the right format', () => {
      expect(issueMessage(z.string().check(z.regex(/^\d{4}$/)), '21')).toBe(
        'expected a string in the right format; received "21"',
      );
    });

    it('custom: the check’s own message, prefixed "expected" unless it starts so', () => {
      const positive = z.number().check(z.refine((n) => n > 0, 'a positive figure'));
      expect(issueMessage(positive, -2)).toBe('expected a positive figure; received -2');
      const odd = z.number().check(z.refine((n) => n % 2 === 1, 'expected an odd figure'));
      expect(issueMessage(odd, 4)).toBe('expected an odd figure; received 4');
    });
  });

  describe('paths', () => {
    it('points at nested fields and array items, after the base path', () => {
      const schema = z.object({ items: z.array(z.object({ value: z.number() })) });
      const e = caught(() =>
        parseWithSchema(
          schema,
          { items: [{ value: 1 }, { value: 'x' }] },
          'invalid-plan',
          'a plan',
          ['plan'],
        ),
      );
      expect(e.path).toEqual(['plan', 'items', 1, 'value']);
      expect(e.details.issues).toEqual([
        { path: ['plan', 'items', 1, 'value'], message: 'expected number; received "x"' },
      ]);
      expect(e.message).toMatchInlineSnapshot(
        `"[chitieu] Invalid plan (kế hoạch): expected a plan; 1 problem: plan.items[1].value: expected number; received "x""`,
      );
    });

    it('keeps a symbol key as its printed name', () => {
      const key = Symbol('tiêu chí');
      const e = caught(() =>
        parseWithSchema(z.record(z.symbol(), z.number()), { [key]: 'x' }, 'invalid-plan', 'a map'),
      );
      expect(e.path).toEqual(['Symbol(tiêu chí)']);
      expect(e.details.issues?.[0]?.path).toEqual(['Symbol(tiêu chí)']);
    });
  });

  describe('the message lists at most five problems', () => {
    const fields = (n: number) =>
      z.object(Object.fromEntries(Array.from({ length: n }, (_, i) => [`f${i + 1}`, z.number()])));

    it('shows all five of five problems', () => {
      const e = caught(() => parseWithSchema(fields(5), {}, 'invalid-plan', 'a plan'));
      expect(e.details.issues).toHaveLength(5);
      expect(e.message).toMatchInlineSnapshot(
        `"[chitieu] Invalid plan (kế hoạch): expected a plan; 5 problems: f1: expected number; received nothing (the field is missing); f2: expected number; received nothing (the field is missing); f3: expected number; received nothing (the field is missing); f4: expected number; received nothing (the field is missing); f5: expected number; received nothing (the field is missing)"`,
      );
    });

    it('shows the first five of seven and counts the rest; details keep all seven', () => {
      const e = caught(() => parseWithSchema(fields(7), {}, 'invalid-plan', 'a plan'));
      expect(e.details.issues?.map((i) => i.path)).toEqual([
        ['f1'],
        ['f2'],
        ['f3'],
        ['f4'],
        ['f5'],
        ['f6'],
        ['f7'],
      ]);
      expect(e.message).toMatchInlineSnapshot(
        `"[chitieu] Invalid plan (kế hoạch): expected a plan; 7 problems: f1: expected number; received nothing (the field is missing); f2: expected number; received nothing (the field is missing); f3: expected number; received nothing (the field is missing); f4: expected number; received nothing (the field is missing); f5: expected number; received nothing (the field is missing); and 2 more"`,
      );
    });
  });

  describe('input it cannot read', () => {
    it('throws the chitieu error a schema’s own code threw, unchanged', () => {
      const thrown = chitieuError('invalid-number', 'a finite number', { received: 'x' });
      const schema = z.pipe(
        z.string(),
        z.transform(() => {
          throw thrown;
        }),
      );
      expect(caught(() => parseWithSchema(schema, 'x', 'invalid-plan', 'a plan'))).toBe(thrown);
    });

    it('says "nested too deeply" when the input overflows the stack', () => {
      const tree: z.ZodMiniType = z.lazy(() => z.union([z.number(), z.array(tree)]));
      let deep: unknown = 1;
      for (let i = 0; i < 100_000; i += 1) deep = [deep];
      const e = caught(() => parseWithSchema(tree, deep, 'invalid-plan', 'a plan', ['plan']));
      expect([e.code, e.path, e.details]).toEqual([
        'invalid-plan',
        ['plan'],
        { expected: 'a plan' },
      ]);
      expect(e.message).toMatchInlineSnapshot(
        `"[chitieu] Invalid plan (kế hoạch): expected a plan; the input could not be read (nested too deeply)"`,
      );
    });

    it('says "unreadable structure" when reading the input throws', () => {
      const input = {
        get title(): string {
          throw new Error('boom');
        },
      };
      const e = caught(() =>
        parseWithSchema(z.object({ title: z.string() }), input, 'invalid-plan', 'a plan'),
      );
      expect([e.code, e.path, e.details]).toEqual(['invalid-plan', [], { expected: 'a plan' }]);
      expect(e.message).toMatchInlineSnapshot(
        `"[chitieu] Invalid plan (kế hoạch): expected a plan; the input could not be read (unreadable structure)"`,
      );
    });
  });
});
