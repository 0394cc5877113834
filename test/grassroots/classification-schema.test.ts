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

  it('says which level is repeated, unlabelled or not a level', () => {
    const issues = (bad: unknown) =>
      (z.safeParse(classificationScaleSchema, bad).error?.issues ?? []).map((i) => [
        i.code,
        i.path,
        i.message,
      ]);
    expect(issues({ ...communeClassificationScale, levels: ['kha', 'kha'], weak: [] })).toEqual([
      ['custom', ['levels', 1], 'expected distinct levels'],
    ]);
    expect(issues({ ...communeClassificationScale, labels: { kha: 'khá' }, weak: [] })).toEqual([
      [
        'custom',
        ['labels', 'vung-manh-toan-dien'],
        'expected a label for level "vung-manh-toan-dien"',
      ],
      ['custom', ['labels', 'trung-binh'], 'expected a label for level "trung-binh"'],
      ['custom', ['labels', 'yeu'], 'expected a label for level "yeu"'],
    ]);
    expect(issues({ ...communeClassificationScale, weak: ['kem'] })).toEqual([
      ['custom', ['weak', 0], 'expected a weak level that is one of the levels'],
    ]);
  });
});
