import { describe, expect, expectTypeOf, it } from 'vitest';
import * as z from 'zod/mini';
import { starFromScore } from '../../src/grassroots/ocop.js';
import { type OcopTally, ocopTallySchema } from '../../src/grassroots/ocop-schema.js';
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

  it('has the documented types', () => {
    expectTypeOf(ocopTally([])).toEqualTypeOf<OcopTally>();
  });
});
