import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { inspectionFiguresSchema } from '../../src/party/inspection-tally-schema.js';

describe('inspectionFiguresSchema', () => {
  const figures = {
    inspected: { organisations: 222, members: 39 },
    disciplined: { organisations: 1, members: 98 },
  };

  it('reads the four counts', () => {
    expect(z.parse(inspectionFiguresSchema, figures)).toEqual(figures);
  });

  it('rejects negative or fractional counts, missing groups and unknown fields', () => {
    for (const bad of [
      { ...figures, inspected: { organisations: -1, members: 39 } },
      { ...figures, disciplined: { organisations: 1, members: 9.8 } },
      { inspected: figures.inspected },
      { ...figures, supervised: { organisations: 1, members: 1 } },
    ]) {
      expect(z.safeParse(inspectionFiguresSchema, bad).success).toBe(false);
    }
  });
});
