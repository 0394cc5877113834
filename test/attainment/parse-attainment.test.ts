import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/attainment/evaluate.js';
import { parseAttainment } from '../../src/attainment/parse-attainment.js';
import { ChitieuError } from '../../src/errors.js';
import { Decimal } from '../../src/numeric/decimal.js';

const a = evaluate(169, { kind: 'at-least', value: new Decimal(150), strict: true });

describe('parseAttainment', () => {
  it('brings a stored result back equal, with Decimals', () => {
    const back = parseAttainment(JSON.parse(JSON.stringify(a)));
    expect(back).toEqual(a);
    expect(back.ratio).toBeInstanceOf(Decimal);
  });

  describe('edge cases', () => {
    it('lists every bad field and points at the first', () => {
      const json = { ...JSON.parse(JSON.stringify(a)), status: 'vượt', gap: 'NaN' };
      try {
        parseAttainment(json);
        expect.unreachable();
      } catch (error) {
        expect(error).toBeInstanceOf(ChitieuError);
        const e = error as ChitieuError;
        expect(e.code).toBe('invalid-argument');
        expect(e.path).toEqual(['status']);
        expect(e.details.issues?.map((i) => i.path)).toEqual([['status'], ['gap']]);
      }
    });

    it('rejects things that are not objects, without leaking zod errors', () => {
      expect(() => parseAttainment('exceeded')).toThrowErrorMatchingInlineSnapshot(
        `[ChitieuError: [chitieu] Invalid argument: expected an attainment result; 1 problem: expected object; received "exceeded"]`,
      );
      expect(() => parseAttainment(null)).toThrow(ChitieuError);
    });
  });

  it('does not mutate its input', () => {
    const json = Object.freeze(JSON.parse(JSON.stringify(a)));
    const before = JSON.stringify(json);
    parseAttainment(json);
    expect(JSON.stringify(json)).toBe(before);
  });
});
