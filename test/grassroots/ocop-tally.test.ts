import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { starFromScore } from '../../src/grassroots/ocop.js';
import { ocopTallySchema } from '../../src/grassroots/ocop-schema.js';
import { type OcopProduct, ocopTally } from '../../src/grassroots/ocop-tally.js';
import { caught } from '../support/caught.js';

describe('ocopTally', () => {
  it('10 new 3★ products in 2021 are provincial products under QĐ 1048', () => {
    const t = ocopTally({ 3: 10 }, { asOf: '2021-12-31' });
    expect(t.byStars).toEqual({ 3: 10, 4: 0, 5: 0 });
    expect([t.total, t.recognised, t.notRecognised]).toEqual([10, 10, 0]);
    expect([t.recognisedBy[3], t.recognitionRule, t.asOf]).toEqual([
      'province',
      'qd-1048-2019',
      '2021-12-31',
    ]);
  });

  it('counts a list of rated products, results of starFromScore included', () => {
    const products: OcopProduct[] = [
      { product: 'Bưởi Phúc Trạch', stars: 4 },
      { stars: 3 },
      starFromScore(92),
      starFromScore(40),
    ];
    const t = ocopTally(products);
    expect(t.byStars).toEqual({ 3: 1, 4: 1, 5: 1 });
    expect([t.total, t.recognised, t.notRecognised]).toEqual([4, 3, 1]);
  });

  it('counts by star add up to the recognised total', () => {
    const t = ocopTally({ 3: 1, 4: 2, 5: 4 });
    expect([t.total, t.recognised, t.notRecognised]).toEqual([7, 7, 0]);
  });

  describe('edge cases', () => {
    it('an empty list and empty counts count nothing', () => {
      expect(ocopTally([]).total).toBe(0);
      expect(ocopTally({}).byStars).toEqual({ 3: 0, 4: 0, 5: 0 });
    });

    it('rejects stars other than 3, 4, 5 or null, and bad counts', () => {
      const e = caught(() => ocopTally([{ stars: 2 as never }]));
      expect([e.code, e.path]).toEqual(['invalid-argument', ['products', 0, 'stars']]);
      expect(caught(() => ocopTally([{ product: 'x' } as never])).path).toEqual([
        'products',
        0,
        'stars',
      ]);
      expect(caught(() => ocopTally({ 2: 5 } as never)).path).toEqual(['products', '2']);
      expect(caught(() => ocopTally({ 3: -1 })).path).toEqual(['products', '3']);
      expect(caught(() => ocopTally(null as never)).path).toEqual(['products']);
      expect(caught(() => ocopTally({ 3: 1 }, null as never)).path).toEqual(['options']);
      expect(caught(() => ocopTally({ 3: 1 }, { asOf: 'hôm nay' })).path).toEqual([
        'options',
        'asOf',
      ]);
    });

    it('says what it expected of bad products and counts', () => {
      const input = caught(() => ocopTally('10' as never));
      expect([input.path, input.details.expected]).toEqual([
        ['products'],
        'an array of products ({ stars }) or counts by star',
      ]);
      const star = caught(() => ocopTally({ 2: 5 } as never));
      expect([star.details.expected, star.details.received]).toEqual([
        'counts for 3, 4 or 5 stars',
        '"2"',
      ]);
      const entry = caught(() => ocopTally([{ stars: 3 }, null as never]));
      expect([entry.path, entry.details.expected]).toEqual([
        ['products', 1],
        'a product ({ stars })',
      ]);
      const stars = caught(() => ocopTally([{ stars: 2 as never }]));
      expect([stars.details.expected, stars.details.received]).toEqual([
        'stars of 3, 4, 5 or null (not recognised)',
        '2',
      ]);
    });
  });

  it('survives a JSON round trip through its schema', () => {
    const t = ocopTally({ 3: 10, 5: 1 }, { asOf: '2024-06-01' });
    expect(z.parse(ocopTallySchema, JSON.parse(JSON.stringify(t)))).toEqual(t);
  });

  it('does not mutate its input', () => {
    const products: OcopProduct[] = [{ stars: 3 }, { stars: null }];
    ocopTally(products);
    expect(products).toEqual([{ stars: 3 }, { stars: null }]);
  });
});
