import { describe, expect, it } from 'vitest';
import { ChitieuError } from '../../src/errors.js';
import {
  classificationTally,
  clusterClassificationScale,
} from '../../src/grassroots/classification.js';
import { describeClassification, describeOcop } from '../../src/grassroots/describe-grassroots.js';
import { ocopTally } from '../../src/grassroots/ocop-tally.js';
import { caught } from '../support/caught.js';
import { wardScale } from '../support/ward-scale.js';

const communes = classificationTally({ counts: { 'vung-manh-toan-dien': 18, yeu: 0 }, total: 20 });
const clusters = classificationTally(
  { counts: { 'an-toan-lam-chu': 6 } },
  { scale: clusterClassificationScale },
);

describe('describeClassification', () => {
  it('says communes and clusters as the sơ kết report does', () => {
    expect(describeClassification([communes, clusters])).toBe(
      '18/20 xã, thị trấn đạt vững mạnh toàn diện, 6/6 cụm đạt cụm an toàn làm chủ, không có xã, thị trấn, cụm yếu kém',
    );
  });

  it('takes a single tally, with the percent if asked', () => {
    expect(describeClassification(communes)).toBe(
      '18/20 xã, thị trấn đạt vững mạnh toàn diện, không có xã, thị trấn yếu kém',
    );
    const third = classificationTally({ counts: { 'vung-manh-toan-dien': 1, kha: 2 } });
    expect(describeClassification(third, { withPercent: true, decimals: 2 })).toBe(
      '1/3 xã, thị trấn (33,33%) đạt vững mạnh toàn diện, không có xã, thị trấn yếu kém',
    );
  });

  it('says how many are weak when some are', () => {
    const weak = classificationTally({ counts: { 'vung-manh-toan-dien': 15, kha: 4, yeu: 1 } });
    expect(describeClassification([weak, clusters])).toBe(
      '15/20 xã, thị trấn đạt vững mạnh toàn diện, 6/6 cụm đạt cụm an toàn làm chủ, không có cụm yếu kém, có 1 xã, thị trấn yếu kém',
    );
  });

  it("says the scale's own weak phrase", () => {
    const wards = classificationTally({ tot: 4 }, { scale: wardScale });
    expect(describeClassification(wards)).toBe('4/4 phường đạt tốt, không có phường chưa tốt');
  });

  it('names each scale\'s own weak phrase in the "không có" clauses, whatever comes first', () => {
    const someWeakWards = classificationTally({ tot: 3, kem: 1 }, { scale: wardScale });
    expect(describeClassification([someWeakWards, communes])).toBe(
      '3/4 phường đạt tốt, 18/20 xã, thị trấn đạt vững mạnh toàn diện, không có xã, thị trấn yếu kém, có 1 phường chưa tốt',
    );
    const wards = classificationTally({ tot: 4 }, { scale: wardScale });
    expect(describeClassification([wards, communes, clusters])).toBe(
      '4/4 phường đạt tốt, 18/20 xã, thị trấn đạt vững mạnh toàn diện, 6/6 cụm đạt cụm an toàn làm chủ, không có phường chưa tốt, không có xã, thị trấn, cụm yếu kém',
    );
  });

  describe('edge cases', () => {
    it('says nothing about weak units it cannot count', () => {
      // one weak level (dat) is not broken down: the weak count is null
      const wards = classificationTally(
        { counts: { tot: 3, kem: 0 }, total: 5 },
        { scale: wardScale },
      );
      expect(describeClassification(wards)).toBe('3/5 phường đạt tốt');
      // a hand-made tally that leaves noneWeak open with a weak count of 0 does not say "có 0"
      expect(describeClassification({ ...communes, noneWeak: null })).toBe(
        '18/20 xã, thị trấn đạt vững mạnh toàn diện',
      );
    });

    it('prints no percent for an empty set, even when asked', () => {
      expect(describeClassification(classificationTally([]), { withPercent: true })).toBe(
        '0/0 xã, thị trấn đạt vững mạnh toàn diện, không có xã, thị trấn yếu kém',
      );
    });

    it('rejects options that are not an object, and malformed tallies, at their paths', () => {
      const e = caught(() => describeClassification(communes, null as never));
      expect([e.code, e.path, e.details.expected]).toEqual([
        'invalid-argument',
        ['options'],
        'an options object',
      ]);
      const one = caught(() => describeClassification('18/20' as never));
      expect([one.code, one.path, one.details.expected]).toEqual([
        'invalid-argument',
        ['tallies'],
        'a classification tally from classificationTally()',
      ]);
      const second = caught(() => describeClassification([communes, { ...clusters, total: -1 }]));
      expect([second.path, second.details.expected]).toEqual([
        ['tallies', 1, 'total'],
        'a classification tally from classificationTally()',
      ]);
    });

    it('says nothing about what the tally does not know', () => {
      const open = classificationTally({ counts: { kha: 3 }, total: 20 });
      expect(describeClassification(open)).toBe('');
      expect(describeClassification([])).toBe('');
    });

    it('rejects a bad rounding when printing the percent', () => {
      expect(() =>
        describeClassification(communes, { withPercent: true, rounding: 'x' as never }),
      ).toThrow(ChitieuError);
    });
  });

  it('does not mutate its input', () => {
    const before = JSON.stringify([communes, clusters]);
    describeClassification([communes, clusters]);
    expect(JSON.stringify([communes, clusters])).toBe(before);
  });
});

