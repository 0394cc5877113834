import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { indicatorGroupSchema, indicatorSchema } from '../../src/indicator/indicator-schema.js';

const povertyRate = {
  id: 'poverty-rate',
  name: 'Tỷ lệ hộ nghèo',
  unit: '%',
  measure: 'rate',
  direction: 'lower-is-better',
  group: 'society',
  description: 'Share of poor households',
};

describe('indicatorSchema', () => {
  it('accepts an indicator with all its fields, and without the optional ones', () => {
    expect(z.parse(indicatorSchema, povertyRate)).toEqual(povertyRate);
    const { group: _group, description: _description, ...bare } = povertyRate;
    expect(z.parse(indicatorSchema, { ...bare, unit: null })).toEqual({ ...bare, unit: null });
  });

  describe('edge cases', () => {
    it.each([
      ['a non-kebab-case id', { id: 'Poverty Rate' }],
      ['a trailing hyphen in the id', { id: 'poverty-' }],
      ['a double hyphen in the id', { id: 'poverty--rate' }],
      ['an empty name', { name: '' }],
      ['an empty unit', { unit: '' }],
      ['a missing unit', { unit: undefined }],
      ['an unknown measure', { measure: 'percent' }],
      ['an unknown direction', { direction: 'up' }],
      ['an unknown group', { group: 'culture' }],
    ])('rejects %s', (_label, patch) => {
      expect(z.safeParse(indicatorSchema, { ...povertyRate, ...patch }).success).toBe(false);
    });

    it('accepts ids with digits', () => {
      expect(
        z.safeParse(indicatorSchema, { ...povertyRate, id: 'ntm-2026-criteria' }).success,
      ).toBe(true);
    });
  });

  it('knows the five groups of a plan', () => {
    expect(indicatorGroupSchema.options).toEqual([
      'economy',
      'society',
      'environment',
      'party-building',
      'defence',
    ]);
  });

  it('does not mutate its input', () => {
    const input = { ...povertyRate };
    z.parse(indicatorSchema, input);
    expect(input).toEqual(povertyRate);
  });
});
