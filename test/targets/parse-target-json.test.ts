import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ChitieuError } from '../../src/errors.js';
import { parseTarget } from '../../src/targets/parse-target.js';
import { parseTargetJson } from '../../src/targets/parse-target-json.js';
import { caught } from '../support/caught.js';

function json(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value));
}

describe('parseTargetJson', () => {
  it('reads "trên 150" from JSON numbers or strings into Decimals', () => {
    const t = parseTargetJson({ kind: 'at-least', value: 150, strict: true });
    expect(t.kind).toBe('at-least');
    expect(json(t)).toEqual({ kind: 'at-least', value: '150', strict: true });
    expect(json(parseTargetJson({ kind: 'exact', value: '72' }))).toEqual({
      kind: 'exact',
      value: '72',
    });
  });

  it('reads back what parseTarget produced, through JSON', () => {
    for (const phrase of ['giảm 1–1,5%', 'tăng 10% so với năm trước', 'khoảng 3.200 tỷ đồng']) {
      const t = parseTarget(phrase).target;
      expect(json(parseTargetJson(json(t)))).toEqual(json(t));
    }
  });

  it('rejects a range whose min is above its max at ["max"]', () => {
    const error = caught(() => parseTargetJson({ kind: 'range', min: 13, max: 12 }));
    expect(error.code).toBe('invalid-target');
    expect(error.path).toEqual(['max']);
    expect(error.message).toMatchInlineSnapshot(
      `"[chitieu] Invalid target (chỉ tiêu): expected a target (chỉ tiêu): { kind: "at-least" | "at-most" | "exact" | "range" | "approximately" | "change", … }; 1 problem: max: expected a range whose min is not above its max; received an object"`,
    );
  });

  describe('edge cases', () => {
    it('reports the path of a bad field inside a change', () => {
      const error = caught(() =>
        parseTargetJson({
          kind: 'change',
          direction: 'decrease',
          by: { kind: 'range', min: 2, max: 1 },
          basis: 'points',
        }),
      );
      expect(error.code).toBe('invalid-target');
      expect(error.path).toEqual(['by', 'max']);
    });

    it('rejects Vietnamese notation, NaN, an unknown kind and a missing field', () => {
      expect(caught(() => parseTargetJson({ kind: 'exact', value: '3.200,5' })).path).toEqual([
        'value',
      ]);
      expect(caught(() => parseTargetJson({ kind: 'exact', value: Number.NaN })).path).toEqual([
        'value',
      ]);
      expect(caught(() => parseTargetJson({ kind: 'between', value: 1 })).path).toEqual(['kind']);
      expect(caught(() => parseTargetJson({ kind: 'at-least', value: 1 })).path).toEqual([
        'strict',
      ]);
      expect(caught(() => parseTargetJson(null)).code).toBe('invalid-target');
      expect(caught(() => parseTargetJson('trên 150')).code).toBe('invalid-target');
    });

    it('lists every problem in details.issues', () => {
      const error = caught(() =>
        parseTargetJson({ kind: 'change', direction: 'up', by: { kind: 'exact' }, basis: 'x' }),
      );
      expect(error.details.issues?.map((i) => i.path)).toEqual([
        ['direction'],
        ['by', 'value'],
        ['basis'],
      ]);
    });

    it('never throws anything but a ChitieuError (property)', () => {
      fc.assert(
        fc.property(fc.anything(), (value) => {
          try {
            parseTargetJson(value);
          } catch (error) {
            expect(error).toBeInstanceOf(ChitieuError);
          }
        }),
      );
    });
  });

  it('does not mutate its input', () => {
    const input = Object.freeze({ kind: 'range', min: '1', max: '1.5' });
    parseTargetJson(input);
    expect(input).toEqual({ kind: 'range', min: '1', max: '1.5' });
  });
});