describe('describeOcop', () => {
  it('says "có thêm 10 sản phẩm đạt chuẩn OCOP hạng 3 sao"', () => {
    expect(describeOcop(ocopTally({ 3: 10 }))).toBe(
      'có thêm 10 sản phẩm đạt chuẩn OCOP hạng 3 sao',
    );
  });

  it('names the recognising level under the rules of the day', () => {
    expect(
      describeOcop(ocopTally({ 3: 10 }, { asOf: '2021-12-31' }), { withRecognition: true }),
    ).toBe('có thêm 10 sản phẩm đạt chuẩn OCOP hạng 3 sao cấp tỉnh');
    expect(
      describeOcop(ocopTally({ 3: 2, 5: 1 }, { asOf: '2024-01-01' }), { withRecognition: true }),
    ).toBe(
      'có thêm 2 sản phẩm đạt chuẩn OCOP hạng 3 sao cấp huyện, 1 sản phẩm hạng 5 sao cấp quốc gia',
    );
  });

  it('lists several stars, 3★ first, and drops "thêm" for a stock', () => {
    expect(describeOcop(ocopTally({ 5: 1, 3: 4, 4: 2 }), { added: false })).toBe(
      'có 4 sản phẩm đạt chuẩn OCOP hạng 3 sao, 2 sản phẩm hạng 4 sao, 1 sản phẩm hạng 5 sao',
    );
  });

  describe('edge cases', () => {
    it('says when no product reached the standard', () => {
      expect(describeOcop(ocopTally([{ stars: null }]))).toBe(
        'không có thêm sản phẩm đạt chuẩn OCOP',
      );
      expect(describeOcop(ocopTally({}), { added: false })).toBe(
        'không có sản phẩm đạt chuẩn OCOP',
      );
    });

    it('rejects options that are not booleans', () => {
      try {
        describeOcop(ocopTally({ 3: 1 }), { added: 'yes' as never });
        expect.unreachable();
      } catch (error) {
        expect((error as ChitieuError).path).toEqual(['options', 'added']);
      }
    });

    it('names the option that is not a boolean, and what it was', () => {
      const t = ocopTally({ 3: 1 });
      const added = caught(() => describeOcop(t, { added: 'yes' as never, withRecognition: true }));
      expect([added.code, added.path, added.details.received]).toEqual([
        'invalid-argument',
        ['options', 'added'],
        '"yes"',
      ]);
      expect(added.message).toContain('expected options added and withRecognition to be booleans');
      const recognition = caught(() => describeOcop(t, { withRecognition: 1 as never }));
      expect([recognition.code, recognition.path, recognition.details.received]).toEqual([
        'invalid-argument',
        ['options', 'withRecognition'],
        '1',
      ]);
      expect(recognition.details.expected).toBe('options added and withRecognition to be booleans');
    });

    it('rejects options that are not an object, and a malformed tally', () => {
      const e = caught(() => describeOcop(ocopTally({ 3: 1 }), null as never));
      expect([e.code, e.path, e.details.expected]).toEqual([
        'invalid-argument',
        ['options'],
        'an options object',
      ]);
      const bad = caught(() => describeOcop({ ...ocopTally({ 3: 1 }), total: -1 }));
      expect([bad.code, bad.path, bad.details.expected]).toEqual([
        'invalid-argument',
        ['tally', 'total'],
        'an OCOP tally from ocopTally()',
      ]);
    });
  });

  it('does not mutate its input', () => {
    const t = ocopTally({ 3: 10 });
    const before = JSON.stringify(t);
    describeOcop(t, { withRecognition: true });
    expect(JSON.stringify(t)).toBe(before);
  });
});
