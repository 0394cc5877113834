import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ChitieuError } from '../../src/errors.js';
import { parseIndicator } from '../../src/indicator/parse-indicator.js';
import { caught } from '../support/caught.js';

const admissions = {
  id: 'party-admissions',
  name: 'Kết nạp đảng viên mới',
  unit: 'đảng viên',
  measure: 'count',
  direction: 'higher-is-better',
  group: 'party-building',
};

describe('parseIndicator', () => {
  it('reads the indicator "Kết nạp đảng viên mới" from JSON', () => {
    expect(parseIndicator(JSON.parse(JSON.stringify(admissions)))).toEqual(admissions);
  });

  it('reports a bad measure at its path, with invalid-argument', () => {
    const error = caught(() => parseIndicator({ ...admissions, measure: 'percent' }));
    expect(error.code).toBe('invalid-argument');
    expect(error.path).toEqual(['measure']);
    expect(error.message).toMatchInlineSnapshot(
      `"[chitieu] Invalid argument: expected an indicator (chỉ tiêu): { id, name, unit, measure, direction, group?, description? }; 1 problem: measure: expected one of "count", "amount", "rate"; received "percent""`,
    );
  });

  describe('edge cases', () => {
    it('lists every bad field', () => {
      const error = caught(() => parseIndicator({ id: 'X', name: 1, unit: '%', direction: 'up' }));
      expect(error.details.issues?.map((i) => i.path)).toEqual([
        ['id'],
        ['name'],
        ['measure'],
        ['direction'],
      ]);
    });

    it('rejects what is not an object', () => {
      expect(caught(() => parseIndicator(null)).code).toBe('invalid-argument');
      expect(caught(() => parseIndicator('party-admissions')).code).toBe('invalid-argument');
    });

    it('never throws anything but a ChitieuError (property)', () => {
      fc.assert(
        fc.property(fc.anything(), (value) => {
          try {
            parseIndicator(value);
          } catch (error) {
            expect(error).toBeInstanceOf(ChitieuError);
          }
        }),
      );
    });
  });

  it('does not mutate its input', () => {
    const input = Object.freeze({ ...admissions });
    parseIndicator(input);
    expect(input).toEqual(admissions);
  });
});
