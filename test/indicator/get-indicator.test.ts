import { describe, expect, it } from 'vitest';
import { indicators } from '../../src/indicator/catalogue.js';
import { getIndicator } from '../../src/indicator/get-indicator.js';
import type { Indicator } from '../../src/indicator/indicator-schema.js';
import { caught } from '../support/caught.js';

describe('getIndicator', () => {
  it('finds "poverty-rate" by its id, and the same entry by its key', () => {
    expect(getIndicator('poverty-rate')).toBe(indicators.povertyRate);
    expect(getIndicator('povertyRate')).toBe(indicators.povertyRate);
  });

  it('finds every catalogue entry by its id', () => {
    for (const indicator of Object.values<Indicator>(indicators)) {
      expect(getIndicator(indicator.id)).toBe(indicator);
    }
  });

  describe('edge cases', () => {
    it('rejects an unknown id with invalid-argument at ["id"]', () => {
      const error = caught(() => getIndicator('unknown-indicator'));
      expect(error.code).toBe('invalid-argument');
      expect(error.path).toEqual(['id']);
      expect(error.message).toMatchInlineSnapshot(
        `"[chitieu] Invalid argument at id: expected the id of an indicator in the catalogue; received "unknown-indicator""`,
      );
      expect(error.details.known).toContain('poverty-rate');
    });

    it('does not find inherited properties or other types', () => {
      expect(caught(() => getIndicator('toString')).code).toBe('invalid-argument');
      expect(caught(() => getIndicator('__proto__')).code).toBe('invalid-argument');
      expect(caught(() => getIndicator(1 as unknown as string)).code).toBe('invalid-argument');
      expect(caught(() => getIndicator('Poverty-Rate')).code).toBe('invalid-argument');
    });
  });

  it('does not mutate its input', () => {
    const before = JSON.stringify(indicators);
    getIndicator('party-admissions');
    expect(JSON.stringify(indicators)).toBe(before);
  });
});
