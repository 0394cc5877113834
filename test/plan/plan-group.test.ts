import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { indicatorGroupSchema } from '../../src/indicator/indicator-schema.js';
import { planGroupLabels, planGroups } from '../../src/plan/plan-group.js';
import { planGroupSchema } from '../../src/plan/plan-group-schema.js';

describe('planGroups, planGroupSchema, planGroupLabels', () => {
  it('lists the five fields of a district plan in report order', () => {
    expect(planGroups).toEqual(['economy', 'society', 'environment', 'party-building', 'defence']);
    expect(Object.isFrozen(planGroups)).toBe(true);
  });

  it('is the indicator group enum: every plan group parses, nothing else does', () => {
    expect(planGroupSchema).toBe(indicatorGroupSchema);
    for (const group of planGroups) expect(z.safeParse(planGroupSchema, group).success).toBe(true);
    expect(z.safeParse(planGroupSchema, 'culture').success).toBe(false);
    expect(z.safeParse(planGroupSchema, '__proto__').success).toBe(false);
  });

  it('has a Vietnamese heading for every group', () => {
    expect(Object.keys(planGroupLabels)).toEqual([...planGroups]);
    expect(planGroupLabels.economy).toBe('Kinh tế');
    expect(planGroupLabels.defence).toBe('Quốc phòng - an ninh');
  });

  describe('edge cases', () => {
    it('the headings cannot be changed', () => {
      expect(Object.isFrozen(planGroupLabels)).toBe(true);
    });
  });

  it('does not mutate its input', () => {
    const input = 'economy';
    z.parse(planGroupSchema, input);
    expect(input).toBe('economy');
  });
});
