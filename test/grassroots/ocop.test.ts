import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { starFromScore } from '../../src/grassroots/ocop.js';
import { ocopStarSchema } from '../../src/grassroots/ocop-schema.js';
import { Decimal, type Numeric } from '../../src/numeric/decimal.js';
import { caught } from '../support/caught.js';

describe('starFromScore', () => {
  it.each<[Numeric, 3 | 4 | 5 | null, number]>([
    [0, null, 1],
    ['29.99', null, 1],
    [30, null, 2],
    ['49.99', null, 2],
    [50, 3, 3],
    ['69.99', 3, 3],
    [70, 4, 4],
    ['89.99', 4, 4],
    [90, 5, 5],
    [100, 5, 5],
  ])('a score of %s gives %s stars (hạng %s)', (score, stars, rank) => {
    const r = starFromScore(score);
    expect([r.stars, r.rank]).toEqual([stars, rank]);
  });

  it('below 50 points the product is not recognised, with a reason', () => {
    const r = starFromScore(45);
    expect([r.stars, r.recognisedBy, r.reason]).toEqual([null, null, 'below-standard']);
  });

  it('a product that meets the standard has no reason', () => {
    expect([50, 72, 95].map((score) => starFromScore(score).reason)).toEqual([null, null, null]);
  });

  it('today 3★ and 4★ are recognised by the province and 5★ centrally (QĐ 148 as amended by 1489)', () => {
    expect(starFromScore(60).recognisedBy).toBe('province');
    expect(starFromScore(80).recognisedBy).toBe('province');
    expect(starFromScore(95).recognisedBy).toBe('central');
    expect([
      starFromScore(60).rule,
      starFromScore(60).recognitionRule,
      starFromScore(60).asOf,
    ]).toEqual(['qd-148-2023', 'qd-1489-2025', null]);
  });

  it('follows the rules in force on the day asked', () => {
    const y2021 = starFromScore(60, { asOf: '2021-12-31' });
    expect([y2021.rule, y2021.recognitionRule, y2021.recognisedBy]).toEqual([
      'qd-1048-2019',
      'qd-1048-2019',
      'province',
    ]);
    const from148 = starFromScore(60, { asOf: '2023-02-24' });
    expect([from148.rule, from148.recognisedBy]).toEqual(['qd-148-2023', 'district']);
    expect(starFromScore(60, { asOf: '2025-07-05' }).recognisedBy).toBe('district');
    const from1489 = starFromScore(60, { asOf: '2025-07-06' });
    expect([from1489.recognitionRule, from1489.recognisedBy, from1489.asOf]).toEqual([
      'qd-1489-2025',
      'province',
      '2025-07-06',
    ]);
    expect(starFromScore(80, { asOf: '2024-01-01' }).recognisedBy).toBe('province');
  });

  it('reports the band: half-open below 90, closed at 100', () => {
    const four = starFromScore(72).band;
    expect([four.min.toString(), four.max.toString(), four.includesMax]).toEqual([
      '70',
      '90',
      false,
    ]);
    expect(starFromScore(100).band.includesMax).toBe(true);
  });

  describe('edge cases', () => {
    it('rejects scores outside [0, 100] and non-numbers', () => {
      expect(caught(() => starFromScore(-1)).path).toEqual(['score']);
      expect(caught(() => starFromScore('100.5')).code).toBe('invalid-argument');
      expect(caught(() => starFromScore('72,5')).code).toBe('invalid-number');
      expect(() => starFromScore(101)).toThrowErrorMatchingInlineSnapshot(
        `[ChitieuError: [chitieu] Invalid argument at score: expected an OCOP score from 0 to 100; received "101"]`,
      );
    });

    it('rejects an asOf that is not a calendar day', () => {
      const e = caught(() => starFromScore(60, { asOf: '2023-02-30' }));
      expect([e.code, e.path]).toEqual(['invalid-argument', ['options', 'asOf']]);
    });
  });

  it('survives a JSON round trip through its schema', () => {
    for (const score of [10, 45, 65, '89.5', 100]) {
      const r = starFromScore(score, { asOf: '2024-01-01' });
      expect(z.parse(ocopStarSchema, JSON.parse(JSON.stringify(r)))).toEqual(r);
    }
  });

  it('does not mutate its input', () => {
    const score = new Decimal(72);
    const options = { asOf: '2024-01-01' };
    starFromScore(score, options);
    expect([score.toString(), options]).toEqual(['72', { asOf: '2024-01-01' }]);
  });

  it('stars never fall as the score rises', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10000 }),
        fc.integer({ min: 0, max: 10000 }),
        (a, b) => {
          const low = starFromScore(new Decimal(Math.min(a, b)).div(100));
          const high = starFromScore(new Decimal(Math.max(a, b)).div(100));
          expect(high.rank).toBeGreaterThanOrEqual(low.rank);
          expect(high.score.gte(high.band.min)).toBe(true);
          expect(
            high.band.includesMax ? high.score.lte(high.band.max) : high.score.lt(high.band.max),
          ).toBe(true);
        },
      ),
    );
  });
});
