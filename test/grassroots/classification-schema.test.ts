import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { communeClassificationScale } from '../../src/grassroots/classification.js';
import { classificationScaleSchema } from '../../src/grassroots/classification-schema.js';

describe('classificationScaleSchema', () => {
  it('accepts the preset scales', () => {
    expect(z.safeParse(classificationScaleSchema, communeClassificationScale).success).toBe(true);
  });

  it('requires distinct levels, a label for each, and weak levels among them', () => {
    for (const bad of [
      { ...communeClassificationScale, levels: ['kha', 'kha'] },
      { ...communeClassificationScale, labels: { kha: 'khá' } },
      { ...communeClassificationScale, weak: ['kem'] },
      { ...communeClassificationScale, levels: [] },
      { ...communeClassificationScale, unitNoun: '' },
    ]) {
      expect(z.safeParse(classificationScaleSchema, bad).success).toBe(false);
    }
  });
});
