import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import {
  type ClassifiedUnit,
  classificationTally,
  clusterClassificationScale,
  communeClassificationScale,
} from '../../src/grassroots/classification.js';
import { classificationTallySchema } from '../../src/grassroots/classification-schema.js';
import { caught } from '../support/caught.js';
import { wardScale } from '../support/ward-scale.js';

describe('the scales', () => {
  it('the commune scale runs from vững mạnh toàn diện to yếu (kém)', () => {
    expect(communeClassificationScale.levels).toEqual([
      'vung-manh-toan-dien',
      'kha',
      'trung-binh',
      'yeu',
    ]);
    expect(
      communeClassificationScale.levels.map((l) => communeClassificationScale.labels[l]),
    ).toEqual(['vững mạnh toàn diện', 'khá', 'trung bình', 'yếu (kém)']);
    expect(communeClassificationScale.unitNoun).toBe('xã, thị trấn');
  });

  it('the cluster scale tops at an toàn làm chủ – sẵn sàng chiến đấu', () => {
    expect(clusterClassificationScale.levels[0]).toBe('an-toan-lam-chu');
    expect(clusterClassificationScale.unitNoun).toBe('cụm');
    expect(Object.isFrozen(clusterClassificationScale)).toBe(true);
  });
});

describe('classificationTally', () => {
  it('18 of 20 communes VMTD and none weak: 90%, none weak, 2 not broken down', () => {
    const t = classificationTally({ counts: { 'vung-manh-toan-dien': 18, yeu: 0 }, total: 20 });
    expect([t.top.count, t.top.total, t.top.percent?.toString()]).toEqual([18, 20, '90']);
    expect(t.noneWeak).toBe(true);
    expect(t.unspecified).toBe(2);
    expect(t.byLevel).toEqual({ 'vung-manh-toan-dien': 18, kha: null, 'trung-binh': null, yeu: 0 });
    expect(t.weak.count).toBe(0);
    expect(t.top.label).toBe('vững mạnh toàn diện');
  });

  it('6 of 6 clusters an toàn làm chủ: 100%, and so none weak', () => {
    const t = classificationTally(
      { counts: { 'an-toan-lam-chu': 6 } },
      { scale: clusterClassificationScale },
    );
    expect([t.total, t.top.count, t.top.percent?.toString(), t.noneWeak]).toEqual([
      6,
      6,
      '100',
      true,
    ]);
    expect(t.byLevel).toEqual({ 'an-toan-lam-chu': 6, kha: 0, 'trung-binh': 0, yeu: 0 });
  });

  it('takes plain counts per level covering every unit', () => {
    const t = classificationTally({ 'vung-manh-toan-dien': 18, kha: 2 });
    expect(t.byLevel).toEqual({ 'vung-manh-toan-dien': 18, kha: 2, 'trung-binh': 0, yeu: 0 });
    expect([t.total, t.unspecified, t.noneWeak]).toEqual([20, 0, true]);
    expect(caught(() => classificationTally({ vmtd: 18 })).path).toEqual(['input', 'vmtd']);
  });

  it('tallies a list of units', () => {
    const units: ClassifiedUnit[] = [
      { unit: 'Xã A', level: 'vung-manh-toan-dien' },
      { unit: 'Xã B', level: 'kha' },
      { unit: 'Xã C', level: 'yeu' },
      { unit: 'Thị trấn D', level: 'vung-manh-toan-dien' },
    ];
    const t = classificationTally(units);
    expect(t.byLevel).toEqual({ 'vung-manh-toan-dien': 2, kha: 1, 'trung-binh': 0, yeu: 1 });
    expect([t.total, t.unspecified, t.noneWeak, t.weak.count]).toEqual([4, 0, false, 1]);
    expect(t.weak.percent?.toString()).toBe('25');
  });

  it('takes a custom scale with several weak levels', () => {
    const scale = wardScale;
    const t = classificationTally({ counts: { tot: 3, kem: 1 }, total: 5 }, { scale });
    expect([t.weak.count, t.noneWeak]).toEqual([null, false]);
    expect(classificationTally({ counts: { tot: 3, kem: 0 }, total: 5 }, { scale }).noneWeak).toBe(
      null,
    );
  });

  describe('edge cases', () => {
    it('leaves "none weak" open when the weak level is not given and some units are unaccounted for', () => {
      const t = classificationTally({ counts: { 'vung-manh-toan-dien': 18 }, total: 20 });
      expect([t.noneWeak, t.weak.count, t.weak.percent]).toEqual([null, null, null]);
    });

    it('an empty set has no percent', () => {
      const t = classificationTally([]);
      expect([t.total, t.top.count, t.top.percent, t.noneWeak]).toEqual([0, 0, null, true]);
    });

    it('counts over the total are rejected (shares over the total)', () => {
      const e = caught(() =>
        classificationTally({ counts: { 'vung-manh-toan-dien': 18, kha: 3 }, total: 20 }),
      );
      expect([e.code, e.path]).toEqual(['invalid-argument', ['input', 'total']]);
      expect(() =>
        classificationTally({ counts: { 'vung-manh-toan-dien': 21 }, total: 20 }),
      ).toThrowErrorMatchingInlineSnapshot(
        `[ChitieuError: [chitieu] Invalid argument at input.total: expected counts per level that add up to at most the total (20); received "counts adding up to 21"]`,
      );
    });

    it('rejects unknown levels, bad counts and repeated units at their paths', () => {
      expect(caught(() => classificationTally({ counts: { vmtd: 18 } })).path).toEqual([
        'input',
        'counts',
        'vmtd',
      ]);
      expect(caught(() => classificationTally([{ unit: 'Xã A', level: 'xuat-sac' }])).path).toEqual(
        ['input', 0, 'level'],
      );
      expect(caught(() => classificationTally({ counts: { kha: -1 } })).path).toEqual([
        'input',
        'counts',
        'kha',
      ]);
      expect(caught(() => classificationTally({ counts: { kha: 1 }, total: 2.5 })).path).toEqual([
        'input',
        'total',
      ]);
      expect(
        caught(() =>
          classificationTally([
            { unit: 'Xã A', level: 'kha' },
            { unit: 'Xã A', level: 'yeu' },
          ]),
        ).path,
      ).toEqual(['input', 1, 'unit']);
      expect(
        caught(() => classificationTally([{ unit: 'Cụm 1', level: 'an-toan-lam-chu' }])).path,
      ).toEqual(['input', 0, 'level']);
      expect(caught(() => classificationTally('18/20' as never)).path).toEqual(['input']);
    });

    it('names the scale and its levels for an unknown level', () => {
      const e = caught(() => classificationTally({ counts: { vmtd: 18 } }));
      expect([e.details.expected, e.details.received]).toEqual([
        'a level of the scale commune-vmtd (vung-manh-toan-dien, kha, trung-binh, yeu)',
        '"vmtd"',
      ]);
      const notText = caught(() => classificationTally([{ unit: 'Xã A', level: 1 as never }]));
      expect([notText.path, notText.details.received]).toEqual([['input', 0, 'level'], '1']);
    });

    it('says what it expected of a bad input, entry or counts', () => {
      const input = caught(() => classificationTally('18/20' as never));
      expect(input.details.expected).toBe(
        'an array of classified units, counts per level, or { counts, total? }',
      );
      const entry = caught(() => classificationTally([null as never]));
      expect([entry.path, entry.details.expected]).toEqual([
        ['input', 0],
        'a classified unit ({ unit, level })',
      ]);
      const counts = caught(() => classificationTally({ counts: [] } as never));
      expect([counts.path, counts.details.expected, counts.details.received]).toEqual([
        ['input', 'counts'],
        'counts per level',
        'an array of 0',
      ]);
      // counts: null is no counts object: "counts" is read as a level, which it is not
      const nullCounts = caught(() => classificationTally({ counts: null } as never));
      expect([nullCounts.path, nullCounts.details.received]).toEqual([
        ['input', 'counts'],
        '"counts"',
      ]);
      expect(nullCounts.details.expected).toMatch(/^a level of the scale commune-vmtd/);
    });

    it('rejects counts whose sum is not a safe integer', () => {
      const plain = caught(() => classificationTally({ kha: Number.MAX_SAFE_INTEGER, yeu: 1 }));
      expect([plain.code, plain.path, plain.details.expected, plain.details.received]).toEqual([
        'invalid-argument',
        ['input'],
        'counts whose sum is a safe integer',
        '"a sum too large"',
      ]);
      const wrapped = caught(() =>
        classificationTally({ counts: { kha: Number.MAX_SAFE_INTEGER, yeu: 1 } }),
      );
      expect(wrapped.path).toEqual(['input', 'counts']);
    });

    it('reads { counts } as plain counts when the scale has a level named "counts"', () => {
      const scale = {
        id: 'counts-level',
        unitNoun: 'tổ',
        levels: ['counts', 'other'],
        labels: { counts: 'đếm', other: 'khác' },
        weak: ['other'],
        topPhrase: 'đếm',
        weakPhrase: 'khác',
      };
      expect(classificationTally({ counts: 2, other: 1 }, { scale }).byLevel).toEqual({
        counts: 2,
        other: 1,
      });
      const e = caught(() => classificationTally({ counts: { other: 1 } } as never, { scale }));
      expect([e.path, e.details.expected]).toEqual([
        ['input', 'counts'],
        'a count: a whole number that is not negative',
      ]);
    });

    it('rejects a malformed scale', () => {
      const e = caught(() =>
        classificationTally([], {
          scale: { ...communeClassificationScale, weak: ['kem'] },
        }),
      );
      expect([e.code, e.path]).toEqual(['invalid-argument', ['options', 'scale', 'weak', 0]]);
      expect(e.details.expected).toBe(
        'a classification scale ({ id, unitNoun, levels, labels, weak, topPhrase, weakPhrase })',
      );
      expect(
        caught(() =>
          classificationTally([], {
            scale: { ...communeClassificationScale, levels: ['kha', 'kha'] },
          }),
        ).path,
      ).toEqual(['options', 'scale', 'levels', 1]);
    });
  });

  it('survives a JSON round trip through its schema', () => {
    const t = classificationTally({ counts: { 'vung-manh-toan-dien': 18, yeu: 0 }, total: 20 });
    expect(z.parse(classificationTallySchema, JSON.parse(JSON.stringify(t)))).toEqual(t);
  });

  it('does not mutate its input', () => {
    const input = { counts: { 'vung-manh-toan-dien': 18, yeu: 0 }, total: 20 };
    classificationTally(input);
    expect(input).toEqual({ counts: { 'vung-manh-toan-dien': 18, yeu: 0 }, total: 20 });
  });

  it('a list of units and its counts give the same tally', () => {
    const levels = communeClassificationScale.levels;
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...levels), { maxLength: 40 }), (assigned) => {
        const units = assigned.map((level, i) => ({ unit: `Xã ${i}`, level }));
        const counts: Record<string, number> = {};
        for (const level of assigned) counts[level] = (counts[level] ?? 0) + 1;
        const fromUnits = classificationTally(units);
        const fromCounts = classificationTally({ counts, total: units.length });
        expect(fromCounts.byLevel).toEqual(fromUnits.byLevel);
        expect(fromCounts.noneWeak).toBe(fromUnits.noneWeak);
        expect(fromUnits.noneWeak).toBe(!assigned.includes('yeu'));
        const sum = Object.values(fromUnits.byLevel).reduce<number>((s, n) => s + (n ?? 0), 0);
        expect(sum).toBe(units.length);
      }),
    );
  });
});
